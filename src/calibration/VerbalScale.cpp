#include "calibration/VerbalScale.h"

#include <cmath>

namespace reunite {

VerbalStrength verbalStrength(double log10LikelihoodRatio) {
    const double magnitude = std::abs(log10LikelihoodRatio);
    if (std::isnan(magnitude) || magnitude == 0) return VerbalStrength::None;
    if (magnitude < 1) return VerbalStrength::Weak;
    if (magnitude < 2) return VerbalStrength::Moderate;
    if (magnitude < 3) return VerbalStrength::ModeratelyStrong;
    if (magnitude < 4) return VerbalStrength::Strong;
    if (magnitude < 6) return VerbalStrength::VeryStrong;
    return VerbalStrength::ExtremelyStrong;
}

const char* verbalStrengthWords(VerbalStrength strength) {
    switch (strength) {
    case VerbalStrength::None: return "no support for either proposition";
    case VerbalStrength::Weak: return "weak support";
    case VerbalStrength::Moderate: return "moderate support";
    case VerbalStrength::ModeratelyStrong: return "moderately strong support";
    case VerbalStrength::Strong: return "strong support";
    case VerbalStrength::VeryStrong: return "very strong support";
    case VerbalStrength::ExtremelyStrong: return "extremely strong support";
    }
    return "no support for either proposition";
}

const char* verbalStrengthKey(VerbalStrength strength) {
    switch (strength) {
    case VerbalStrength::None: return "none";
    case VerbalStrength::Weak: return "weak";
    case VerbalStrength::Moderate: return "moderate";
    case VerbalStrength::ModeratelyStrong: return "moderately_strong";
    case VerbalStrength::Strong: return "strong";
    case VerbalStrength::VeryStrong: return "very_strong";
    case VerbalStrength::ExtremelyStrong: return "extremely_strong";
    }
    return "none";
}

std::optional<VerbalStrength> parseVerbalStrength(std::string_view key) {
    for (VerbalStrength s : {VerbalStrength::None, VerbalStrength::Weak, VerbalStrength::Moderate, VerbalStrength::ModeratelyStrong,
                             VerbalStrength::Strong, VerbalStrength::VeryStrong, VerbalStrength::ExtremelyStrong}) {
        if (key == verbalStrengthKey(s)) return s;
    }
    return std::nullopt;
}

VerbalEquivalent verbalEquivalent(double log10LikelihoodRatio, const std::string& proposition,
                                  const std::string& alternative) {
    VerbalEquivalent v;
    v.strength = verbalStrength(log10LikelihoodRatio);
    v.words = verbalStrengthWords(v.strength);
    if (v.strength == VerbalStrength::None) {
        v.statement = "the comparison gives " + v.words + " (" + proposition + " or " + alternative + ")";
        return v;
    }
    v.supportsProposition = log10LikelihoodRatio > 0;
    const std::string& favoured = v.supportsProposition ? proposition : alternative;
    const std::string& other = v.supportsProposition ? alternative : proposition;
    v.statement = v.words + " for " + favoured + " rather than " + other;
    return v;
}

const char* leadCaveat() {
    return "This likelihood ratio comes from comparing face images with models learned on research photo sets. "
           "It is an investigative lead to prioritise checks, not an identification and not proof of kinship; "
           "identity and relationship must be confirmed by other means (e.g. documents, DNA).";
}

}  // namespace reunite
