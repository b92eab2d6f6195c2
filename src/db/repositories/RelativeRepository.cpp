#include "db/repositories/RelativeRepository.h"

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectRelative =
    "SELECT id, case_id, relation, given_names, family_name, sex, birth_date, notes, created_at, created_by, "
    "updated_at, updated_by FROM relatives ";

RelativeRecord readRelative(const Statement& row) {
    RelativeRecord record;
    record.id = row.columnInt64(0);
    record.caseId = row.columnInt64(1);
    record.relation = parseRelation(row.columnTextView(2)).value_or(Relation::Other);
    record.givenNames = row.columnText(3);
    record.familyName = row.columnText(4);
    record.sex = parseSex(row.columnTextView(5)).value_or(Sex::Unknown);
    record.birthDate = row.columnOptionalText(6);
    record.notes = row.columnText(7);
    record.createdAt = row.columnText(8);
    record.createdBy = row.columnText(9);
    record.updatedAt = row.columnText(10);
    record.updatedBy = row.columnText(11);
    return record;
}

Status validate(const RelativeRecord& record, std::string_view userName) {
    return firstFailure({requireNotBlank(userName, "user name"), requireIsoDateOrAbsent(record.birthDate, "birth date")});
}

void bindEditableFields(Statement& statement, const RelativeRecord& record) {
    statement.bindText(":relation", toDatabaseText(record.relation))
        .bindText(":given_names", record.givenNames)
        .bindText(":family_name", record.familyName)
        .bindText(":sex", toDatabaseText(record.sex))
        .bindOptionalText(":birth_date", record.birthDate)
        .bindText(":notes", record.notes);
}

}  // namespace

Result<RelativeRecord> RelativeRepository::add(const RelativeRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    auto statement = database_.prepare(
        "INSERT INTO relatives (case_id, relation, given_names, family_name, sex, birth_date, notes, "
        "created_at, created_by, updated_at, updated_by) "
        "VALUES (:case_id, :relation, :given_names, :family_name, :sex, :birth_date, :notes, :now, :user, :now, :user)");
    if (!statement) return statement.error();
    bindEditableFields(statement.value(), record);
    statement.value()
        .bindInt64(":case_id", record.caseId)
        .bindText(":now", currentUtcTimestamp())
        .bindText(":user", userName);
    if (auto inserted = statement.value().run(); !inserted) {
        if (statement.value().failedOnForeignKey()) {
            return databaseError("cannot add a relative: case " + std::to_string(record.caseId) + " does not exist");
        }
        return databaseError("could not add a relative: " + inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Result<RelativeRecord> RelativeRepository::get(std::int64_t relativeId) {
    return database_.prepare(std::string(kSelectRelative) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, relativeId);
        return statement.readOne<RelativeRecord>(readRelative, "relative " + std::to_string(relativeId) + " does not exist");
    });
}

Result<std::vector<RelativeRecord>> RelativeRepository::listForCase(std::int64_t caseId) {
    return database_.prepare(std::string(kSelectRelative) + "WHERE case_id = ? ORDER BY id").andThen([&](Statement& statement) {
        statement.bindInt64(1, caseId);
        return statement.readAll<RelativeRecord>(readRelative);
    });
}

Result<RelativeRecord> RelativeRepository::update(const RelativeRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    auto statement = database_.prepare(
        "UPDATE relatives SET relation = :relation, given_names = :given_names, family_name = :family_name, "
        "sex = :sex, birth_date = :birth_date, notes = :notes, updated_at = :now, updated_by = :user WHERE id = :id");
    if (!statement) return statement.error();
    bindEditableFields(statement.value(), record);
    statement.value().bindText(":now", currentUtcTimestamp()).bindText(":user", userName).bindInt64(":id", record.id);
    if (auto updated = statement.value().run(); !updated) {
        return databaseError("could not update relative " + std::to_string(record.id) + ": " + updated.error().message);
    }
    if (database_.changes() == 0) return notFound("relative " + std::to_string(record.id) + " does not exist");
    return get(record.id);
}

Status RelativeRepository::remove(std::int64_t relativeId) {
    return database_.prepare("DELETE FROM relatives WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, relativeId);
        return database_.runChangingRows(statement, "delete relative " + std::to_string(relativeId),
                                         "relative " + std::to_string(relativeId) + " does not exist");
    });
}

}  // namespace reunite::db
