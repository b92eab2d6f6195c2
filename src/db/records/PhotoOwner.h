#pragma once
// PhotoOwner: whose photo it is, exactly one of a case (the missing child), a relative or a
// gallery candidate. Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <string_view>

namespace reunite::db {

enum class PhotoOwnerKind { Case, Relative, Candidate };

struct PhotoOwner {
    PhotoOwnerKind kind = PhotoOwnerKind::Case;
    std::int64_t id = 0;

    static PhotoOwner ofCase(std::int64_t caseId) { return {PhotoOwnerKind::Case, caseId}; }
    static PhotoOwner ofRelative(std::int64_t relativeId) { return {PhotoOwnerKind::Relative, relativeId}; }
    static PhotoOwner ofCandidate(std::int64_t candidateId) { return {PhotoOwnerKind::Candidate, candidateId}; }

    friend bool operator==(const PhotoOwner&, const PhotoOwner&) = default;
};

// The column of the photos table that holds an owner of this kind.
constexpr std::string_view photoOwnerColumn(PhotoOwnerKind kind) {
    switch (kind) {
    case PhotoOwnerKind::Case: return "case_id";
    case PhotoOwnerKind::Relative: return "relative_id";
    case PhotoOwnerKind::Candidate: return "candidate_id";
    }
    return "case_id";
}

}  // namespace reunite::db
