#pragma once
// Mean power of exclusion of one marker: the chance that a person wrongly put forward in the
// disputed role is excluded at that marker (Mendelian inconsistency), computed from the
// frequencies listed for the marker, rescaled to sum to 1, under Hardy-Weinberg.
//   duo (one parent, other untested; Brenner / Ohno et al.):
//       sum_i p_i^2 (1 - p_i)^2 + sum_{i<j} 2 p_i p_j (1 - p_i - p_j)^2
//   trio (mother typed; Weir 1996, "Genetic data analysis II"):
//       sum_i p_i (1 - p_i)^2 - 1/2 sum_{i != j} p_i^2 p_j^2 (4 - 3 p_i - 3 p_j)
//   both parents alleged: sum over child genotypes G of P(G) * (1 - P(a random couple can have G))
//       with, for G = ab, P = 2 h_a h_b - (2 p_a p_b)^2 and, for G = aa, P = h_a^2, where
//       h_a = 1 - (1 - p_a)^2 is the chance a random person carries a.
// The cumulative power of exclusion of several markers is 1 - prod(1 - PE_marker).
// Thread safety: pure functions.
#include <vector>

#include "dna/FrequencyTable.h"

namespace reunite::dna {

double duoExclusionPower(const MarkerFrequencies& marker);
double trioExclusionPower(const MarkerFrequencies& marker);
double bothParentsExclusionPower(const MarkerFrequencies& marker);
double cumulativeExclusionPower(const std::vector<double>& perMarker);

}  // namespace reunite::dna
