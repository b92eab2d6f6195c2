#pragma once
// VerbalScale: words for the order of magnitude of a likelihood ratio, after the verbal scale of
// the ENFSI Guideline for Evaluative Reporting in Forensic Science (2015):
//   LR 1 exactly                 no support for either proposition
//   1 < LR < 10                  weak support
//   10 <= LR < 100               moderate support
//   100 <= LR < 1,000            moderately strong support
//   1,000 <= LR < 10,000         strong support
//   10,000 <= LR < 1,000,000     very strong support
//   LR >= 1,000,000              extremely strong support
// An LR below 1 supports the alternative proposition with the words of 1/LR.
// The words describe the strength of a face comparison as a lead for the investigation, never an
// identification or a finding of kinship: leadCaveat() is to be shown with every verbal statement.
// Thread safety: pure functions.
#include <optional>
#include <string>
#include <string_view>

namespace reunite {

enum class VerbalStrength { None, Weak, Moderate, ModeratelyStrong, Strong, VeryStrong, ExtremelyStrong };

struct VerbalEquivalent {
    VerbalStrength strength = VerbalStrength::None;
    bool supportsProposition = false;  // false: supports the alternative (or neither, when None)
    std::string words;                 // e.g. "moderate support"
    std::string statement;             // e.g. "moderate support for <proposition> rather than <alternative>"
};

VerbalStrength verbalStrength(double log10LikelihoodRatio);
const char* verbalStrengthWords(VerbalStrength strength);
// Stable keys for storing a strength ("none", "weak", "moderate", "moderately_strong", "strong",
// "very_strong", "extremely_strong"); parse gives nothing for another text.
const char* verbalStrengthKey(VerbalStrength strength);
std::optional<VerbalStrength> parseVerbalStrength(std::string_view key);
VerbalEquivalent verbalEquivalent(double log10LikelihoodRatio, const std::string& proposition,
                                  const std::string& alternative);
const char* leadCaveat();

}  // namespace reunite
