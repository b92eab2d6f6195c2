#pragma once
// Face quality from landmarks and the aligned chip: size in source pixels, sharpness
// (variance of Laplacian), a yaw estimate from landmark asymmetry, and a child-likeness
// heuristic from face proportions. Flags mark what a reviewer should be warned about.
// Thread safety: pure functions.
#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"

namespace reunite {

struct QualityThresholds {
    double minFaceSizePx = 60;
    double minSharpness = 40;
    double maxAbsYawDegrees = 35;
    double childWarningLikelihood = 0.5;
};

FaceQuality assessFaceQuality(const FaceDetection& detection, const Landmarks& landmarks, const Image& chip,
                              const QualityThresholds& thresholds = {});

}  // namespace reunite
