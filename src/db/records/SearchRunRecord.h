#pragma once
// SearchRunRecord: one search of the gallery for a case, with its ranked results (tables
// `search_runs` and `search_results`). Plain data; "set by the repository" fields are ignored on
// input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <string>
#include <vector>

#include "db/records/SearchResultRow.h"

namespace reunite::db {

struct SearchRunRecord {
    std::int64_t id = 0;  // set by the repository
    std::int64_t caseId = 0;
    std::string runBy;  // set by the repository
    std::string runAt;  // set by the repository: when the run was stored
    std::string parametersJson = "{}";  // thresholds, filters, weights; valid JSON
    std::string modelId;
    std::string modelVersion;
    std::int64_t gallerySize = 0;  // number of gallery faces compared
    std::int64_t durationMs = 0;
    std::vector<SearchResultRow> results;  // ascending rank when loaded
};

}  // namespace reunite::db
