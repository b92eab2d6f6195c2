#include "db/repositories/CustodyEventRepository.h"

#include "db/records/EventTime.h"
#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Statement.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectEvent =
    "SELECT id, sample_id, event, occurred_at, person, note, recorded_by, recorded_at FROM dna_custody_events ";

CustodyEventRecord readEvent(const Statement& row) {
    CustodyEventRecord record;
    record.id = row.columnInt64(0);
    record.sampleId = row.columnInt64(1);
    record.event = parseCustodyEventKind(row.columnTextView(2)).value_or(CustodyEventKind::Collected);
    record.occurredAt = row.columnText(3);
    record.person = row.columnText(4);
    record.note = row.columnText(5);
    record.recordedBy = row.columnText(6);
    record.recordedAt = row.columnText(7);
    return record;
}

}  // namespace

Result<CustodyEventRecord> CustodyEventRepository::record(const CustodyEventRecord& event, std::string_view userName) {
    if (!isEventTime(event.occurredAt)) {
        return invalidArgument("custody time '" + event.occurredAt + "' is not a date YYYY-MM-DD or a date with a time");
    }
    if (Status valid = firstFailure({requireNotBlank(event.person, "person"), requireNotBlank(userName, "user name")}); !valid) {
        return valid.error();
    }
    auto statement = database_.prepare(
        "INSERT INTO dna_custody_events (sample_id, event, occurred_at, person, note, recorded_by, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    insert.bindInt64(1, event.sampleId)
        .bindText(2, toDatabaseText(event.event))
        .bindText(3, event.occurredAt)
        .bindText(4, event.person)
        .bindText(5, event.note)
        .bindText(6, userName)
        .bindText(7, currentUtcTimestamp());
    if (Status inserted = insert.run(); !inserted) {
        if (insert.failedOnForeignKey()) return databaseError("no DNA sample " + std::to_string(event.sampleId));
        return databaseError("could not record the custody event: " + inserted.error().message);
    }
    const std::int64_t id = database_.lastInsertRowId();
    return database_.prepare(std::string(kSelectEvent) + "WHERE id = ?").andThen([&](Statement& stored) {
        stored.bindInt64(1, id);
        return stored.readOne<CustodyEventRecord>(readEvent, "the custody event could not be read back");
    });
}

Result<std::vector<CustodyEventRecord>> CustodyEventRepository::timeline(std::int64_t sampleId) {
    return database_.prepare(std::string(kSelectEvent) + "WHERE sample_id = ? ORDER BY occurred_at, id").andThen([&](Statement& statement) {
        statement.bindInt64(1, sampleId);
        return statement.readAll<CustodyEventRecord>(readEvent);
    });
}

}  // namespace reunite::db
