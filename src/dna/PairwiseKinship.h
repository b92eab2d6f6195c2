#pragma once
// Likelihood ratios for two people X and Y against "unrelated", at one locus.
// Generic form (Weir, Anderson & Hepler 2006; Balding-Nichols sampling for theta > 0):
//     LR = k0 + k1 * P(Y | X, one allele IBD) / P(Y | X) + k2 * [Y = X] / P(Y | X)
// where P(Y | X) = AlleleProbabilities::genotypeGiven(Y, alleles of X) and, with one allele IBD,
// each allele of X is the shared one with chance 1/2 and Y's other allele is drawn given X's two.
// Closed forms (Brenner's tables, www.dna-view.com/sibs.htm; Evett & Weir 1998), written for any
// theta with q_k(a) = k*theta + (1-theta)*p_a:
//   parent-child (duo PI)  aa|aa (1+2t)/q3(a)            aa|ab, ab|aa (1+2t)/(2 q2(a))
//                          ab|ab (1+2t)(2t+(1-t)(pa+pb))/(4 q1(a) q1(b))
//                          ab|ac (1+2t)/(4 q1(a))        nothing shared: 0
//   identity term 1/P(Y|X) for X = Y: aa (1+t)(1+2t)/(q2(a) q3(a)); ab (1+t)(1+2t)/(2 q1(a) q1(b))
//   full siblings  1/4 + PI/2 + identity/4      (theta = 0: aa|aa (1+p)^2/(4p^2), ab|ab
//                  (1+pa+pb+2 pa pb)/(8 pa pb), aa|ab (1+pa)/(4pa), ab|ac (1+2pa)/(8pa), none 1/4)
//   half siblings  1/2 + PI/2                   (theta = 0: aa|aa (1+p)/(2p), ab|ab
//                  (pa+pb+4 pa pb)/(8 pa pb), aa|ab (1+2pa)/(4pa), ab|ac (1+4pa)/(8pa), none 1/2)
// Preconditions: both genotypes diploid (isDiploid()). Thread safety: pure functions.
#include "dna/AlleleProbabilities.h"
#include "dna/Genotype.h"
#include "dna/IbdCoefficients.h"

namespace reunite::dna {

double ibdLikelihoodRatio(const Genotype& x, const Genotype& y, const IbdCoefficients& k, const AlleleProbabilities& p);

double parentChildIndex(const Genotype& parent, const Genotype& child, const AlleleProbabilities& p);
double fullSiblingIndex(const Genotype& x, const Genotype& y, const AlleleProbabilities& p);
double halfSiblingIndex(const Genotype& x, const Genotype& y, const AlleleProbabilities& p);

}  // namespace reunite::dna
