#include "dna/PairwiseKinship.h"

namespace reunite::dna {
namespace {

// P(Y | X, exactly one allele IBD): X passes one of its alleles (1/2 each), Y's other allele is a
// new draw from the subpopulation given X's two alleles.
double oneSharedProbability(const Genotype& x, const Genotype& y, const AlleleProbabilities& p) {
    const std::vector<Allele> seen = allelesOf({&x});
    double total = 0.0;
    for (const Allele& shared : x.alleles()) {
        if (y.isHomozygous()) {
            if (shared == y.first()) total += 0.5 * p.conditional(y.first(), seen);
            continue;
        }
        if (shared == y.first()) total += 0.5 * p.conditional(y.second(), seen);
        if (shared == y.second()) total += 0.5 * p.conditional(y.first(), seen);
    }
    return total;
}

// The allele two genotypes share in the patterns aa|ab and ab|ac (the first shared one).
const Allele* sharedAllele(const Genotype& x, const Genotype& y) {
    for (const Allele& a : x.alleles())
        if (y.contains(a)) return &a;
    return nullptr;
}

// q_k(a) = k*theta + (1 - theta)*p_a.
double q(int k, const Allele& a, const AlleleProbabilities& p) {
    return k * p.theta() + (1.0 - p.theta()) * p.frequency(a);
}

// 1 / P(Y = X | X): the reciprocal of NRC II eq. 4.10's match probability.
double identityTerm(const Genotype& x, const AlleleProbabilities& p) {
    const double t = p.theta();
    const Allele& a = x.first();
    const Allele& b = x.second();
    if (x.isHomozygous()) return (1 + t) * (1 + 2 * t) / (q(2, a, p) * q(3, a, p));
    return (1 + t) * (1 + 2 * t) / (2 * q(1, a, p) * q(1, b, p));
}

}  // namespace

double ibdLikelihoodRatio(const Genotype& x, const Genotype& y, const IbdCoefficients& k, const AlleleProbabilities& p) {
    const double unrelated = p.genotypeGiven(y, allelesOf({&x}));
    double ratio = k.k0;
    if (k.k1 > 0.0) ratio += k.k1 * oneSharedProbability(x, y, p) / unrelated;
    if (k.k2 > 0.0 && x == y) ratio += k.k2 / unrelated;
    return ratio;
}

double parentChildIndex(const Genotype& parent, const Genotype& child, const AlleleProbabilities& p) {
    const double t = p.theta();
    const Allele* shared = sharedAllele(parent, child);
    if (!shared) return 0.0;
    const Allele& a = *shared;
    if (parent.isHomozygous() && child.isHomozygous()) return (1 + 2 * t) / q(3, a, p);
    if (parent.isHomozygous() || child.isHomozygous()) return (1 + 2 * t) / (2 * q(2, a, p));
    if (parent == child) {
        const Allele& b = parent.second();
        const Allele& first = parent.first();
        return (1 + 2 * t) * (2 * t + (1 - t) * (p.frequency(first) + p.frequency(b))) /
               (4 * q(1, first, p) * q(1, b, p));
    }
    return (1 + 2 * t) / (4 * q(1, a, p));
}

double fullSiblingIndex(const Genotype& x, const Genotype& y, const AlleleProbabilities& p) {
    const double identity = x == y ? identityTerm(x, p) : 0.0;
    return 0.25 + 0.5 * parentChildIndex(x, y, p) + 0.25 * identity;
}

double halfSiblingIndex(const Genotype& x, const Genotype& y, const AlleleProbabilities& p) {
    return 0.5 + 0.5 * parentChildIndex(x, y, p);
}

}  // namespace reunite::dna
