#pragma once
// MarkerFrequencies: the allele frequencies one table lists for one marker.
// Guarantees: frequency() is empty for an allele the table does not list (see
// MinimumFrequencyRule); smallestListed() is +infinity when no allele is listed.
// Thread safety: plain value type.
#include <map>
#include <optional>
#include <string>

#include "dna/Allele.h"

namespace reunite::dna {

struct MarkerFrequencies {
    std::string name;      // canonical marker name
    std::string spelling;  // as the table wrote it
    int line = 0;          // line of the marker name in the table file
    std::map<std::string, double> alleles;  // Allele::text() -> frequency

    std::optional<double> frequency(const Allele& allele) const;
    double smallestListed() const;
    double sum() const;
};

}  // namespace reunite::dna
