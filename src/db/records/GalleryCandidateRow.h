#pragma once
// GalleryCandidateRow: the few candidate columns the search filters need, as streamed by
// CandidateRepository::forEachGalleryCandidate at start-up. The string views are valid only
// during the callback. Thread safety: plain value type.
#include <cstdint>
#include <optional>
#include <string_view>

#include "db/records/RecordEnums.h"

namespace reunite::db {

struct GalleryCandidateRow {
    std::int64_t id = 0;
    CandidateSource source = CandidateSource::NationalDatabase;
    Sex sex = Sex::Unknown;
    std::optional<int> birthYear;
    bool birthYearIsEstimate = false;
    std::string_view region;
};

}  // namespace reunite::db
