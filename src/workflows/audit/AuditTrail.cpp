#include "workflows/audit/AuditTrail.h"

#include <nlohmann/json.hpp>

#include "db/records/Timestamps.h"
#include "db/sqlite/Transaction.h"

namespace reunite::workflows {

namespace {

// Fields as a JSON object, in the order given (the hash covers this exact text).
std::string fieldsJson(const AuditFields& fields) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto& [name, value] : fields) object[name] = value;
    return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Status appendAuditEntry(db::Database& database, const Actor& actor, const AuditEvent& event) {
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    db::AuditLogRepository log(database);
    Result<std::optional<db::AuditEntryRecord>> last = log.last();
    if (!last) return last.error();
    db::AuditEntryRecord entry;
    entry.id = last.value() ? last.value()->id + 1 : 1;
    entry.at = db::currentUtcTimestamp();
    if (actor.accountId > 0) entry.accountId = actor.accountId;
    entry.accountName = actor.name;
    entry.action = event.action;
    entry.caseId = event.caseId;
    entry.objects = fieldsJson(event.objects);
    entry.parameters = fieldsJson(event.parameters);
    entry.previousHash = last.value() ? last.value()->entryHash : kAuditGenesisHash;
    // Keyed once the database is encrypted (AuditChain.h): its connection then has the sealer.
    Result<std::string> hash = chainHash(entry, database.sealer());
    if (!hash) return hash.error();
    entry.entryHash = std::move(hash).value();
    if (Status appended = log.append(entry); !appended) return appended;
    return transaction.value().commit();
}

Result<std::vector<std::int64_t>> missingAuditedDecisions(db::Database& database) {
    return db::AuditLogRepository(database).missingDecisions("review.decide");
}

Result<AuditVerification> verifyAuditTrail(db::Database& database,
                                           const std::optional<std::pair<std::int64_t, std::string>>& expectedHead) {
    if (database.isEncrypted() && !database.sealer()) return database.sealerForReading().error();
    db::AuditLogRepository log(database);
    AuditChainCheck check(expectedHead, database.sealer());
    Status walked = log.forEach([&check](const db::AuditEntryRecord& entry) { return check.add(entry) ? db::ScanStep::Continue : db::ScanStep::Stop; });
    if (!walked) return walked.error();
    Result<db::AuditHead> head = log.head();
    if (!head) return head.error();
    return check.finish(head.value());
}

}  // namespace reunite::workflows
