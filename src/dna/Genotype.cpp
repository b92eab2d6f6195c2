#include "dna/Genotype.h"

#include <algorithm>

namespace reunite::dna {

Genotype::Genotype(std::vector<Allele> alleles) : alleles_(std::move(alleles)) {
    std::sort(alleles_.begin(), alleles_.end());
}

Genotype::Genotype(const Allele& first, const Allele& second) : Genotype(std::vector<Allele>{first, second}) {}

bool Genotype::hasOffLadder() const {
    return std::any_of(alleles_.begin(), alleles_.end(), [](const Allele& a) { return a.isOffLadder(); });
}

int Genotype::count(const Allele& allele) const {
    return static_cast<int>(std::count(alleles_.begin(), alleles_.end(), allele));
}

bool Genotype::sharesAlleleWith(const Genotype& other) const {
    return std::any_of(alleles_.begin(), alleles_.end(), [&](const Allele& a) { return other.contains(a); });
}

std::string Genotype::text() const {
    std::string out;
    for (const Allele& allele : alleles_) {
        if (!out.empty()) out += '/';
        out += allele.text();
    }
    return out;
}

}  // namespace reunite::dna
