#pragma once
// SearchRunRecord: one search of the gallery for a case, with its ranked results (tables
// `search_runs` and `search_results`). Plain data; "set by the repository" fields are ignored on
// input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace reunite::db {

struct SearchResultRow {
    int rank = 0;  // 1 = best; unique within a run
    std::int64_t candidateId = 0;
    double score = 0;
    std::string breakdownJson = "{}";        // how the score was composed; valid JSON
    std::optional<std::int64_t> bestFaceId;   // the candidate face that matched best
    std::optional<std::int64_t> probeFaceId;  // the case/relative face it was matched against
};

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
