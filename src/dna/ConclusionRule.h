#pragma once
// ConclusionRule: turns a combined likelihood ratio (CPI / combined kinship index) and the number
// of Mendelian-inconsistent loci into supported / excluded / inconclusive.
// Default (SF/Z JD0105001-2016 and GB/T 37223-2018, parentage testing):
//   excluded      3 or more inconsistent loci, or combined LR < 0.0001
//   supported     combined LR >= 10,000 (probability >= 99.99% with prior 0.5)
//   inconclusive  otherwise (the standards ask for more loci, or the other parent's sample)
// Sibling hypotheses have no inconsistent loci (siblings may share no allele at a locus), so only
// the two thresholds apply (SF/T 0117-2021 states likelihood-ratio criteria for full siblings;
// check them against the edition in force and set the fields if they differ).
// Every field can be changed; describe() states the rule as applied.
// Thread safety: immutable value type.
#include <string>

namespace reunite::dna {

enum class Conclusion { Supported, Excluded, Inconclusive };

const char* conclusionName(Conclusion conclusion);  // "supported", "excluded", "inconclusive"

struct ConclusionDecision {
    Conclusion conclusion = Conclusion::Inconclusive;
    std::string reason;
};

struct ConclusionRule {
    std::string source = "SF/Z JD0105001-2016 / GB/T 37223-2018";
    int excludeAtInconsistentLoci = 3;  // 0: inconsistencies alone never exclude
    double excludeBelow = 1e-4;
    double supportAtOrAbove = 1e4;

    ConclusionDecision decide(double combinedLr, int inconsistentLoci, bool parentage) const;
    std::string describe(bool parentage) const;
};

}  // namespace reunite::dna
