#include "workflows/cases/CaseActions.h"

#include "db/repositories/CaseClosureRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "workflows/photos/PhotoActions.h"

namespace reunite::workflows {

namespace {

std::int64_t caseItself(const db::CaseRecord& record) { return record.id; }

// The audit entry of an action on one case.
auto caseEvent(const char* action) {
    return [action](const db::CaseRecord& record) {
        return AuditEvent{action, record.id, {{"case", std::to_string(record.id)}}, {}};
    };
}

// The case as stored, with its closure row following its status (retention counts from the
// first time a case left "open").
Result<db::CaseRecord> withClosure(db::Database& database, Result<db::CaseRecord> stored) {
    if (!stored) return stored;
    const db::CaseRecord& record = stored.value();
    if (Status followed = db::CaseClosureRepository(database).follow(record.id, record.status != db::CaseStatus::Open, record.updatedAt);
        !followed) {
        return followed.error();
    }
    return stored;
}

}  // namespace

Result<db::CaseRecord> CaseActions::create(const db::CaseRecord& record) {
    db::CaseRecord assigned = record;
    if (session_.actor().role != Role::Supervisor) assigned.assignedTo = session_.actor().accountId;
    return session_.authorizedWrite(Permission::EditCases, RecordKind::Case, caseItself, [&] {
        return session_.recordedWrite(
            [&] { return withClosure(session_.database(), db::CaseRepository(session_.database()).create(assigned, session_.userName())); },
            caseEvent("case.create"));
    });
}

Result<db::CaseRecord> CaseActions::update(const db::CaseRecord& record) {
    if (Status allowed = session_.authorizeCase(Permission::EditCases, record.id); !allowed) return allowed.error();
    return session_.authorizedWrite(Permission::EditCases, RecordKind::Case, caseItself, [&] {
        return session_.recordedWrite(
            [&] { return withClosure(session_.database(), db::CaseRepository(session_.database()).update(record, session_.userName())); },
            caseEvent("case.edit"));
    });
}

Result<db::CaseRecord> CaseActions::assign(std::int64_t caseId, std::optional<std::int64_t> accountId) {
    return session_.authorizedWrite(Permission::AssignCases, RecordKind::Case, caseItself, [&] {
        return session_.recordedWrite([&] { return db::CaseRepository(session_.database()).assign(caseId, accountId, session_.userName()); },
                                 [&](const db::CaseRecord& record) {
                                     AuditEvent event = caseEvent("case.assign")(record);
                                     event.parameters = {{"to_account", accountId ? std::to_string(*accountId) : "nobody"}};
                                     return event;
                                 });
    });
}

// One read of the case serves both the assignment check and the answer (the role is checked
// first, so a refusal does not reveal whether a case exists).
Result<db::CaseRecord> CaseActions::get(std::int64_t caseId) {
    return session_.authorized(Permission::ViewCases, [&]() -> Result<db::CaseRecord> {
        Result<db::CaseRecord> found = db::CaseRepository(session_.database()).get(caseId);
        if (!found) return found;
        if (Status allowed = authorizeAssignment(session_.actor(), found.value().assignedTo); !allowed) return allowed.error();
        return found;
    });
}

Result<db::CaseRecord> CaseActions::findByNumber(std::string_view caseNumber) {
    return session_.authorized(Permission::ViewCases, [&] {
        return db::CaseRepository(session_.database())
            .findByCaseNumber(caseNumber)
            .andThen([&](std::optional<db::CaseRecord>& found) -> Result<db::CaseRecord> {
                if (!found) return makeError(ErrorCode::NotFound, "no case numbered " + std::string(caseNumber));
                if (Status allowed = authorizeForCase(session_.actor(), Permission::ViewCases, found->assignedTo); !allowed) {
                    return allowed.error();
                }
                return *found;
            });
    });
}

Result<std::vector<db::CaseRecord>> CaseActions::list(std::optional<db::CaseStatus> status) {
    const Actor& actor = session_.actor();
    const std::optional<std::int64_t> onlyAssignedTo =
        actor.role == Role::Supervisor ? std::nullopt : std::optional<std::int64_t>(actor.accountId);
    return session_.authorized(Permission::ViewCases, [&] {
        return session_.recorded(db::CaseRepository(session_.database()).list(status, onlyAssignedTo),
                                 [](const std::vector<db::CaseRecord>& cases) {
                                     return AuditEvent{"case.list", std::nullopt, {}, {{"cases", std::to_string(cases.size())}}};
                                 });
    });
}

Result<CaseFile> CaseActions::open(std::int64_t caseId) {
    CaseFile file;
    Result<db::CaseRecord> record = get(caseId);
    if (!record) return record.error();
    file.record = std::move(record).value();
    PhotoActions photos(session_);
    Result<std::vector<PhotoWithFaces>> childPhotos = photos.list(db::PhotoOwner::ofCase(caseId));
    if (!childPhotos) return childPhotos.error();
    file.photos = std::move(childPhotos).value();
    Result<std::vector<db::RelativeRecord>> relatives = db::RelativeRepository(session_.database()).listForCase(caseId);
    if (!relatives) return relatives.error();
    for (db::RelativeRecord& relative : relatives.value()) {
        Result<std::vector<PhotoWithFaces>> relativePhotos = photos.list(db::PhotoOwner::ofRelative(relative.id));
        if (!relativePhotos) return relativePhotos.error();
        file.relatives.push_back(RelativeFile{std::move(relative), std::move(relativePhotos).value()});
    }
    if (Status recorded = session_.audit({"case.open", caseId, {{"case", std::to_string(caseId)}}, {}}); !recorded) {
        return recorded.error();
    }
    return file;
}

}  // namespace reunite::workflows
