#pragma once
// FaceAligner: similarity-aligned square face chips (dlib's get_face_chip_details convention:
// the 68 landmarks are mapped onto dlib's mean face; padding 0.25 by default, 150 px).
// Guarantees: chip is size x size RGB; chipLandmarks are the 68 points in chip coordinates.
// Thread safety: stateless, safe from many threads.
#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"

namespace reunite {

struct AlignedFace {
    Image chip;
    Landmarks chipLandmarks{};
};

struct AlignOptions {
    int size = 150;
    double padding = 0.25;
};

AlignedFace alignFace(const Image& image, const Landmarks& landmarks, const AlignOptions& options = {});

}  // namespace reunite
