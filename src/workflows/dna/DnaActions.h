#pragma once
// DnaActions: the user actions of DNA confirmation, from "Request DNA…" to a closed case:
//   request            open a DNA request for a case and candidate (or get the open one);
//   registerSample     register a sample (whose, id, type, collected when/where/by) with its
//                      "collected" custody event;
//   addCustodyEvent    append to a sample's chain of custody (sealed, sent, received, analysed);
//   importLabFile      import a lab file into the request's samples, all or nothing, with a
//                      per-row report (LabFileImport.h);
//   importFrequencyTable  store a Familias allele-frequency table (checked first);
//   analyse            run the kinship calculation on the latest profiles and store every input
//                      and result (AnalysisInputs.h, AnalysisRecord.h);
//   close              confirm / exclude / ask for more loci, each with a note (DnaClosing.h);
//   caseFile, requestFile  everything about a case's DNA work, for display.
// Guarantees: each action authorizes its permission (HandleDna, ConcludeDna or ViewCases) and
// works in one transaction; a confirmed or excluded request takes no more samples, imports,
// analyses or outcomes (InvalidArgument); listeners hear RecordKind::Dna (id: the request) after
// the commit, and Case / ReviewDecision when closing changed those. Never throws.
// Thread safety: uses the Session from the calling thread.
#include <cstdint>
#include <vector>

#include "db/records/CustodyEventRecord.h"
#include "db/records/DnaSampleRecord.h"
#include "db/records/FrequencyTableRecord.h"
#include "db/records/KinshipAnalysisRecord.h"
#include "domain/Result.h"
#include "workflows/dna/DnaCaseFile.h"
#include "workflows/dna/DnaClosing.h"
#include "workflows/dna/DnaRequestInputs.h"
#include "workflows/dna/DnaRequestOpening.h"
#include "workflows/dna/LabFileImport.h"
#include "workflows/dna/StoredFrequencyTables.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

class DnaActions {
public:
    explicit DnaActions(Session& session) : session_(session) {}

    Result<OpenedDnaRequest> request(const DnaRequestInput& input);
    Result<db::DnaSampleRecord> registerSample(const SampleRegistration& input);
    Result<db::CustodyEventRecord> addCustodyEvent(const CustodyEventInput& input);
    Result<LabImportReport> importLabFile(const LabFileImportRequest& input);
    Result<FrequencyTableImportReport> importFrequencyTable(const FrequencyTableImportRequest& input);
    Result<std::vector<db::FrequencyTableRecord>> frequencyTables();
    Result<db::KinshipAnalysisRecord> analyse(const KinshipAnalysisRequest& input);
    Result<ClosedDnaRequest> close(const DnaClosingInput& input);

    Result<DnaCaseFile> caseFile(std::int64_t caseId);
    Result<DnaRequestFile> requestFile(std::int64_t requestId);

private:
    // Appends "dna.<action>" for the request (its case) to the audit trail.
    Status recordDna(const char* action, const db::DnaRequestRecord& request, AuditFields parameters = {});
    // The request, refused when it is confirmed or excluded.
    Result<db::DnaRequestRecord> openRequest(std::int64_t requestId);
    Result<std::int64_t> frequencyTableFor(const KinshipAnalysisRequest& input);

    Session& session_;
};

}  // namespace reunite::workflows
