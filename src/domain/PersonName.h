#pragma once
// PersonName: how a person's name is shown everywhere (reports, posters, review lists, DNA
// requests): given and family name in the order of the name's script. Chinese, Japanese and
// Korean names written in CJK characters: family name first, no space ("王" + "小明" -> "王小明");
// any other: "Given Family" ("Alex Sample"). Either part alone when the other is empty; empty
// when both are. The inverse, splitting a written name, is workflows/flyer/FlyerDraft.h
// splitPersonName.
// Thread safety: pure functions.
#include <string>
#include <string_view>

namespace reunite {

std::string personDisplayName(std::string_view givenNames, std::string_view familyName);

// True when the UTF-8 text holds a CJK character (U+3000..U+9FFF: CJK punctuation, kana, ideographs).
bool containsCjk(std::string_view text);

}  // namespace reunite
