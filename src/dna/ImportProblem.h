#pragma once
// ImportProblem: one finding of a reader about one line of an input file (line 0: the file as a
// whole). Errors make the file unusable as a whole (callers import nothing); warnings describe
// data that was read but will be left out of, or treated specially by, a calculation.
// Thread safety: plain value type and pure functions.
#include <string>
#include <vector>

namespace reunite::dna {

// What went wrong, for callers that show their own (translated) text; message is English.
enum class ProblemKind {
    NoData,              // empty file, no marker, no genotype rows
    MissingColumns,      // header without sample, marker, allele1, allele2
    MalformedLine,       // unterminated quote, wrong number of fields, neither marker nor allele line
    AlleleBeforeMarker,  // frequency table: an allele line before any marker name
    EmptySample,
    EmptyMarker,
    BadAllele,           // not an allele designation
    AlleleNotOfMarker,   // X/Y at an STR, a repeat number at amelogenin
    BadNumber,           // frequency or mutation rate not a number in range
    OffLadderInTable,    // a frequency given for an off-ladder call
    DuplicateEntry,      // allele or marker listed twice in a table or rates file
    MarkerWithoutAlleles,
    FrequencySum,        // frequencies of a marker not summing to about 1
    ConflictingRow,      // same sample and marker, different alleles
    RepeatedRow,         // same sample and marker, same alleles (ignored)
    NoAlleleCalled,      // a row without alleles: locus missing
    LoneAllele,          // simple CSV: one allele, read as a homozygote
    TriAllelic,
    OffLadder,
    MissingLoci,         // a sample lacks markers other samples have
    MarkerNotInTable,
    AlleleNotInTable,
};

struct ImportProblem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    ProblemKind kind = ProblemKind::MalformedLine;
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
