#include "workflows/relatives/RelativeActions.h"

#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite::workflows {

namespace {

std::int64_t caseOfRelative(const db::RelativeRecord& relative) { return relative.caseId; }

}  // namespace

Result<db::RelativeRecord> RelativeActions::add(const db::RelativeRecord& record) {
    return session_.authorizedWrite(Permission::EditCases, RecordKind::Relative, caseOfRelative, [&] {
        return db::RelativeRepository(session_.database()).add(record, session_.userName());
    });
}

Result<db::RelativeRecord> RelativeActions::update(const db::RelativeRecord& record) {
    return session_.authorizedWrite(Permission::EditCases, RecordKind::Relative, caseOfRelative, [&] {
        return db::RelativeRepository(session_.database()).update(record, session_.userName());
    });
}

Result<db::RelativeRecord> RelativeActions::get(std::int64_t relativeId) {
    return session_.authorized(Permission::ViewCases, [&] { return db::RelativeRepository(session_.database()).get(relativeId); });
}

Result<std::vector<db::RelativeRecord>> RelativeActions::list(std::int64_t caseId) {
    return session_.authorized(Permission::ViewCases,
                               [&] { return db::RelativeRepository(session_.database()).listForCase(caseId); });
}

Status RelativeActions::remove(std::int64_t relativeId) {
    if (Status allowed = session_.authorize(Permission::EditCases); !allowed) return allowed;
    db::RelativeRepository relatives(session_.database());
    Result<db::RelativeRecord> relative = relatives.get(relativeId);
    if (!relative) return relative.error();
    Result<std::vector<db::PhotoRecord>> photos =
        db::PhotoRepository(session_.database()).listByOwner(db::PhotoOwner::ofRelative(relativeId));
    if (!photos) return photos.error();
    Status removed = relatives.remove(relativeId);
    if (!removed) return removed;
    removeUnreferencedCopies(session_.database(), session_.photoStore(), photos.value());
    session_.changed(RecordKind::Relative, relativeId, relative.value().caseId);
    return removed;
}

}  // namespace reunite::workflows
