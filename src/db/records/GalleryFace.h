#pragma once
// GalleryFace: what the search needs of one candidate face, as produced by
// FaceRepository::forEachGalleryFace. Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>

#include "core/pipeline/FaceTypes.h"
#include "domain/BirthYearRange.h"

namespace reunite::db {

struct GalleryFace {
    std::int64_t faceId = 0;
    std::int64_t candidateId = 0;
    std::int64_t photoId = 0;
    Embedding embedding{};
    FaceQuality quality;
    // The birth years the face's estimated age implies (faces.estimated_birth_year_*).
    BirthYearRange estimatedBirthYears;
    // The stored embedding is damaged (wrong size, or it no longer matches its check value): the
    // embedding is zero and must not be searched; the face is delivered so the damage is reported.
    bool damaged = false;
};

}  // namespace reunite::db
