#include "dna/ProfileTableCheck.h"

#include <algorithm>
#include <sstream>

#include "dna/MarkerName.h"

namespace reunite::dna {
namespace {

ImportProblem warning(ProblemKind kind, const StrProfile& profile, const std::string& marker, const LocusCall& call,
                      std::string message) {
    return {ImportProblem::Severity::Warning, kind, call.sourceLine, profile.sampleId, marker, std::move(message)};
}

void checkLocus(const StrProfile& profile, const std::string& marker, const LocusCall& call, const FrequencyTable& table,
                const MinimumFrequencyRule& rule, std::vector<ImportProblem>& problems) {
    const MarkerFrequencies* frequencies = table.marker(marker);
    if (!frequencies) {
        problems.push_back(warning(ProblemKind::MarkerNotInTable, profile, marker, call, "marker not in the frequency table " + table.name() +
                                                               ": left out of kinship calculations"));
        return;
    }
    for (const Allele& allele : call.genotype.alleles()) {
        if (allele.isOffLadder() || frequencies->frequency(allele)) continue;
        std::ostringstream message;
        message << "allele " << allele.text() << " not in the frequency table: frequency " << rule.minimumFor(*frequencies)
                << " (" << rule.describe() << ")";
        problems.push_back(warning(ProblemKind::AlleleNotInTable, profile, marker, call, message.str()));
    }
}

}  // namespace

std::vector<ImportProblem> checkProfilesAgainstTable(const std::map<std::string, StrProfile>& profiles,
                                                     const FrequencyTable& table, const MinimumFrequencyRule& rule) {
    std::vector<ImportProblem> problems;
    for (const auto& [id, profile] : profiles)
        for (const auto& [marker, call] : profile.loci)
            if (isAutosomalStr(marker)) checkLocus(profile, marker, call, table, rule, problems);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return problems;
}

}  // namespace reunite::dna
