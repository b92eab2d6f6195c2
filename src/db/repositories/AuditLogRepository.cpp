#include "db/repositories/AuditLogRepository.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <set>

#include <nlohmann/json.hpp>

namespace reunite::db {

AuditLogRepository::AuditLogRepository(Database& database)
    : TableRepository(database, "audit entry", "audit_log", {
        column<&AuditEntryRecord::id>("id", ColumnUse::Fixed), column<&AuditEntryRecord::at>("at", ColumnUse::Fixed),
        column<&AuditEntryRecord::accountId>("account_id", ColumnUse::Fixed),
        column<&AuditEntryRecord::accountName>("account_name", ColumnUse::Fixed),
        column<&AuditEntryRecord::action>("action", ColumnUse::Fixed),
        column<&AuditEntryRecord::caseId>("case_id", ColumnUse::Fixed),
        sealedColumn<&AuditEntryRecord::objects>("objects", SealAs::Empty, {}, ColumnUse::Fixed),
        sealedColumn<&AuditEntryRecord::parameters>("parameters", SealAs::Empty, {}, ColumnUse::Fixed),
        column<&AuditEntryRecord::previousHash>("previous_hash", ColumnUse::Fixed),
        column<&AuditEntryRecord::entryHash>("entry_hash", ColumnUse::Fixed),
    }) {}

Status AuditLogRepository::append(const AuditEntryRecord& record) {
    Result<Transaction> transaction = Transaction::begin(database_);
    if (!transaction) return transaction.error();
    if (Result<AuditEntryRecord> inserted = insertRecord(record, "audit", {"append to the audit trail"}); !inserted) {
        return inserted.error();
    }
    Result<Statement> head = database_.prepare(
        "INSERT INTO audit_head (id, entries, last_hash) VALUES (1, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, last_hash = excluded.last_hash");
    if (!head) return head.error();
    head.value().bindInt64(1, record.id).bindText(2, record.entryHash);
    if (Status moved = head.value().run(); !moved) return databaseError("could not move the audit head: " + moved.error().message);
    return transaction.value().commit();
}

Result<AuditHead> AuditLogRepository::head() {
    return database_.prepare("SELECT entries, last_hash FROM audit_head WHERE id = 1").andThen([](Statement& statement) {
        return statement.readOptional<AuditHead>([](const Statement& row) {
            return AuditHead{row.columnInt64(0), std::string(row.columnTextView(1))};
        }).andThen([](std::optional<AuditHead>& found) -> Result<AuditHead> { return found.value_or(AuditHead{}); });
    });
}

Result<std::optional<AuditEntryRecord>> AuditLogRepository::last() { return selectOptional("ORDER BY id DESC LIMIT 1"); }

Result<std::vector<AuditEntryRecord>> AuditLogRepository::all() { return selectAll("ORDER BY id"); }

Status AuditLogRepository::forEach(const std::function<ScanStep(const AuditEntryRecord&)>& visit) {
    return forEachSelected("ORDER BY id", visit);
}

Result<std::vector<AuditEntryRecord>> AuditLogRepository::list(const AuditFilter& filter) {
    const std::int64_t anyCase = -1;
    Result<std::vector<AuditEntryRecord>> newest =
        selectAll("WHERE (?1 = -1 OR case_id = ?1) AND (?2 = '' OR account_name = ?2 COLLATE NOCASE) AND (?3 = '' OR at >= ?3) "
                  "ORDER BY id DESC LIMIT ?4",
                  filter.caseId.value_or(anyCase), filter.accountName.value_or(""), filter.since.value_or(""),
                  static_cast<std::int64_t>(filter.limit));
    if (newest) std::reverse(newest.value().begin(), newest.value().end());
    return newest;
}

Result<std::vector<std::int64_t>> AuditLogRepository::missingDecisions(std::string_view action) {
    // Read through the records: in an encrypted database `objects` is sealed, so SQL cannot see it.
    std::set<std::int64_t> audited;
    Status read = forEachSelected("WHERE action = ? ORDER BY id", [&](const AuditEntryRecord& entry) {
        const nlohmann::json objects = nlohmann::json::parse(entry.objects, nullptr, false);
        if (objects.is_object() && objects.contains("decision")) {
            const nlohmann::json& decision = objects["decision"];
            if (decision.is_number_integer()) audited.insert(decision.get<std::int64_t>());
            if (decision.is_string()) audited.insert(std::strtoll(decision.get<std::string>().c_str(), nullptr, 10));
        }
        return ScanStep::Continue;
    }, action);
    if (!read) return read.error();
    Result<std::vector<std::int64_t>> stored = database_.prepare("SELECT id FROM review_decisions ORDER BY id").andThen([](Statement& statement) {
        return statement.readAll<std::int64_t>([](const Statement& row) { return row.columnInt64(0); });
    });
    if (!stored) return stored.error();
    std::vector<std::int64_t> missing;
    std::set_difference(audited.begin(), audited.end(), stored.value().begin(), stored.value().end(), std::back_inserter(missing));
    return missing;
}

}  // namespace reunite::db
