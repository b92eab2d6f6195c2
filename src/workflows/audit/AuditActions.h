#pragma once
// AuditActions: the supervisor's reading of the audit trail — entries filtered by case, account
// and time, and verification of the chain (AuditChain.h).
// Guarantees: both need ViewAudit (supervisors); reading the trail is itself not audited (it
// would grow with every look), verifying is.
// Thread safety: uses the Session from the calling thread.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/repositories/AuditLogRepository.h"
#include "domain/Result.h"
#include "workflows/audit/AuditChain.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

class AuditActions {
public:
    explicit AuditActions(Session& session) : session_(session) {}

    Result<std::vector<db::AuditEntryRecord>> list(const db::AuditFilter& filter);
    Result<AuditVerification> verify(const std::optional<std::pair<std::int64_t, std::string>>& expectedHead = std::nullopt);

private:
    Session& session_;
};

}  // namespace reunite::workflows
