#pragma once
// GalleryFace: what the search needs of one candidate face, as produced by
// FaceRepository::forEachGalleryFace. Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>

#include "core/pipeline/FaceTypes.h"

namespace reunite::db {

struct GalleryFace {
    std::int64_t faceId = 0;
    std::int64_t candidateId = 0;
    std::int64_t photoId = 0;
    Embedding embedding{};
    FaceQuality quality;
};

}  // namespace reunite::db
