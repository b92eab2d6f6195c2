#pragma once
// SearchResultRow: one ranked candidate of a search run (row of table `search_results`). Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

namespace reunite::db {

struct SearchResultRow {
    int rank = 0;  // 1 = best; unique within a run
    std::int64_t candidateId = 0;
    double score = 0;
    std::string breakdownJson = "{}";        // how the score was composed; valid JSON
    std::optional<std::int64_t> bestFaceId;   // the candidate face that matched best
    std::optional<std::int64_t> probeFaceId;  // the case/relative face it was matched against
};

}  // namespace reunite::db
