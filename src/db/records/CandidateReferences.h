#pragma once
// CandidateReferences: what still refers to a gallery record or to the unnamed faces of its group
// photos: stored search results, review decisions and DNA requests. Such a record is evidence and
// is kept. Thread safety: plain value type.
#include <cstdint>

namespace reunite::db {

struct CandidateReferences {
    std::int64_t searchResults = 0;
    std::int64_t reviewDecisions = 0;
    std::int64_t dnaRequests = 0;
    bool any() const { return searchResults + reviewDecisions + dnaRequests > 0; }
};

}  // namespace reunite::db
