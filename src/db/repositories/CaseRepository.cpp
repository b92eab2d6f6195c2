#include "db/repositories/CaseRepository.h"

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectCase =
    "SELECT id, case_number, given_names, family_name, sex, birth_date, last_seen_date, last_seen_place, "
    "description, distinguishing_marks, status, created_at, created_by, updated_at, updated_by FROM cases ";

CaseRecord readCase(const Statement& row) {
    CaseRecord record;
    record.id = row.columnInt64(0);
    record.caseNumber = row.columnText(1);
    record.givenNames = row.columnText(2);
    record.familyName = row.columnText(3);
    record.sex = parseSex(row.columnTextView(4)).value_or(Sex::Unknown);
    record.birthDate = row.columnOptionalText(5);
    record.lastSeenDate = row.columnOptionalText(6);
    record.lastSeenPlace = row.columnText(7);
    record.description = row.columnText(8);
    record.distinguishingMarks = row.columnText(9);
    record.status = parseCaseStatus(row.columnTextView(10)).value_or(CaseStatus::Open);
    record.createdAt = row.columnText(11);
    record.createdBy = row.columnText(12);
    record.updatedAt = row.columnText(13);
    record.updatedBy = row.columnText(14);
    return record;
}

Status validate(const CaseRecord& record, std::string_view userName) {
    return firstFailure({requireNotBlank(record.caseNumber, "case number"), requireNotBlank(userName, "user name"),
                         requireIsoDateOrAbsent(record.birthDate, "birth date"),
                         requireIsoDateOrAbsent(record.lastSeenDate, "last-seen date")});
}

void bindEditableFields(Statement& statement, const CaseRecord& record) {
    statement.bindText(":case_number", record.caseNumber)
        .bindText(":given_names", record.givenNames)
        .bindText(":family_name", record.familyName)
        .bindText(":sex", toDatabaseText(record.sex))
        .bindOptionalText(":birth_date", record.birthDate)
        .bindOptionalText(":last_seen_date", record.lastSeenDate)
        .bindText(":last_seen_place", record.lastSeenPlace)
        .bindText(":description", record.description)
        .bindText(":distinguishing_marks", record.distinguishingMarks)
        .bindText(":status", toDatabaseText(record.status));
}

Error duplicateCaseNumber(const CaseRecord& record) {
    return databaseError("case number '" + record.caseNumber + "' is already used by another case");
}

}  // namespace

Result<CaseRecord> CaseRepository::create(const CaseRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    auto statement = database_.prepare(
        "INSERT INTO cases (case_number, given_names, family_name, sex, birth_date, last_seen_date, last_seen_place, "
        "description, distinguishing_marks, status, created_at, created_by, updated_at, updated_by) "
        "VALUES (:case_number, :given_names, :family_name, :sex, :birth_date, :last_seen_date, :last_seen_place, "
        ":description, :distinguishing_marks, :status, :now, :user, :now, :user)");
    if (!statement) return statement.error();
    bindEditableFields(statement.value(), record);
    statement.value().bindText(":now", currentUtcTimestamp()).bindText(":user", userName);
    if (auto inserted = statement.value().run(); !inserted) {
        if (statement.value().failedOnUniqueConstraint()) return duplicateCaseNumber(record);
        return databaseError("could not create case '" + record.caseNumber + "': " + inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Result<CaseRecord> CaseRepository::get(std::int64_t caseId) {
    return database_.prepare(std::string(kSelectCase) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, caseId);
        return statement.readOne<CaseRecord>(readCase, "case " + std::to_string(caseId) + " does not exist");
    });
}

Result<std::optional<CaseRecord>> CaseRepository::findByCaseNumber(std::string_view caseNumber) {
    return database_.prepare(std::string(kSelectCase) + "WHERE case_number = ?").andThen([&](Statement& statement) {
        statement.bindText(1, caseNumber);
        return statement.readOptional<CaseRecord>(readCase);
    });
}

Result<CaseRecord> CaseRepository::update(const CaseRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    auto statement = database_.prepare(
        "UPDATE cases SET case_number = :case_number, given_names = :given_names, family_name = :family_name, "
        "sex = :sex, birth_date = :birth_date, last_seen_date = :last_seen_date, last_seen_place = :last_seen_place, "
        "description = :description, distinguishing_marks = :distinguishing_marks, status = :status, "
        "updated_at = :now, updated_by = :user WHERE id = :id");
    if (!statement) return statement.error();
    bindEditableFields(statement.value(), record);
    statement.value().bindText(":now", currentUtcTimestamp()).bindText(":user", userName).bindInt64(":id", record.id);
    if (auto updated = statement.value().run(); !updated) {
        if (statement.value().failedOnUniqueConstraint()) return duplicateCaseNumber(record);
        return databaseError("could not update case " + std::to_string(record.id) + ": " + updated.error().message);
    }
    if (database_.changes() == 0) return notFound("case " + std::to_string(record.id) + " does not exist");
    return get(record.id);
}

Result<std::vector<CaseRecord>> CaseRepository::list(std::optional<CaseStatus> status) {
    return database_.prepare(std::string(kSelectCase) + "WHERE :status IS NULL OR status = :status ORDER BY case_number")
        .andThen([&](Statement& statement) {
            if (status) {
                statement.bindText(":status", toDatabaseText(*status));
            } else {
                statement.bindNull(":status");
            }
            return statement.readAll<CaseRecord>(readCase);
        });
}

}  // namespace reunite::db
