#pragma once
// CaseRepository: create, read, update and list missing-child cases (table `cases`).
// Inputs: records as in CaseRecord.h and the name of the acting user (not blank).
// Guarantees: invalid input (blank case number or user, malformed dates) -> ErrorCode::InvalidArgument;
// a duplicate case number -> ErrorCode::Database with a message naming it; an unknown id ->
// ErrorCode::NotFound; other SQLite failures -> ErrorCode::Database. Timestamps and user columns
// are set here. Returned records are re-read from the database. In an encrypted database the
// personal fields are sealed (RecordTable.h) and the case number is found by its lookup name.
// Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/CaseRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class CaseRepository : public TableRepository<CaseRecord> {
public:
    explicit CaseRepository(Database& database);

    Result<CaseRecord> create(const CaseRecord& record, std::string_view userName);
    Result<std::optional<CaseRecord>> findByCaseNumber(std::string_view caseNumber);
    // Replaces every editable field of the case with id record.id.
    Result<CaseRecord> update(const CaseRecord& record, std::string_view userName);
    // Ordered by case number; all statuses unless one is given; only the cases assigned to the
    // account `assignedTo` when one is given.
    Result<std::vector<CaseRecord>> list(std::optional<CaseStatus> status = std::nullopt,
                                         std::optional<std::int64_t> assignedTo = std::nullopt);
    // Gives the case to the account (nullopt: to nobody, supervisors only). Unknown case ->
    // NotFound; unknown account -> Database.
    Result<CaseRecord> assign(std::int64_t caseId, std::optional<std::int64_t> accountId, std::string_view userName);

private:
    Result<std::vector<CaseRecord>> selectMatching(std::optional<CaseStatus> status, std::optional<std::int64_t> assignedTo);
};

}  // namespace reunite::db
