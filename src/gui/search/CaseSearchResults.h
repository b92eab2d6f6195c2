#pragma once
// CaseSearchResults: a finished case search as the GUI shows it: the stored run (its results are in
// `entries`, in rank order) and the search statistics. Plain data.
// Thread safety: plain value type, no shared state.
#include <vector>

#include <QStringList>

#include "gui/search/SearchResultEntry.h"
#include "db/records/SearchRunRecord.h"

namespace reunite::gui {

struct CaseSearchResults {
    db::SearchRunRecord run;  // as stored, without its result rows
    std::vector<SearchResultEntry> entries;
    std::size_t facesScanned = 0;
    std::size_t candidatesEligible = 0;
    double searchMilliseconds = 0;
    QStringList notes;  // what the analyst should know about this run (e.g. a probe kind left out)
};

}  // namespace reunite::gui
