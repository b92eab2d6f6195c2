#pragma once
// Resampling of plain RGB images (bicubic when enlarging, area averaging when shrinking).
// Thread safety: pure function.
#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"

namespace reunite {

Image resizedImage(const Image& image, int width, int height);

// The landmarks of `shape` after the image they belong to is resized from (fromWidth, fromHeight)
// to (toWidth, toHeight), with pixel centres kept consistent.
Landmarks resizedLandmarks(const Landmarks& shape, int fromWidth, int fromHeight, int toWidth, int toHeight);

}  // namespace reunite
