#include "db/repositories/CustodyEventRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

Status validate(const CustodyEventRecord& event, std::string_view userName) {
    return firstFailure({requireEventTime(event.occurredAt, "custody time"), requireNotBlank(event.person, "person"),
                         requireNotBlank(userName, "user name")});
}

}  // namespace

CustodyEventRepository::CustodyEventRepository(Database& database)
    : TableRepository(database, "custody event", "dna_custody_events", {
        column<&CustodyEventRecord::id>("id", ColumnUse::Key), column<&CustodyEventRecord::sampleId>("sample_id"),
        column<&CustodyEventRecord::event>("event"), column<&CustodyEventRecord::occurredAt>("occurred_at"),
        column<&CustodyEventRecord::person>("person"), sealedColumn<&CustodyEventRecord::note>("note"),
        column<&CustodyEventRecord::recordedBy>("recorded_by", ColumnUse::CreatedBy),
        column<&CustodyEventRecord::recordedAt>("recorded_at", ColumnUse::CreatedAt),
    }) {}

Result<CustodyEventRecord> CustodyEventRepository::record(const CustodyEventRecord& event, std::string_view userName) {
    if (Status valid = validate(event, userName); !valid) return valid.error();
    return insertRecord(event, userName, {"record the custody event", {}, "no DNA sample " + std::to_string(event.sampleId)});
}

Result<std::vector<CustodyEventRecord>> CustodyEventRepository::timeline(std::int64_t sampleId) {
    return selectAll("WHERE sample_id = ? ORDER BY occurred_at, id", sampleId);
}

}  // namespace reunite::db
