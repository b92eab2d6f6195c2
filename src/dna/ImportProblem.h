#pragma once
// ImportProblem: one finding of a reader about one line of an input file (line 0: the file as a
// whole). Errors make the file unusable as a whole (callers import nothing); warnings describe
// data that was read but will be left out of, or treated specially by, a calculation.
// Thread safety: plain value type and pure functions.
#include <string>
#include <vector>

namespace reunite::dna {

struct ImportProblem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int line = 0;
    std::string sample;  // empty when not about one sample
    std::string marker;  // canonical marker name, empty when not about one marker
    std::string message;
};

bool hasErrors(const std::vector<ImportProblem>& problems);
int countErrors(const std::vector<ImportProblem>& problems);

// "profiles.csv:12: error: sample S1, marker vWA: conflicting duplicate of line 4".
std::string describe(const ImportProblem& problem, const std::string& fileName);

}  // namespace reunite::dna
