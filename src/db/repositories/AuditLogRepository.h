#pragma once
// AuditLogRepository: the audit trail (table `audit_log`, append-only: the schema refuses UPDATE
// and DELETE) and its head (table `audit_head`, one row: how many entries were written and the
// last one's hash, rewritten with every append so that removed last entries show).
// Inputs: complete records (the chain is computed by workflows/audit); filters of list().
// Guarantees: append() inserts the record with the id it carries and moves the head in the same
// transaction; entries are read in id order. Errors: Database. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "db/records/AuditEntryRecord.h"
#include "db/records/ScanStep.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

struct AuditFilter {
    std::optional<std::int64_t> caseId;
    std::optional<std::string> accountName;  // ignoring letter case
    std::optional<std::string> since;        // ISO-8601 UTC; entries at or after it
    int limit = 1000;                         // the newest `limit` entries, oldest first
};

class AuditLogRepository : public TableRepository<AuditEntryRecord> {
public:
    explicit AuditLogRepository(Database& database);

    Status append(const AuditEntryRecord& record);
    Result<AuditHead> head();
    Result<std::optional<AuditEntryRecord>> last();
    // Every entry in id order.
    Result<std::vector<AuditEntryRecord>> all();
    // visit(entry) -> ScanStep for every entry in id order, one at a time (for verification of a
    // trail of any length), until it returns Stop.
    Status forEach(const std::function<ScanStep(const AuditEntryRecord&)>& visit);
    Result<std::vector<AuditEntryRecord>> list(const AuditFilter& filter);
    // Ids of review decisions that an entry of `action` names (objects.decision) but that are no
    // longer stored, ascending.
    Result<std::vector<std::int64_t>> missingDecisions(std::string_view action);
};

}  // namespace reunite::db
