#pragma once
// Checks lab profiles against a frequency table before a calculation, as warnings with the line
// of the lab file: autosomal markers the table does not list (left out of kinship calculations)
// and alleles it does not list (they get the minimum frequency).
// Thread safety: pure function.
#include <map>
#include <string>
#include <vector>

#include "dna/FrequencyTable.h"
#include "dna/ImportProblem.h"
#include "dna/MinimumFrequencyRule.h"
#include "dna/StrProfile.h"

namespace reunite::dna {

std::vector<ImportProblem> checkProfilesAgainstTable(const std::map<std::string, StrProfile>& profiles,
                                                     const FrequencyTable& table, const MinimumFrequencyRule& rule);

}  // namespace reunite::dna
