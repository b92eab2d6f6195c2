#pragma once
// Parentage likelihood ratios at one locus, against "unrelated" (a random person in the
// disputed role). C = candidate (child), P = alleged parent, M = mother, F = (alleged) father.
// Theta enters through AlleleProbabilities (Balding-Nichols): the untransmitted alleles are drawn
// given every parental allele typed in the case.
//   duo           H1: P is a parent of C; H2: unrelated.           = parentChildIndex(P, C)
//   trio          H1: M and F are C's parents; H2: M and a random man. With O = C's alleles that
//                 can be paternal given M: PI = sum_{o in O} T_F(o) / sum_{o in O} c(o | M, F),
//                 T_F(o) = copies of o in F / 2. (theta = 0: 1/(2 p_b) when F is heterozygous
//                 with the obligate allele b, 1/p_b when homozygous, 1/(p_a+p_b) / 1/(2(p_a+p_b))
//                 when C = M = ab.)
//   both parents  H1: M and F are C's parents; H2: C is unrelated to both ("reverse parentage").
//                 LR = sum over ways C's alleles split into maternal x, paternal y of
//                 T_M(x) T_F(y), divided by P(C | M, F) = genotypeGiven(C, alleles of M and F).
// The *Consistent functions say whether the genotypes obey Mendel's rules (closed form > 0).
// The general form takes any transmission function: with mendelianTransmission it equals the
// closed forms; with StepwiseMutation::transmission it gives the mutation-aware LR of an
// inconsistent locus (never 0 while mu > 0).
// Preconditions: every genotype diploid. Thread safety: pure functions.
#include <functional>

#include "dna/AlleleProbabilities.h"
#include "dna/Genotype.h"

namespace reunite::dna {

using Transmission = std::function<double(const Genotype& parent, const Allele& allele)>;

bool duoConsistent(const Genotype& parent, const Genotype& child);
bool trioConsistent(const Genotype& mother, const Genotype& father, const Genotype& child);
bool bothParentsConsistent(const Genotype& mother, const Genotype& father, const Genotype& child);

// Closed forms (0 when inconsistent).
double duoIndex(const Genotype& parent, const Genotype& child, const AlleleProbabilities& p);
double trioIndex(const Genotype& mother, const Genotype& father, const Genotype& child, const AlleleProbabilities& p);
double bothParentsIndex(const Genotype& mother, const Genotype& father, const Genotype& child, const AlleleProbabilities& p);

// General forms with an explicit transmission model.
double duoIndex(const Genotype& parent, const Genotype& child, const AlleleProbabilities& p, const Transmission& t);
double trioIndex(const Genotype& mother, const Genotype& father, const Genotype& child, const AlleleProbabilities& p,
                 const Transmission& t);
double bothParentsIndex(const Genotype& mother, const Genotype& father, const Genotype& child,
                        const AlleleProbabilities& p, const Transmission& t);

}  // namespace reunite::dna
