#pragma once
// AuditTrail: appends what an account did with personal data to the hash-chained audit trail
// (AuditChain.h), and reads and verifies it.
// Inputs: the acting account (a refused sign-in records the typed name without an account), an
// action name ("case.open", "search", ...), the case it served, the records acted on and the
// parameters (filters, probe photo SHA-256s), as name/value pairs.
// Guarantees: append() writes the entry and moves the head in one transaction (a savepoint when
// the caller's transaction is open, so an action and its entry are stored together or not at
// all); entries get consecutive ids. Errors: Database.
// Thread safety: uses the connection of the calling thread; BEGIN IMMEDIATE serializes appends
// of several processes.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/repositories/AuditLogRepository.h"
#include "db/sqlite/Database.h"
#include "domain/Result.h"
#include "workflows/audit/AuditChain.h"
#include "workflows/session/Actor.h"

namespace reunite::workflows {

using AuditFields = std::vector<std::pair<std::string, std::string>>;

struct AuditEvent {
    std::string action;
    std::optional<std::int64_t> caseId;
    AuditFields objects;
    AuditFields parameters;
};

Status appendAuditEntry(db::Database& database, const Actor& actor, const AuditEvent& event);
// Review decisions the trail recorded ("review.decide") that are no longer stored.
Result<std::vector<std::int64_t>> missingAuditedDecisions(db::Database& database);
Result<AuditVerification> verifyAuditTrail(db::Database& database,
                                           const std::optional<std::pair<std::int64_t, std::string>>& expectedHead = std::nullopt);

}  // namespace reunite::workflows
