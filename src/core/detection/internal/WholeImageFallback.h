#pragma once
// The whole-image fallback box for tight face crops. Private to reunite_core's detectors.
#include <optional>

#include "core/detection/FaceDetector.h"

namespace reunite::internal {

// One box covering the image, marked fallback, when the options allow it and the image looks like
// a face crop (about face-shaped, small, not blank); nothing otherwise.
std::optional<FaceDetection> wholeImageFallback(const Image& image, const FaceDetectorOptions& options);

}  // namespace reunite::internal
