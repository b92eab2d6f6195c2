#pragma once
// RelativeActions: the user actions on a case's relatives (mother, father, siblings, others):
// add, edit, list and remove. Their photos go through PhotoActions with a relative owner.
// Guarantees: each action authorizes itself (EditCases / ViewCases); removing a relative removes
// its photos and faces (through the schema) in one statement, and their copies in the photo store
// that no other record uses; listeners hear of the change.
// Thread safety: uses the Session from the calling thread.
#include <cstdint>
#include <vector>

#include "db/records/RelativeRecord.h"
#include "domain/Result.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

class RelativeActions {
public:
    explicit RelativeActions(Session& session) : session_(session) {}

    Result<db::RelativeRecord> add(const db::RelativeRecord& record);
    Result<db::RelativeRecord> update(const db::RelativeRecord& record);
    Result<db::RelativeRecord> get(std::int64_t relativeId);
    Result<std::vector<db::RelativeRecord>> list(std::int64_t caseId);
    Status remove(std::int64_t relativeId);

private:
    // The permission, for the case the stored relative belongs to.
    Status authorizeRelative(Permission permission, std::int64_t relativeId);

    Session& session_;
};

}  // namespace reunite::workflows
