#pragma once
// RetentionActions: how long the photos and faces of closed cases are kept, and their purge.
// A case counts as closed from the first time it left "open" (found or closed); reopening it
// stops the clock. The purge deletes the case's and its relatives' photos with their faces
// (embeddings) and the stored copies no other record uses; the case record, its relatives,
// decisions, DNA work, search runs (without their probe faces) and the audit trail stay.
// Inputs: a Session; `now` (default: the clock) so that a purge can be planned and tested.
// Guarantees: ManageRetention authorized (supervisors); setting and every purged case append an
// audit entry in the transaction of the change; a case is purged whole or not at all; a period
// below one day -> InvalidArgument; without a period nothing is due.
// Thread safety: uses the Session from the calling thread.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/records/RetentionPolicyRecord.h"
#include "domain/Result.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

// A closed case whose photos and faces are due for purging (or were just purged).
struct RetentionCase {
    std::int64_t caseId = 0;
    std::string caseNumber;
    std::string closedAt;
    std::int64_t photos = 0;  // of the case and its relatives
    std::int64_t faces = 0;
};

class RetentionActions {
public:
    using Clock = std::chrono::system_clock;

    explicit RetentionActions(Session& session) : session_(session) {}

    Result<db::RetentionPolicyRecord> policy();
    // none: keep the photos of closed cases until they are removed by hand.
    Result<db::RetentionPolicyRecord> setPolicy(std::optional<int> purgeAfterDays);
    // Cases closed longer than the period and not purged yet, oldest closure first.
    Result<std::vector<RetentionCase>> due(Clock::time_point now = Clock::now());
    // Purges every due case; returns what was purged.
    Result<std::vector<RetentionCase>> purge(Clock::time_point now = Clock::now());

private:
    Result<RetentionCase> describe(std::int64_t caseId, const std::string& closedAt);
    Status purgeCase(const RetentionCase& due);

    Session& session_;
};

}  // namespace reunite::workflows
