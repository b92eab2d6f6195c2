#pragma once
// AlleleProbabilities: allele probabilities at one marker for the kinship formulas.
// frequency(a): the table's frequency, or the MinimumFrequencyRule's value for an unlisted allele.
// With theta = 0 (Hardy-Weinberg) conditional() is just the frequency. With theta > 0 it is the
// Balding-Nichols sampling formula (Balding & Nichols 1994; NRC II 1996, eq. 4.10): the chance
// that the next allele drawn from the subpopulation is a, after n alleles of which m are a:
//     (m*theta + (1 - theta)*p_a) / (1 + (n - 1)*theta).
// genotypeGiven() chains it: heterozygote ab: 2*c(a|seen)*c(b|seen+a); homozygote aa:
// c(a|seen)*c(a|seen+a). With nothing seen it is 2*p_a*p_b or p_a^2 (theta = 0) and, given the
// genotype itself, NRC II eq. 4.10's match probability.
// Guarantees: every probability returned is > 0 (frequencies are > 0, 0 <= theta < 1).
// Thread safety: immutable after construction.
#include <string>
#include <vector>

#include "dna/FrequencyTable.h"
#include "dna/Genotype.h"
#include "dna/MinimumFrequencyRule.h"

namespace reunite::dna {

class AlleleProbabilities {
public:
    AlleleProbabilities(const MarkerFrequencies& marker, double theta, const MinimumFrequencyRule& rule);

    double theta() const { return theta_; }
    double frequency(const Allele& allele) const;
    bool isListed(const Allele& allele) const { return marker_->frequency(allele).has_value(); }
    double minimumFrequency() const { return minimum_; }

    double conditional(const Allele& allele, const std::vector<Allele>& seen) const;
    double genotypeGiven(const Genotype& genotype, std::vector<Allele> seen) const;

private:
    const MarkerFrequencies* marker_;
    double theta_;
    double minimum_;
};

// The alleles of several genotypes, in order (what has been "seen" in the subpopulation).
std::vector<Allele> allelesOf(std::initializer_list<const Genotype*> genotypes);

}  // namespace reunite::dna
