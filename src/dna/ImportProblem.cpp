#include "dna/ImportProblem.h"

#include <algorithm>
#include <sstream>

namespace reunite::dna {

bool hasErrors(const std::vector<ImportProblem>& problems) { return countErrors(problems) > 0; }

int countErrors(const std::vector<ImportProblem>& problems) {
    return static_cast<int>(std::count_if(problems.begin(), problems.end(), [](const ImportProblem& p) {
        return p.severity == ImportProblem::Severity::Error;
    }));
}

std::string describe(const ImportProblem& problem, const std::string& fileName) {
    std::ostringstream out;
    out << fileName;
    if (problem.line > 0) out << ':' << problem.line;
    out << (problem.severity == ImportProblem::Severity::Error ? ": error: " : ": warning: ");
    if (!problem.sample.empty()) out << "sample " << problem.sample << (problem.marker.empty() ? ": " : ", ");
    if (!problem.marker.empty()) out << "marker " << problem.marker << ": ";
    out << problem.message;
    return out.str();
}

}  // namespace reunite::dna
