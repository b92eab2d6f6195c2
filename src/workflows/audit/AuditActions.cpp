#include "workflows/audit/AuditActions.h"

#include "workflows/audit/AuditTrail.h"

namespace reunite::workflows {

Result<std::vector<db::AuditEntryRecord>> AuditActions::list(const db::AuditFilter& filter) {
    return session_.authorized(Permission::ViewAudit, [&] { return db::AuditLogRepository(session_.database()).list(filter); });
}

Result<AuditVerification> AuditActions::verify(const std::optional<std::pair<std::int64_t, std::string>>& expectedHead) {
    if (Status allowed = session_.authorize(Permission::ViewAudit); !allowed) return allowed.error();
    Result<AuditVerification> verified = verifyAuditTrail(session_.database(), expectedHead);
    if (!verified) return verified;
    const AuditVerification& found = verified.value();
    AuditFields outcome{{"entries", std::to_string(found.entries)}, {"intact", found.intact() ? "yes" : "no"}};
    if (found.firstBadEntry) outcome.emplace_back("first_bad_entry", std::to_string(*found.firstBadEntry));
    if (Status recorded = session_.audit({"audit.verify", std::nullopt, {}, outcome}); !recorded) return recorded.error();
    return verified;
}

}  // namespace reunite::workflows
