#pragma once
// TimeText: how the GUI shows a stored time. The database keeps UTC timestamps
// ("2026-11-30T11:09:09.290Z"), local event times without a zone ("2026-11-20T10:20" or
// "2026-11-20 10:20", as entered for DNA custody) and dates ("2004-05-06"); people read them in their own time zone and their
// locale's short format ("30/11/2026 19:09", "2026/11/30 19:09").
// Guarantees: UTC stamps are converted to local time; times without a zone are shown as entered;
// dates without a time stay dates; text that is not a time is returned unchanged (never empty for
// non-empty input). Uses QLocale() (the default locale) at the time of the call.
// Thread safety: pure function, safe from any thread.
#include <string_view>

#include <QString>

namespace reunite::gui {

QString localTimeText(std::string_view stored);

}  // namespace reunite::gui
