#include "domain/LikelihoodRatioText.h"

#include <cmath>
#include <cstdio>

namespace reunite {

std::string likelihoodRatioText(double log10LikelihoodRatio) {
    const double magnitude = std::abs(log10LikelihoodRatio);
    const double ratio = std::pow(10.0, magnitude);
    char text[32];
    if (magnitude >= 3) {
        std::snprintf(text, sizeof text, "10^%.1f", magnitude);
    } else if (ratio >= 10) {
        const long unit = ratio >= 100 ? 10 : 1;
        std::snprintf(text, sizeof text, "%ld", std::lround(ratio / static_cast<double>(unit)) * unit);
    } else {
        std::snprintf(text, sizeof text, "%.1f", ratio);
    }
    return (log10LikelihoodRatio < 0 ? "1/" : "") + std::string(text);
}

}  // namespace reunite
