#include "dna/MarkerFrequencies.h"

#include <algorithm>
#include <limits>

namespace reunite::dna {

std::optional<double> MarkerFrequencies::frequency(const Allele& allele) const {
    const auto it = alleles.find(allele.text());
    if (it == alleles.end()) return std::nullopt;
    return it->second;
}

double MarkerFrequencies::smallestListed() const {
    double smallest = std::numeric_limits<double>::infinity();
    for (const auto& [allele, frequency] : alleles) smallest = std::min(smallest, frequency);
    return smallest;
}

double MarkerFrequencies::sum() const {
    double total = 0.0;
    for (const auto& [allele, frequency] : alleles) total += frequency;
    return total;
}

}  // namespace reunite::dna
