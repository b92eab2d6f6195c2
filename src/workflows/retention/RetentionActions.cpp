#include "workflows/retention/RetentionActions.h"

#include "db/repositories/CaseClosureRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "db/repositories/RetentionPolicyRepository.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Transaction.h"
#include "domain/IsoDateTime.h"

namespace reunite::workflows {

namespace {

// The photo owners of a case: the case itself and each of its relatives.
Result<std::vector<db::PhotoOwner>> ownersOfCase(db::Database& database, std::int64_t caseId) {
    Result<std::vector<db::RelativeRecord>> relatives = db::RelativeRepository(database).listForCase(caseId);
    if (!relatives) return relatives.error();
    std::vector<db::PhotoOwner> owners{db::PhotoOwner::ofCase(caseId)};
    for (const db::RelativeRecord& relative : relatives.value()) owners.push_back(db::PhotoOwner::ofRelative(relative.id));
    return owners;
}

Result<std::vector<db::PhotoRecord>> photosOfCase(db::Database& database, std::int64_t caseId) {
    Result<std::vector<db::PhotoOwner>> owners = ownersOfCase(database, caseId);
    if (!owners) return owners.error();
    std::vector<db::PhotoRecord> photos;
    db::PhotoRepository repository(database);
    for (const db::PhotoOwner& owner : owners.value()) {
        Result<std::vector<db::PhotoRecord>> owned = repository.listByOwner(owner);
        if (!owned) return owned.error();
        photos.insert(photos.end(), owned.value().begin(), owned.value().end());
    }
    return photos;
}

}  // namespace

Result<db::RetentionPolicyRecord> RetentionActions::policy() {
    return session_.authorized(Permission::ManageRetention, [&] { return db::RetentionPolicyRepository(session_.database()).get(); });
}

Result<db::RetentionPolicyRecord> RetentionActions::setPolicy(std::optional<int> purgeAfterDays) {
    if (Status allowed = session_.authorize(Permission::ManageRetention); !allowed) return allowed.error();
    return session_.recordedWrite(
        [&] { return db::RetentionPolicyRepository(session_.database()).set(purgeAfterDays, session_.userName()); },
        [](const db::RetentionPolicyRecord& stored) {
            const std::string period = stored.purgeAfterDays ? std::to_string(*stored.purgeAfterDays) : "keep";
            return AuditEvent{"retention.set", std::nullopt, {}, {{"purge_after_days", period}}};
        });
}

Result<std::vector<RetentionCase>> RetentionActions::due(Clock::time_point now) {
    Result<db::RetentionPolicyRecord> current = policy();
    if (!current) return current.error();
    if (!current.value().purgeAfterDays) return std::vector<RetentionCase>{};
    const auto cutoff = std::chrono::floor<std::chrono::seconds>(now) - std::chrono::days(*current.value().purgeAfterDays);
    Result<std::vector<db::CaseClosureRecord>> closed = db::CaseClosureRepository(session_.database()).dueBefore(formatUtcSeconds(cutoff));
    if (!closed) return closed.error();
    std::vector<RetentionCase> cases;
    for (const db::CaseClosureRecord& closure : closed.value()) {
        Result<RetentionCase> described = describe(closure.caseId, closure.closedAt);
        if (!described) return described.error();
        cases.push_back(std::move(described).value());
    }
    return cases;
}

Result<RetentionCase> RetentionActions::describe(std::int64_t caseId, const std::string& closedAt) {
    Result<db::CaseRecord> theCase = db::CaseRepository(session_.database()).get(caseId);
    if (!theCase) return theCase.error();
    Result<std::vector<db::PhotoRecord>> photos = photosOfCase(session_.database(), caseId);
    if (!photos) return photos.error();
    RetentionCase described{caseId, theCase.value().caseNumber, closedAt, static_cast<std::int64_t>(photos.value().size()), 0};
    db::FaceRepository faces(session_.database());
    for (const db::PhotoRecord& photo : photos.value()) {
        Result<std::vector<db::FaceRow>> found = faces.listByPhoto(photo.id);
        if (!found) return found.error();
        described.faces += static_cast<std::int64_t>(found.value().size());
    }
    return described;
}

Result<std::vector<RetentionCase>> RetentionActions::purge(Clock::time_point now) {
    Result<std::vector<RetentionCase>> cases = due(now);
    if (!cases) return cases;
    for (const RetentionCase& each : cases.value()) {
        if (Status purged = purgeCase(each); !purged) return purged.error();
    }
    return cases;
}

// One case in one transaction: its photos (faces follow by cascade), the closure marked purged,
// the audit entry; the stored copies nobody uses any more are deleted after the commit.
Status RetentionActions::purgeCase(const RetentionCase& due) {
    db::Database& database = session_.database();
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    Result<std::vector<db::PhotoRecord>> photos = photosOfCase(database, due.caseId);
    if (!photos) return photos.error();
    db::PhotoRepository repository(database);
    for (const db::PhotoRecord& photo : photos.value()) {
        if (Status removed = repository.remove(photo.id); !removed) return removed;
    }
    if (Status marked = db::CaseClosureRepository(database).markPurged(due.caseId, db::currentUtcTimestamp(), session_.userName()); !marked) {
        return marked;
    }
    if (Status logged = session_.audit({"retention.purge", due.caseId, {{"case", std::to_string(due.caseId)}},
                                        {{"closed_at", due.closedAt}, {"photos", std::to_string(due.photos)}, {"faces", std::to_string(due.faces)}}});
        !logged) {
        return logged;
    }
    if (Status committed = transaction.value().commit(); !committed) return committed;
    removeUnreferencedCopies(database, session_.photoStore(), photos.value());
    session_.changed(RecordKind::Photo, 0, due.caseId);
    return Ok{};
}

}  // namespace reunite::workflows
