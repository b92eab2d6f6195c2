#include "db/repositories/RelativeRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

Status validate(const RelativeRecord& record, std::string_view userName) {
    return firstFailure({requireNotBlank(userName, "user name"), requireIsoDateOrAbsent(record.birthDate, "birth date")});
}

}  // namespace

RelativeRepository::RelativeRepository(Database& database)
    : TableRepository(database, "relative", "relatives", {
        column<&RelativeRecord::id>("id", ColumnUse::Key),
        column<&RelativeRecord::caseId>("case_id", ColumnUse::Fixed), column<&RelativeRecord::relation>("relation"),
        sealedColumn<&RelativeRecord::givenNames>("given_names"), sealedColumn<&RelativeRecord::familyName>("family_name"),
        column<&RelativeRecord::sex>("sex"), sealedColumn<&RelativeRecord::birthDate>("birth_date"),
        sealedColumn<&RelativeRecord::notes>("notes"),
        column<&RelativeRecord::createdAt>("created_at", ColumnUse::CreatedAt),
        column<&RelativeRecord::createdBy>("created_by", ColumnUse::CreatedBy),
        column<&RelativeRecord::updatedAt>("updated_at", ColumnUse::ChangedAt),
        column<&RelativeRecord::updatedBy>("updated_by", ColumnUse::ChangedBy),
    }) {}

Result<RelativeRecord> RelativeRepository::add(const RelativeRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    return insertRecord(record, userName, {"add a relative", {},
                                 "cannot add a relative: case " + std::to_string(record.caseId) + " does not exist"});
}

Result<std::vector<RelativeRecord>> RelativeRepository::listForCase(std::int64_t caseId) {
    return selectAll("WHERE case_id = ? ORDER BY id", caseId);
}

Result<RelativeRecord> RelativeRepository::update(const RelativeRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    return updateRecord(record, userName, {"update relative " + std::to_string(record.id)});
}

Status RelativeRepository::remove(std::int64_t relativeId) { return removeByKey(relativeId); }

}  // namespace reunite::db
