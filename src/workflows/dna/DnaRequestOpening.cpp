#include "workflows/dna/DnaRequestOpening.h"

#include "db/repositories/DnaRequestRepository.h"

namespace reunite::workflows {

Result<OpenedDnaRequest> openDnaRequest(db::Database& database, const DnaRequestInput& input, std::string_view userName) {
    db::DnaRequestRepository requests(database);
    Result<std::optional<db::DnaRequestRecord>> open = requests.openRequest(input.caseId, input.candidateId);
    if (!open) return open.error();
    if (open.value()) return OpenedDnaRequest{*open.value(), false};
    db::DnaRequestRecord record;
    record.caseId = input.caseId;
    record.candidateId = input.candidateId;
    record.reason = input.reason;
    record.reviewDecisionId = input.reviewDecisionId;
    Result<db::DnaRequestRecord> created = requests.create(record, userName);
    if (!created) return created.error();
    return OpenedDnaRequest{std::move(created).value(), true};
}

}  // namespace reunite::workflows
