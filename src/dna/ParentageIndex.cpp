#include "dna/ParentageIndex.h"

#include <utility>
#include <vector>

#include "dna/MutationModel.h"
#include "dna/PairwiseKinship.h"

namespace reunite::dna {
namespace {

// The ways a child's genotype splits into (allele from the first parent, allele from the second).
std::vector<std::pair<Allele, Allele>> splits(const Genotype& child) {
    if (child.isHomozygous()) return {{child.first(), child.first()}};
    return {{child.first(), child.second()}, {child.second(), child.first()}};
}

// Sum over splits of T_M(x) * T_F(y): the chance two parents pass on the child's genotype.
double pairTransmission(const Genotype& mother, const Genotype& father, const Genotype& child, const Transmission& t) {
    double total = 0.0;
    for (const auto& [maternal, paternal] : splits(child)) total += t(mother, maternal) * t(father, paternal);
    return total;
}

}  // namespace

bool duoConsistent(const Genotype& parent, const Genotype& child) { return parent.sharesAlleleWith(child); }

bool trioConsistent(const Genotype& mother, const Genotype& father, const Genotype& child) {
    return pairTransmission(mother, father, child, mendelianTransmission) > 0.0;
}

bool bothParentsConsistent(const Genotype& mother, const Genotype& father, const Genotype& child) {
    return trioConsistent(mother, father, child);
}

double duoIndex(const Genotype& parent, const Genotype& child, const AlleleProbabilities& p) {
    return parentChildIndex(parent, child, p);
}

double trioIndex(const Genotype& mother, const Genotype& father, const Genotype& child, const AlleleProbabilities& p) {
    const std::vector<Allele> seen = allelesOf({&mother, &father});
    double fatherPasses = 0.0, randomManPasses = 0.0;
    for (const auto& [maternal, paternal] : splits(child)) {
        if (!mother.contains(maternal)) continue;
        fatherPasses += mendelianTransmission(father, paternal);
        randomManPasses += p.conditional(paternal, seen);
    }
    return randomManPasses > 0.0 ? fatherPasses / randomManPasses : 0.0;
}

double bothParentsIndex(const Genotype& mother, const Genotype& father, const Genotype& child, const AlleleProbabilities& p) {
    return bothParentsIndex(mother, father, child, p, mendelianTransmission);
}

double duoIndex(const Genotype& parent, const Genotype& child, const AlleleProbabilities& p, const Transmission& t) {
    const std::vector<Allele> seen = allelesOf({&parent});
    double related = 0.0;
    for (const auto& [fromParent, other] : splits(child)) related += t(parent, fromParent) * p.conditional(other, seen);
    return related / p.genotypeGiven(child, seen);
}

double trioIndex(const Genotype& mother, const Genotype& father, const Genotype& child, const AlleleProbabilities& p,
                 const Transmission& t) {
    const std::vector<Allele> seen = allelesOf({&mother, &father});
    double related = 0.0, unrelated = 0.0;
    for (const auto& [maternal, paternal] : splits(child)) {
        related += t(mother, maternal) * t(father, paternal);
        unrelated += t(mother, maternal) * p.conditional(paternal, seen);
    }
    return unrelated > 0.0 ? related / unrelated : 0.0;
}

double bothParentsIndex(const Genotype& mother, const Genotype& father, const Genotype& child,
                        const AlleleProbabilities& p, const Transmission& t) {
    return pairTransmission(mother, father, child, t) / p.genotypeGiven(child, allelesOf({&mother, &father}));
}

}  // namespace reunite::dna
