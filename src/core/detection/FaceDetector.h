#pragma once
// FaceDetector: finds faces in an RGB image.
// Guarantees: boxes in the image's own pixel coordinates, sorted by score (best first).
// When nothing is found and the options allow it, one fallback box covering the image is
// returned with fallback = true (tight crops such as database mugshots and research sets).
// Thread safety: detect() is const but dlib's scanner keeps scratch state: use one instance per
// thread (clone()).
#include <memory>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"

namespace reunite {

struct FaceDetectorOptions {
    int minFaceSizePx = 80;         // HOG's smallest reliable face; smaller images are upsampled
    int maxUpsampleLevels = 2;      // each level doubles the image
    std::int64_t maxUpsampledPixels = 4'000'000;
    bool fallbackToWholeImage = true;
    double fallbackMaxAspect = 1.6;  // only images about face-shaped get a fallback box,
    int fallbackMaxSide = 360;       // only small ones (crops, not whole photos),
    double fallbackMinContrast = 8;  // and only if they are not blank (grey-level std. deviation)
    double adjustThreshold = 0.1;   // drops HOG's weakest hits (badges, patterns)
};

class FaceDetector {
public:
    virtual ~FaceDetector() = default;
    virtual std::vector<FaceDetection> detect(const Image& image) const = 0;
    virtual std::unique_ptr<FaceDetector> clone() const = 0;
};

// dlib's frontal HOG detector (built into dlib, no model file).
std::unique_ptr<FaceDetector> createHogFaceDetector(const FaceDetectorOptions& options = {});

}  // namespace reunite
