#include "dna/ImportProblem.h"

#include <algorithm>

namespace reunite::dna {

bool hasErrors(const std::vector<ImportProblem>& problems) { return countErrors(problems) > 0; }

int countErrors(const std::vector<ImportProblem>& problems) {
    return static_cast<int>(std::count_if(problems.begin(), problems.end(), [](const ImportProblem& p) {
        return p.severity == ImportProblem::Severity::Error;
    }));
}

std::string describe(const ImportProblem& problem, const std::string& fileName) {
    std::string out = fileName;
    if (problem.line > 0) out += ":" + std::to_string(problem.line);
    out += problem.severity == ImportProblem::Severity::Error ? ": error: " : ": warning: ";
    std::string subject;
    if (!problem.sample.empty()) subject = "sample " + problem.sample;
    if (!problem.marker.empty()) subject += (subject.empty() ? "marker " : ", marker ") + problem.marker;
    if (!subject.empty()) out += subject + ": ";
    return out + problem.message;
}

}  // namespace reunite::dna
