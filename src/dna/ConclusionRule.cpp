#include "dna/ConclusionRule.h"

#include <sstream>

namespace reunite::dna {

const char* conclusionName(Conclusion conclusion) {
    switch (conclusion) {
    case Conclusion::Supported: return "supported";
    case Conclusion::Excluded: return "excluded";
    case Conclusion::Inconclusive: return "inconclusive";
    }
    return "inconclusive";
}

ConclusionDecision ConclusionRule::decide(double combinedLr, int inconsistentLoci, bool parentage) const {
    std::ostringstream reason;
    if (parentage && excludeAtInconsistentLoci > 0 && inconsistentLoci >= excludeAtInconsistentLoci) {
        reason << inconsistentLoci << " inconsistent loci (>= " << excludeAtInconsistentLoci << ")";
        return {Conclusion::Excluded, reason.str()};
    }
    if (combinedLr < excludeBelow) {
        reason << "combined LR " << combinedLr << " < " << excludeBelow;
        return {Conclusion::Excluded, reason.str()};
    }
    if (combinedLr >= supportAtOrAbove) {
        reason << "combined LR " << combinedLr << " >= " << supportAtOrAbove;
        return {Conclusion::Supported, reason.str()};
    }
    reason << "combined LR " << combinedLr << " between " << excludeBelow << " and " << supportAtOrAbove
           << ": test more loci";
    return {Conclusion::Inconclusive, reason.str()};
}

std::string ConclusionRule::describe(bool parentage) const {
    std::ostringstream text;
    text << source << ": excluded if ";
    if (parentage && excludeAtInconsistentLoci > 0) text << ">= " << excludeAtInconsistentLoci << " inconsistent loci or ";
    text << "combined LR < " << excludeBelow << "; supported if combined LR >= " << supportAtOrAbove
         << "; otherwise inconclusive";
    if (!parentage) text << " (sibling hypotheses: no locus is inconsistent, only the LR thresholds apply)";
    return text.str();
}

}  // namespace reunite::dna
