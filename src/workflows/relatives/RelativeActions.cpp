#include "workflows/relatives/RelativeActions.h"

#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite::workflows {

namespace {

std::int64_t caseOfRelative(const db::RelativeRecord& relative) { return relative.caseId; }

auto relativeEvent(const char* action) {
    return [action](const db::RelativeRecord& relative) {
        return AuditEvent{action, relative.caseId, {{"case", std::to_string(relative.caseId)}, {"relative", std::to_string(relative.id)}}, {}};
    };
}

}  // namespace

Status RelativeActions::authorizeRelative(Permission permission, std::int64_t relativeId) {
    if (Status allowed = session_.authorize(permission); !allowed) return allowed;
    Result<db::RelativeRecord> stored = db::RelativeRepository(session_.database()).get(relativeId);
    if (!stored) return stored.error();
    return session_.authorizeCase(permission, stored.value().caseId);
}

Result<db::RelativeRecord> RelativeActions::add(const db::RelativeRecord& record) {
    if (Status allowed = session_.authorizeCase(Permission::EditCases, record.caseId); !allowed) return allowed.error();
    return session_.authorizedWrite(Permission::EditCases, RecordKind::Relative, caseOfRelative, [&] {
        return session_.recordedWrite([&] { return db::RelativeRepository(session_.database()).add(record, session_.userName()); },
                                      relativeEvent("relative.add"));
    });
}

Result<db::RelativeRecord> RelativeActions::update(const db::RelativeRecord& record) {
    if (Status allowed = authorizeRelative(Permission::EditCases, record.id); !allowed) return allowed.error();
    return session_.authorizedWrite(Permission::EditCases, RecordKind::Relative, caseOfRelative, [&] {
        return session_.recordedWrite([&] { return db::RelativeRepository(session_.database()).update(record, session_.userName()); },
                                      relativeEvent("relative.edit"));
    });
}

Result<db::RelativeRecord> RelativeActions::get(std::int64_t relativeId) {
    if (Status allowed = authorizeRelative(Permission::ViewCases, relativeId); !allowed) return allowed.error();
    return db::RelativeRepository(session_.database()).get(relativeId);
}

Result<std::vector<db::RelativeRecord>> RelativeActions::list(std::int64_t caseId) {
    return session_.authorizedForCase(Permission::ViewCases, caseId,
                                      [&] { return db::RelativeRepository(session_.database()).listForCase(caseId); });
}

Status RelativeActions::remove(std::int64_t relativeId) {
    if (Status allowed = authorizeRelative(Permission::EditCases, relativeId); !allowed) return allowed;
    db::RelativeRepository relatives(session_.database());
    Result<db::RelativeRecord> relative = relatives.get(relativeId);
    if (!relative) return relative.error();
    Result<std::vector<db::PhotoRecord>> photos =
        db::PhotoRepository(session_.database()).listByOwner(db::PhotoOwner::ofRelative(relativeId));
    if (!photos) return photos.error();
    Status removed = relatives.remove(relativeId);
    if (!removed) return removed;
    if (Status recorded = session_.audit(relativeEvent("relative.remove")(relative.value())); !recorded) return recorded;
    removeUnreferencedCopies(session_.database(), session_.photoStore(), photos.value());
    session_.changed(RecordKind::Relative, relativeId, relative.value().caseId);
    return removed;
}

}  // namespace reunite::workflows
