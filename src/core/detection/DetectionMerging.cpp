#include "core/detection/internal/DetectionMerging.h"

#include <algorithm>

#include "core/detection/BoxTransform.h"

namespace reunite::internal {

void sortByScore(std::vector<FaceDetection>& faces) {
    std::stable_sort(faces.begin(), faces.end(),
                     [](const FaceDetection& a, const FaceDetection& b) { return a.score > b.score; });
}

std::vector<FaceDetection> suppressOverlaps(std::vector<FaceDetection> candidates, double suppressOverlap,
                                            double blendOverlap) {
    sortByScore(candidates);
    std::vector<bool> taken(candidates.size(), false);
    std::vector<FaceDetection> kept;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (taken[i]) continue;
        FaceDetection best = candidates[i];
        RectF sum{};
        double weight = 0;
        for (std::size_t j = i; j < candidates.size(); ++j) {
            if (taken[j]) continue;
            const double overlap = intersectionOverUnion(best.box, candidates[j].box);
            if (j != i && overlap <= suppressOverlap) continue;
            taken[j] = true;
            if (j != i && overlap <= blendOverlap) continue;
            const double w = candidates[j].score;
            sum = RectF{sum.x + w * candidates[j].box.x, sum.y + w * candidates[j].box.y,
                        sum.width + w * candidates[j].box.width, sum.height + w * candidates[j].box.height};
            weight += w;
        }
        if (weight > 0) best.box = RectF{sum.x / weight, sum.y / weight, sum.width / weight, sum.height / weight};
        kept.push_back(best);
    }
    return kept;
}

}  // namespace reunite::internal
