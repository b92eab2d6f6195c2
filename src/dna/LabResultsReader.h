#pragma once
// Reader of STR lab results, two layouts, tab-, comma- or semicolon-separated (taken from the
// header line), with a header naming the columns (case, blanks and '_' ignored):
//   simple CSV   sample,marker,allele1,allele2        (a homozygote repeats its allele)
//   GeneMapper   Sample Name, Marker, Allele 1, Allele 2[, Allele 3...] and any other columns
//                (Sample File, Panel, Size 1, Height 1 ... are ignored); a homozygote may be
//                listed once.
// Marker names are normalised (canonicalMarkerName), alleles too (Allele::parse); profiles are
// keyed by sample id (surrounding blanks removed, case kept).
// Guarantees: never throws on any text. Every row that is not used as written is reported with
// its line number. Errors (the file must not be imported at all): missing header columns,
// malformed lines, unreadable alleles, empty sample or marker, conflicting duplicate rows, no
// data. Warnings (read, and the calculator leaves or treats the locus specially): tri-allelic
// patterns, off-ladder alleles, a row without alleles (missing locus), a lone allele in the simple
// CSV layout (read as a homozygote), identical duplicate rows (ignored), samples lacking markers
// that other samples in the file have.
// Thread safety: pure functions.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"
#include "dna/ImportProblem.h"
#include "dna/StrProfile.h"

namespace reunite::dna {

enum class LabFileLayout { SimpleCsv, GeneMapper };

struct LabResultsImport {
    LabFileLayout layout = LabFileLayout::SimpleCsv;
    char delimiter = ',';
    std::map<std::string, StrProfile> profiles;  // by sample id
    std::vector<ImportProblem> problems;

    const StrProfile* profile(const std::string& sampleId) const;
    std::vector<std::string> sampleIds() const;
};

const char* layoutName(LabFileLayout layout);

// name: used in messages only.
LabResultsImport parseLabResults(std::string_view text, const std::string& name);

// File errors (missing, unreadable, too large) as a Result error; content problems in the import.
Result<LabResultsImport> readLabResultsFile(const std::filesystem::path& file);

}  // namespace reunite::dna
