#include "core/pipeline/FaceTypes.h"

#include <cmath>

namespace reunite {

std::vector<std::string> qualityFlagNames(std::uint32_t flags) {
    std::vector<std::string> names;
    if (flags & QualitySmallFace) names.emplace_back("small-face");
    if (flags & QualityBlurred) names.emplace_back("blurred");
    if (flags & QualityTurnedAway) names.emplace_back("turned-away");
    if (flags & QualityFallbackBox) names.emplace_back("fallback-box");
    if (flags & QualityPossiblyChild) names.emplace_back("possibly-child");
    if (flags & QualityDamagedImage) names.emplace_back("damaged-image-data");
    if (flags & QualityReducedImage) names.emplace_back("reduced-resolution");
    if (flags & QualityManualBox) names.emplace_back("manual-box");
    return names;
}

float euclideanDistance(const Embedding& a, const Embedding& b) {
    float sum = 0;
    for (int i = 0; i < kEmbeddingSize; ++i) {
        const float d = a[i] - b[i];
        sum += d * d;
    }
    return std::sqrt(sum);
}

}  // namespace reunite
