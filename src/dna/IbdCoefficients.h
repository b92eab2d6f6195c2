#pragma once
// IbdCoefficients: probabilities (k0, k1, k2) that two relatives share 0, 1 or 2 alleles
// identical by descent at a locus (Cotterman coefficients; Weir, Anderson & Hepler 2006).
// Guarantees: the named relationships sum to 1. Thread safety: plain value type.
namespace reunite::dna {

struct IbdCoefficients {
    double k0 = 1.0;
    double k1 = 0.0;
    double k2 = 0.0;

    static constexpr IbdCoefficients unrelated() { return {1.0, 0.0, 0.0}; }
    static constexpr IbdCoefficients parentChild() { return {0.0, 1.0, 0.0}; }
    static constexpr IbdCoefficients fullSiblings() { return {0.25, 0.5, 0.25}; }
    // Half siblings; the same coefficients hold for grandparent-grandchild and avuncular pairs.
    static constexpr IbdCoefficients halfSiblings() { return {0.5, 0.5, 0.0}; }
    static constexpr IbdCoefficients firstCousins() { return {0.75, 0.25, 0.0}; }
};

}  // namespace reunite::dna
