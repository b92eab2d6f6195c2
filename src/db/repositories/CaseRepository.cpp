#include "db/repositories/CaseRepository.h"

#include <algorithm>
#include <tuple>

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

Status validate(const CaseRecord& record, std::string_view userName) {
    return firstFailure({requireNotBlank(record.caseNumber, "case number"), requireNotBlank(userName, "user name"),
                         requireIsoDateOrAbsent(record.birthDate, "birth date"),
                         requireIsoDateOrAbsent(record.lastSeenDate, "last-seen date")});
}

WriteFailure caseWriteFailure(const CaseRecord& record, const std::string& action) {
    return {action, "case number '" + record.caseNumber + "' is already used by another case"};
}

}  // namespace

CaseRepository::CaseRepository(Database& database)
    : TableRepository(database, "case", "cases", {
        column<&CaseRecord::id>("id", ColumnUse::Key),
        sealedColumn<&CaseRecord::caseNumber>("case_number", SealAs::LookupName, "case-num"),
        sealedColumn<&CaseRecord::givenNames>("given_names"), sealedColumn<&CaseRecord::familyName>("family_name"),
        column<&CaseRecord::sex>("sex"), sealedColumn<&CaseRecord::birthDate>("birth_date"),
        sealedColumn<&CaseRecord::lastSeenDate>("last_seen_date"), sealedColumn<&CaseRecord::lastSeenPlace>("last_seen_place"),
        sealedColumn<&CaseRecord::description>("description"),
        sealedColumn<&CaseRecord::distinguishingMarks>("distinguishing_marks"),
        sealedColumn<&CaseRecord::contact>("contact"), column<&CaseRecord::status>("status"),
        column<&CaseRecord::assignedTo>("assigned_to", ColumnUse::Fixed),
        column<&CaseRecord::createdAt>("created_at", ColumnUse::CreatedAt),
        column<&CaseRecord::createdBy>("created_by", ColumnUse::CreatedBy),
        column<&CaseRecord::updatedAt>("updated_at", ColumnUse::ChangedAt),
        column<&CaseRecord::updatedBy>("updated_by", ColumnUse::ChangedBy),
    }) {}

Result<CaseRecord> CaseRepository::create(const CaseRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    return insertRecord(record, userName, caseWriteFailure(record, "create case '" + record.caseNumber + "'"));
}

Result<std::optional<CaseRecord>> CaseRepository::findByCaseNumber(std::string_view caseNumber) {
    return lookupValue("case_number", caseNumber).andThen([&](std::string& stored) {
        return selectOptional("WHERE case_number = ?", stored);
    });
}

Result<CaseRecord> CaseRepository::update(const CaseRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    return updateRecord(record, userName, caseWriteFailure(record, "update case " + std::to_string(record.id)));
}

Result<std::vector<CaseRecord>> CaseRepository::list(std::optional<CaseStatus> status, std::optional<std::int64_t> assignedTo) {
    return selectMatching(status, assignedTo).andThen([](std::vector<CaseRecord>& cases) -> Result<std::vector<CaseRecord>> {
        // Sorted here: a sealed case number is stored as its lookup name, whose order means nothing.
        std::sort(cases.begin(), cases.end(),
                  [](const CaseRecord& a, const CaseRecord& b) { return std::tie(a.caseNumber, a.id) < std::tie(b.caseNumber, b.id); });
        return std::move(cases);
    });
}

Result<std::vector<CaseRecord>> CaseRepository::selectMatching(std::optional<CaseStatus> status, std::optional<std::int64_t> assignedTo) {
    if (status && assignedTo) return selectAll("WHERE status = ? AND assigned_to = ?", toDatabaseText(*status), *assignedTo);
    if (status) return selectAll("WHERE status = ?", toDatabaseText(*status));
    if (assignedTo) return selectAll("WHERE assigned_to = ?", *assignedTo);
    return selectAll("");
}

Result<CaseRecord> CaseRepository::assign(std::int64_t caseId, std::optional<std::int64_t> accountId, std::string_view userName) {
    if (Status user = requireNotBlank(userName, "user name"); !user) return user.error();
    Result<Statement> statement =
        database_.prepare("UPDATE cases SET assigned_to = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    if (!statement) return statement.error();
    statement.value().bindOptionalInt64(1, accountId).bindText(2, currentUtcTimestamp()).bindText(3, userName).bindInt64(4, caseId);
    Status ran = database_.runChangingRows(statement.value(), "assign case " + std::to_string(caseId), missing(caseId));
    if (!ran) {
        if (statement.value().failedOnForeignKey()) return databaseError("cannot assign the case: no such account");
        return ran.error();
    }
    return get(caseId);
}

}  // namespace reunite::db
