#include "dna/AlleleProbabilities.h"

#include <algorithm>

namespace reunite::dna {

AlleleProbabilities::AlleleProbabilities(const MarkerFrequencies& marker, double theta, const MinimumFrequencyRule& rule)
    : marker_(&marker), theta_(theta), minimum_(rule.minimumFor(marker)) {}

double AlleleProbabilities::frequency(const Allele& allele) const {
    return marker_->frequency(allele).value_or(minimum_);
}

double AlleleProbabilities::conditional(const Allele& allele, const std::vector<Allele>& seen) const {
    const auto copies = static_cast<double>(std::count(seen.begin(), seen.end(), allele));
    const auto drawn = static_cast<double>(seen.size());
    return (copies * theta_ + (1.0 - theta_) * frequency(allele)) / (1.0 + (drawn - 1.0) * theta_);
}

double AlleleProbabilities::genotypeGiven(const Genotype& genotype, std::vector<Allele> seen) const {
    const Allele& a = genotype.first();
    const Allele& b = genotype.second();
    const double first = conditional(a, seen);
    seen.push_back(a);
    const double second = conditional(b, seen);
    return (a == b ? 1.0 : 2.0) * first * second;
}

std::vector<Allele> allelesOf(std::initializer_list<const Genotype*> genotypes) {
    std::vector<Allele> alleles;
    for (const Genotype* genotype : genotypes)
        alleles.insert(alleles.end(), genotype->alleles().begin(), genotype->alleles().end());
    return alleles;
}

}  // namespace reunite::dna
