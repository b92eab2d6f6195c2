#pragma once
// Reader of per-marker mutation rates: one "marker<TAB or comma>rate" line per marker (rate per
// meiosis, in (0, 0.5]); blank lines and '#' comments ignored; an optional header line whose
// second field is not a number ("marker,rate"). Marker names are normalised.
// Guarantees: never throws; every unusable line is an error with its line number.
// Thread safety: pure functions.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"
#include "dna/ImportProblem.h"

namespace reunite::dna {

struct MutationRatesImport {
    std::map<std::string, double> rates;  // canonical marker -> rate
    std::vector<ImportProblem> problems;
};

MutationRatesImport parseMutationRates(std::string_view text, const std::string& name);
Result<MutationRatesImport> readMutationRatesFile(const std::filesystem::path& file);

}  // namespace reunite::dna
