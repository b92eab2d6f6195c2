#pragma once
// FaceRow: one face found in a photo and its embedding (row of table `faces`). Plain data.
// Storage: the embedding is stored exactly (128 float32, little-endian); landmarks are stored as
// float32, so they round-trip to float precision only. Detection score, box and quality values
// are stored as double.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <string>

#include "core/pipeline/FaceTypes.h"

namespace reunite::db {

struct FaceRow {
    std::int64_t id = 0;  // set by the repository
    std::int64_t photoId = 0;
    int faceIndex = 0;          // position of the face within its photo, from 0
    std::string modelId;        // embedding model identifier, not blank
    std::string modelVersion;
    FaceDetection detection;    // box in photo pixels; fallback == "is_fallback_box"
    Landmarks landmarks{};
    FaceQuality quality;
    Embedding embedding{};
    std::string createdAt;      // set by the repository
};

}  // namespace reunite::db
