#pragma once
// MinimumFrequencyRule: the frequency given to an allele a table does not list (a rare allele the
// population sample did not contain). The default is conservative for parentage and kinship:
// a higher frequency means a smaller likelihood ratio for a shared allele.
//   FiveOverTwoN  5/(2N) for a table built from N people (the minimum allele frequency NRC II, 1996,
//                 recommends: at least five copies), the usual rule when N is known;
//   MarkerMinimum the smallest frequency the table lists at that marker (default: needs no N,
//                 and an unseen allele is taken to be as common as the rarest one seen);
//   Fixed         a stated value (e.g. 0.001).
// Guarantees: minimumFor() is always in (0, 1].
// Thread safety: immutable value type.
#include <string>

#include "dna/FrequencyTable.h"

namespace reunite::dna {

struct MinimumFrequencyRule {
    enum class Kind { MarkerMinimum, FiveOverTwoN, Fixed };
    Kind kind = Kind::MarkerMinimum;
    int sampleSize = 0;          // N, for FiveOverTwoN
    double fixedFrequency = 0.001;  // for Fixed

    static MinimumFrequencyRule markerMinimum() { return {}; }
    static MinimumFrequencyRule fiveOverTwoN(int sampleSize);
    static MinimumFrequencyRule fixed(double frequency);

    double minimumFor(const MarkerFrequencies& marker) const;
    std::string describe() const;
};

}  // namespace reunite::dna
