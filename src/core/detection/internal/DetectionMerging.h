#pragma once
// Merging overlapping detections. Private to reunite_core's detectors.
#include <vector>

#include "core/pipeline/FaceTypes.h"

namespace reunite::internal {

// Non-maximum suppression with blending: the best-scoring box of each overlapping group (IoU >
// suppressOverlap) is kept, its coordinates averaged (score-weighted) with the group members
// that overlap it by more than blendOverlap. Result sorted by score, best first.
std::vector<FaceDetection> suppressOverlaps(std::vector<FaceDetection> candidates, double suppressOverlap,
                                            double blendOverlap);

void sortByScore(std::vector<FaceDetection>& faces);

}  // namespace reunite::internal
