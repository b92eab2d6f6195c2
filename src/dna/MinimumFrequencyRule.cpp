#include "dna/MinimumFrequencyRule.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace reunite::dna {

MinimumFrequencyRule MinimumFrequencyRule::fiveOverTwoN(int sampleSize) {
    MinimumFrequencyRule rule;
    rule.kind = Kind::FiveOverTwoN;
    rule.sampleSize = sampleSize;
    return rule;
}

MinimumFrequencyRule MinimumFrequencyRule::fixed(double frequency) {
    MinimumFrequencyRule rule;
    rule.kind = Kind::Fixed;
    rule.fixedFrequency = frequency;
    return rule;
}

double MinimumFrequencyRule::minimumFor(const MarkerFrequencies& marker) const {
    double value = 0.001;
    switch (kind) {
    case Kind::MarkerMinimum: value = marker.alleles.empty() ? 0.001 : marker.smallestListed(); break;
    case Kind::FiveOverTwoN: value = sampleSize > 0 ? 5.0 / (2.0 * sampleSize) : 0.001; break;
    case Kind::Fixed: value = fixedFrequency; break;
    }
    if (!std::isfinite(value) || value <= 0.0) value = 0.001;
    return std::min(value, 1.0);
}

std::string MinimumFrequencyRule::describe() const {
    std::ostringstream out;
    switch (kind) {
    case Kind::MarkerMinimum: out << "smallest frequency listed at the marker"; break;
    case Kind::FiveOverTwoN: out << "5/(2N) with N = " << sampleSize << " (NRC II)"; break;
    case Kind::Fixed: out << "fixed " << fixedFrequency; break;
    }
    return out.str();
}

}  // namespace reunite::dna
