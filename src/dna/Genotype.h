#pragma once
// Genotype: the alleles called at one marker for one sample, sorted. A normal call has two
// alleles (a homozygote holds the same allele twice); a tri-allelic pattern holds three or more.
// Guarantees: alleles() is sorted (repeat number, then text); text() is "12/14", "9.3/9.3".
// Thread safety: immutable value type.
#include <string>
#include <vector>

#include "dna/Allele.h"

namespace reunite::dna {

class Genotype {
public:
    Genotype() = default;
    explicit Genotype(std::vector<Allele> alleles);
    // The usual two-allele call.
    Genotype(const Allele& first, const Allele& second);

    const std::vector<Allele>& alleles() const { return alleles_; }
    const Allele& first() const { return alleles_.at(0); }
    const Allele& second() const { return alleles_.at(1); }

    // Exactly two alleles: what the kinship formulas need.
    bool isDiploid() const { return alleles_.size() == 2; }
    bool isHomozygous() const { return isDiploid() && alleles_[0] == alleles_[1]; }
    bool isTriAllelic() const { return alleles_.size() > 2; }
    bool hasOffLadder() const;
    // Copies of an allele (0, 1 or 2 for a diploid call).
    int count(const Allele& allele) const;
    bool contains(const Allele& allele) const { return count(allele) > 0; }
    // True when the two genotypes have at least one allele in common.
    bool sharesAlleleWith(const Genotype& other) const;
    std::string text() const;

    friend bool operator==(const Genotype& a, const Genotype& b) { return a.alleles_ == b.alleles_; }

private:
    std::vector<Allele> alleles_;
};

}  // namespace reunite::dna
