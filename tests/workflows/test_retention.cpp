// Retention through the application layer: a supervisor sets how long closed cases keep their
// photos and faces; the purge deletes those of cases closed longer than that (the case's and its
// relatives'), their stored copies unless another record uses them, and leaves the case, its
// decisions and the audit trail; each purge is in the audit trail. Reopening stops the clock.
#include <algorithm>
#include <chrono>
#include <filesystem>

#include <catch2/catch.hpp>

#include "ActionWorld.h"
#include "TestData.h"
#include "db/repositories/AuditLogRepository.h"
#include "db/repositories/CaseClosureRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "workflows/audit/AuditTrail.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/relatives/RelativeActions.h"
#include "workflows/retention/RetentionActions.h"

using namespace reunite;
using reunite::test::ActionWorld;
using reunite::test::sharedEngine;
using reunite::test::testAccount;

namespace {

db::CaseRecord caseNumbered(const std::string& number) {
    db::CaseRecord record;
    record.caseNumber = number;
    record.givenNames = "Lin";
    return record;
}

db::PhotoRecord attach(ActionWorld& world, const db::PhotoOwner& owner, const std::string& sample) {
    PhotoToAttach request;
    request.file = test::samplePhoto(sample);
    request.owner = owner;
    Result<AttachedPhoto> attached = workflows::PhotoActions(world.session()).attach(request);
    INFO((attached ? std::string() : attached.error().message));
    REQUIRE(attached.ok());
    return attached.value().photo;
}

db::CaseRecord withStatus(ActionWorld& world, db::CaseRecord record, db::CaseStatus status) {
    record.status = status;
    Result<db::CaseRecord> updated = workflows::CaseActions(world.session()).update(record);
    REQUIRE(updated.ok());
    return updated.value();
}

int entriesOf(ActionWorld& world, const std::string& action) {
    const std::vector<db::AuditEntryRecord> entries = db::AuditLogRepository(world.database()).all().value();
    return static_cast<int>(
        std::count_if(entries.begin(), entries.end(), [&](const db::AuditEntryRecord& entry) { return entry.action == action; }));
}

}  // namespace

TEST_CASE("closed cases keep their photos for the retention period, then are purged and logged", "[retention][privacy]") {
    ActionWorld world{"Sam", Role::Supervisor};
    workflows::CaseActions cases(world.session());
    workflows::RetentionActions retention(world.session());
    const auto now = std::chrono::system_clock::now();
    const auto later = now + std::chrono::days(31);

    db::CaseRecord closed = cases.create(caseNumbered("R-1")).value();
    const db::PhotoRecord childPhoto = attach(world, db::PhotoOwner::ofCase(closed.id), "messi5.jpg");
    db::RelativeRecord mother;
    mother.caseId = closed.id;
    mother.relation = db::Relation::Mother;
    mother.givenNames = "Mu";
    const db::RelativeRecord relative = workflows::RelativeActions(world.session()).add(mother).value();
    const db::PhotoRecord motherPhoto = attach(world, db::PhotoOwner::ofRelative(relative.id), "faceapi-sample6.jpg");
    const db::CaseRecord open = cases.create(caseNumbered("R-2")).value();
    attach(world, db::PhotoOwner::ofCase(open.id), "messi5.jpg");  // the same file in a case still open

    CHECK(retention.due(later).value().empty());  // no period set: nothing is ever due
    REQUIRE(retention.setPolicy(30).value().purgeAfterDays == std::optional<int>(30));
    closed = withStatus(world, closed, db::CaseStatus::Closed);
    CHECK(retention.due(now).value().empty());  // closed just now

    const std::vector<workflows::RetentionCase> due = retention.due(later).value();
    REQUIRE(due.size() == 1);
    CHECK(due.front().caseNumber == "R-1");
    CHECK(due.front().photos == 2);
    CHECK(due.front().faces >= 2);

    const std::vector<workflows::RetentionCase> purged = retention.purge(later).value();
    REQUIRE(purged.size() == 1);
    db::PhotoRepository photos(world.database());
    CHECK(photos.listByOwner(db::PhotoOwner::ofCase(closed.id)).value().empty());
    CHECK(photos.listByOwner(db::PhotoOwner::ofRelative(relative.id)).value().empty());
    CHECK(db::FaceRepository(world.database()).listByOwner(db::PhotoOwner::ofCase(closed.id)).value().empty());
    CHECK(photos.listByOwner(db::PhotoOwner::ofCase(open.id)).value().size() == 1);
    CHECK(std::filesystem::exists(childPhoto.storedPath));  // still used by the open case
    CHECK_FALSE(std::filesystem::exists(motherPhoto.storedPath));
    CHECK(cases.get(closed.id).ok());  // the case record stays
    const auto closure = db::CaseClosureRepository(world.database()).get(closed.id).value();
    REQUIRE(closure.has_value());
    CHECK(closure->purgedBy == std::optional<std::string>("Sam"));
    CHECK(entriesOf(world, "retention.purge") == 1);
    CHECK(entriesOf(world, "retention.set") == 1);
    CHECK(workflows::verifyAuditTrail(world.database()).value().intact());
    CHECK(retention.due(later).value().empty());  // purged once
}

TEST_CASE("reopening a case stops its retention clock", "[retention]") {
    ActionWorld world{"Sam", Role::Supervisor};
    workflows::RetentionActions retention(world.session());
    REQUIRE(retention.setPolicy(1).ok());
    db::CaseRecord record = workflows::CaseActions(world.session()).create(caseNumbered("R-3")).value();
    record = withStatus(world, record, db::CaseStatus::Found);
    const auto later = std::chrono::system_clock::now() + std::chrono::days(3);
    CHECK(retention.due(later).value().size() == 1);
    withStatus(world, record, db::CaseStatus::Open);
    CHECK(retention.due(later).value().empty());
    CHECK_FALSE(db::CaseClosureRepository(world.database()).get(record.id).value().has_value());
}

TEST_CASE("only supervisors set the retention period and purge", "[retention][access]") {
    ActionWorld world{"Sam", Role::Supervisor};
    workflows::Session analyst{world.database(), testAccount(world.database(), "Ana", Role::Analyst).value(), sharedEngine()};
    CHECK(workflows::RetentionActions(analyst).policy().error().code == ErrorCode::AccessDenied);
    CHECK(workflows::RetentionActions(analyst).setPolicy(5).error().code == ErrorCode::AccessDenied);
    CHECK(workflows::RetentionActions(analyst).purge().error().code == ErrorCode::AccessDenied);
    CHECK(workflows::RetentionActions(world.session()).setPolicy(0).error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(workflows::RetentionActions(world.session()).policy().value().purgeAfterDays.has_value());
}
