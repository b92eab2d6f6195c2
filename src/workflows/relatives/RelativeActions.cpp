#include "workflows/relatives/RelativeActions.h"

#include "db/repositories/RelativeRepository.h"

namespace reunite::workflows {

Result<db::RelativeRecord> RelativeActions::add(const db::RelativeRecord& record) {
    if (Status allowed = session_.authorize(Permission::EditCases); !allowed) return allowed.error();
    Result<db::RelativeRecord> added = db::RelativeRepository(session_.database()).add(record, session_.userName());
    if (added) session_.changed(RecordKind::Relative, added.value().id, added.value().caseId);
    return added;
}

Result<db::RelativeRecord> RelativeActions::update(const db::RelativeRecord& record) {
    if (Status allowed = session_.authorize(Permission::EditCases); !allowed) return allowed.error();
    Result<db::RelativeRecord> updated = db::RelativeRepository(session_.database()).update(record, session_.userName());
    if (updated) session_.changed(RecordKind::Relative, updated.value().id, updated.value().caseId);
    return updated;
}

Result<db::RelativeRecord> RelativeActions::get(std::int64_t relativeId) {
    if (Status allowed = session_.authorize(Permission::ViewCases); !allowed) return allowed.error();
    return db::RelativeRepository(session_.database()).get(relativeId);
}

Result<std::vector<db::RelativeRecord>> RelativeActions::list(std::int64_t caseId) {
    if (Status allowed = session_.authorize(Permission::ViewCases); !allowed) return allowed.error();
    return db::RelativeRepository(session_.database()).listForCase(caseId);
}

Status RelativeActions::remove(std::int64_t relativeId) {
    if (Status allowed = session_.authorize(Permission::EditCases); !allowed) return allowed;
    db::RelativeRepository relatives(session_.database());
    Result<db::RelativeRecord> relative = relatives.get(relativeId);
    if (!relative) return relative.error();
    Status removed = relatives.remove(relativeId);
    if (removed) session_.changed(RecordKind::Relative, relativeId, relative.value().caseId);
    return removed;
}

}  // namespace reunite::workflows
