#include "db/repositories/DnaSampleRepository.h"

#include "db/records/EventTime.h"
#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Statement.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectSample =
    "SELECT id, request_id, sample_code, donor_role, relative_id, donor_name, sample_type, collected_at, "
    "collected_place, collected_by, note, registered_by, registered_at FROM dna_samples ";

DnaSampleRecord readSample(const Statement& row) {
    DnaSampleRecord record;
    record.id = row.columnInt64(0);
    record.requestId = row.columnInt64(1);
    record.sampleCode = row.columnText(2);
    record.donorRole = parseDonorRole(row.columnTextView(3)).value_or(DonorRole::OtherRelative);
    record.relativeId = row.columnOptionalInt64(4);
    record.donorName = row.columnText(5);
    record.sampleType = parseSampleType(row.columnTextView(6)).value_or(SampleType::Other);
    record.collectedAt = row.columnText(7);
    record.collectedPlace = row.columnText(8);
    record.collectedBy = row.columnText(9);
    record.note = row.columnText(10);
    record.registeredBy = row.columnText(11);
    record.registeredAt = row.columnText(12);
    return record;
}

Status validate(const DnaSampleRecord& sample, std::string_view userName) {
    if (!isEventTime(sample.collectedAt)) {
        return invalidArgument("collection time '" + sample.collectedAt + "' is not a date YYYY-MM-DD or a date with a time");
    }
    return firstFailure({requireNotBlank(sample.sampleCode, "sample id"), requireNotBlank(sample.collectedBy, "collected by"),
                         requireNotBlank(userName, "user name")});
}

}  // namespace

Result<DnaSampleRecord> DnaSampleRepository::create(const DnaSampleRecord& sample, std::string_view userName) {
    if (Status valid = validate(sample, userName); !valid) return valid.error();
    auto statement = database_.prepare(
        "INSERT INTO dna_samples (request_id, sample_code, donor_role, relative_id, donor_name, sample_type, collected_at, "
        "collected_place, collected_by, note, registered_by, registered_at) VALUES (:request, :code, :role, :relative, "
        ":donor, :type, :collected_at, :place, :collected_by, :note, :user, :now)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    insert.bindInt64(":request", sample.requestId)
        .bindText(":code", sample.sampleCode)
        .bindText(":role", toDatabaseText(sample.donorRole))
        .bindOptionalInt64(":relative", sample.relativeId)
        .bindText(":donor", sample.donorName)
        .bindText(":type", toDatabaseText(sample.sampleType))
        .bindText(":collected_at", sample.collectedAt)
        .bindText(":place", sample.collectedPlace)
        .bindText(":collected_by", sample.collectedBy)
        .bindText(":note", sample.note)
        .bindText(":user", userName)
        .bindText(":now", currentUtcTimestamp());
    if (Status inserted = insert.run(); !inserted) {
        if (insert.failedOnUniqueConstraint()) return databaseError("sample id '" + sample.sampleCode + "' is already registered");
        if (insert.failedOnForeignKey()) {
            return databaseError("cannot register sample '" + sample.sampleCode + "': the DNA request or the relative does not exist");
        }
        return databaseError("could not register sample '" + sample.sampleCode + "': " + inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Result<DnaSampleRecord> DnaSampleRepository::get(std::int64_t sampleId) {
    return database_.prepare(std::string(kSelectSample) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, sampleId);
        return statement.readOne<DnaSampleRecord>(readSample, "no DNA sample " + std::to_string(sampleId));
    });
}

Result<std::optional<DnaSampleRecord>> DnaSampleRepository::findByCode(std::string_view sampleCode) {
    return database_.prepare(std::string(kSelectSample) + "WHERE sample_code = ?").andThen([&](Statement& statement) {
        statement.bindText(1, sampleCode);
        return statement.readOptional<DnaSampleRecord>(readSample);
    });
}

Result<std::vector<DnaSampleRecord>> DnaSampleRepository::listForRequest(std::int64_t requestId) {
    return database_.prepare(std::string(kSelectSample) + "WHERE request_id = ? ORDER BY id").andThen([&](Statement& statement) {
        statement.bindInt64(1, requestId);
        return statement.readAll<DnaSampleRecord>(readSample);
    });
}

}  // namespace reunite::db
