#include "db/repositories/CaseOutcomeRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

CaseOutcomeRepository::CaseOutcomeRepository(Database& database)
    : TableRepository(database, "DNA outcome", "dna_case_outcomes", {
        column<&CaseOutcomeRecord::id>("id", ColumnUse::Key), column<&CaseOutcomeRecord::caseId>("case_id"),
        column<&CaseOutcomeRecord::requestId>("request_id"), column<&CaseOutcomeRecord::analysisId>("analysis_id"),
        column<&CaseOutcomeRecord::outcome>("outcome"), sealedColumn<&CaseOutcomeRecord::note>("note", SealAs::Placeholder),
        column<&CaseOutcomeRecord::decidedBy>("decided_by", ColumnUse::CreatedBy),
        column<&CaseOutcomeRecord::decidedAt>("decided_at", ColumnUse::CreatedAt),
    }) {}

Result<CaseOutcomeRecord> CaseOutcomeRepository::record(const CaseOutcomeRecord& outcome, std::string_view userName) {
    if (isBlank(outcome.note)) return invalidArgument("a DNA outcome needs a note explaining it");
    if (Status user = requireNotBlank(userName, "user name"); !user) return user.error();
    return insertRecord(outcome, userName, {"record the outcome", {},
                                 "cannot record the outcome: the case, request or analysis does not exist"});
}

Result<std::vector<CaseOutcomeRecord>> CaseOutcomeRepository::listForCase(std::int64_t caseId) {
    return selectAll("WHERE case_id = ? ORDER BY id", caseId);
}

}  // namespace reunite::db
