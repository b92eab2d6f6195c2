#pragma once
// KinshipResultFile: a kinship calculation saved by `reunite-cli dna kinship ... --json`, read
// back as the DNA part of a case report (report::KinshipAnalysisEntry) until the case's DNA
// records are stored in the database (issue 11); `reunite-cli report --dna-result FILE` uses it.
// Inputs: the file (at most 4 MiB) holding that command's JSON object.
// Guarantees: the sample columns are the samples of the roles present, with the roles as keys
// (candidate, mother, father, full_sibling, half_sibling, in that order); every locus row has one
// genotype per column ("-" where the file has none); numbers are taken as written.
// Errors: NotFound/Unreadable for the file, CorruptData naming what is missing when it is not
// such a result.
// Thread safety: free function without shared state.
#include <filesystem>

#include "domain/Result.h"
#include "report/CaseReportModel.h"

namespace reunite::workflows {

Result<report::KinshipAnalysisEntry> readKinshipResultFile(const std::filesystem::path& file);

}  // namespace reunite::workflows
