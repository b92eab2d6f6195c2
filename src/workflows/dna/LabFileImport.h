#pragma once
// Imports a lab file of STR results into the samples of one DNA request, all or nothing.
// The file is read once: its SHA-256 and the parsed rows come from the same bytes. Each sample
// of the file must be a sample registered for the request (matched by sample id); each matched
// sample gets one STR profile (kit, lab, lab report id, file name and SHA-256).
// Guarantees: the per-row report lists the reader's problems (line numbers) and the matching
// problems (samples the request does not have: errors; registered samples the file lacks:
// warnings; a file already imported for a sample: an error). With any error nothing is
// written; otherwise every profile is written in ONE transaction (a failure rolls all back).
// File errors (missing, unreadable, too large) are Result errors.
// Thread safety: uses the connection from the calling thread.
#include <string>
#include <string_view>
#include <vector>

#include "db/records/DnaRequestRecord.h"
#include "db/records/StrProfileRecord.h"
#include "dna/ImportProblem.h"
#include "domain/Result.h"
#include "workflows/dna/DnaRequestInputs.h"

namespace reunite::db {
class Database;
}

namespace reunite::workflows {

struct LabImportReport {
    std::string fileName;
    std::string sha256;
    std::string layout;  // "simple_csv" or "genemapper"
    std::vector<dna::ImportProblem> problems;
    std::vector<db::StrProfileRecord> stored;  // empty when nothing was imported

    bool imported() const { return !stored.empty(); }
};

Result<LabImportReport> importLabFile(db::Database& database, const db::DnaRequestRecord& request,
                                      const LabFileImportRequest& input, std::string_view userName);

}  // namespace reunite::workflows
