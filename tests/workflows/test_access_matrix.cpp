// Who may do what, through the application layer: every role against the actions of cases,
// search, review, DNA, gallery, imports, maintenance and accounts; analysts only on the cases
// assigned to them; volunteers only their own imports. And signing in: wrong passwords, lock-out,
// deactivation and the first supervisor.
#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "ActionWorld.h"
#include "db/repositories/AccountRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "workflows/accounts/AccountActions.h"
#include "workflows/accounts/SignIn.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/dna/DnaActions.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/maintenance/MaintenanceActions.h"
#include "workflows/relatives/RelativeActions.h"
#include "workflows/review/ReviewActions.h"
#include "workflows/search/CaseSearchActions.h"

using namespace reunite;
using reunite::test::ActionWorld;
using reunite::test::sharedEngine;
using reunite::test::TempFolder;
using reunite::test::testAccount;

namespace {

// One database with a supervisor, two analysts and a volunteer, each with its own Session; the
// case "A-1" is assigned to analyst Ana, "U-1" to nobody.
struct Unit {
    ActionWorld world{"Sam", Role::Supervisor};
    workflows::Session ana{world.database(), testAccount(world.database(), "Ana", Role::Analyst).value(), sharedEngine()};
    workflows::Session bo{world.database(), testAccount(world.database(), "Bo", Role::Analyst).value(), sharedEngine()};
    workflows::Session vic{world.database(), testAccount(world.database(), "Vic", Role::Volunteer).value(), sharedEngine()};
    db::CaseRecord anasCase;
    db::CaseRecord unassigned;

    Unit() {
        anasCase = workflows::CaseActions(ana).create(caseNumbered("A-1")).value();
        unassigned = workflows::CaseActions(world.session()).create(caseNumbered("U-1")).value();
    }
    static db::CaseRecord caseNumbered(const std::string& number) {
        db::CaseRecord record;
        record.caseNumber = number;
        return record;
    }
};

template <typename T>
bool denied(const Result<T>& result) {
    return !result.ok() && result.error().code == ErrorCode::AccessDenied;
}

}  // namespace

TEST_CASE("a case an analyst creates is theirs and only theirs", "[access]") {
    Unit unit;
    CHECK(unit.anasCase.assignedTo == unit.ana.actor().accountId);
    CHECK_FALSE(unit.unassigned.assignedTo.has_value());
    workflows::CaseActions ana(unit.ana), bo(unit.bo), sam(unit.world.session());

    REQUIRE(ana.list().value().size() == 1);
    CHECK(bo.list().value().empty());
    CHECK(sam.list().value().size() == 2);

    CHECK(ana.get(unit.anasCase.id).ok());
    CHECK(denied(bo.get(unit.anasCase.id)));
    CHECK(denied(ana.get(unit.unassigned.id)));
    CHECK(denied(bo.findByNumber("A-1")));
    CHECK(denied(bo.open(unit.anasCase.id)));
    db::CaseRecord edited = unit.anasCase;
    edited.lastSeenPlace = "harbour";
    CHECK(ana.update(edited).ok());
    CHECK(denied(bo.update(edited)));
    CHECK(denied(ana.assign(unit.anasCase.id, unit.bo.actor().accountId)));

    REQUIRE(sam.assign(unit.anasCase.id, unit.bo.actor().accountId).ok());
    CHECK(bo.get(unit.anasCase.id).ok());
    CHECK(denied(ana.get(unit.anasCase.id)));
}

TEST_CASE("an analyst reaches no data of a case not assigned to them", "[access]") {
    Unit unit;
    const std::int64_t other = unit.unassigned.id;
    db::RelativeRecord mother;
    mother.caseId = other;
    mother.relation = db::Relation::Mother;
    CHECK(denied(workflows::RelativeActions(unit.ana).add(mother)));
    CHECK(denied(workflows::RelativeActions(unit.ana).list(other)));
    CHECK(denied(workflows::ReviewActions(unit.ana).historyForCase(other)));
    CHECK(denied(workflows::CaseSearchActions(unit.ana).runs(other)));
    CHECK(denied(workflows::CaseSearchActions(unit.ana).search(other, {})));
    CHECK(denied(workflows::DnaActions(unit.ana).caseFile(other)));
    CHECK(workflows::RelativeActions(unit.world.session()).list(other).ok());
    CHECK(workflows::DnaActions(unit.ana).caseFile(unit.anasCase.id).ok());
}

TEST_CASE("the role matrix through the application layer", "[access]") {
    Unit unit;
    workflows::Session& sam = unit.world.session();
    // Volunteers: imports only, and only their own import reports.
    CHECK(denied(workflows::CaseActions(unit.vic).list()));
    CHECK(denied(workflows::CaseActions(unit.vic).create(Unit::caseNumbered("V-1"))));
    CHECK(denied(workflows::GalleryActions(unit.vic).candidates()));
    CHECK(denied(workflows::CaseSearchActions(unit.vic).search(unit.unassigned.id, {})));
    db::ImportRunRepository runs(unit.world.database());
    const std::int64_t vicsRun = runs.start("/flyers/vic", "Vic").value().id;
    const std::int64_t anasRun = runs.start("/gallery/ana", "Ana").value().id;
    const std::vector<db::ImportRunRecord> seen = workflows::GalleryActions(unit.vic).importRuns().value();
    REQUIRE(seen.size() == 1);
    CHECK(seen.front().id == vicsRun);
    CHECK(denied(workflows::GalleryActions(unit.vic).importRun(anasRun)));
    CHECK(denied(workflows::GalleryActions(unit.vic).importErrors(anasRun)));
    CHECK(workflows::GalleryActions(unit.ana).importRuns().value().size() == 2);

    // Analysts: the gallery, but no DNA conclusions, maintenance, assignments or accounts.
    CHECK(workflows::GalleryActions(unit.ana).candidates().ok());
    workflows::DnaClosingInput closing;
    closing.requestId = 1;
    closing.note = "confirmed";
    CHECK(denied(workflows::DnaActions(unit.ana).close(closing)));
    CHECK_FALSE(denied(workflows::DnaActions(sam).close(closing)));  // allowed; fails for the missing request
    CHECK(denied(workflows::MaintenanceActions(unit.ana).check()));
    CHECK(workflows::MaintenanceActions(sam).check().ok());
    CHECK(denied(workflows::AccountActions(unit.ana).list()));
    CHECK(denied(workflows::AccountActions(unit.vic).create("Eve", Role::Supervisor, "a long password")));
    CHECK(workflows::AccountActions(sam).list().value().size() == 4);
}

TEST_CASE("a volunteer's import list holds its own newest runs however many others imported since", "[access]") {
    Unit unit;
    db::ImportRunRepository runs(unit.world.database());
    const std::int64_t vicsRun = runs.start("/flyers/vic", "Vic").value().id;
    for (int i = 0; i < 5; ++i) REQUIRE(runs.start("/gallery/ana-" + std::to_string(i), "Ana").ok());
    const std::vector<db::ImportRunRecord> seen = workflows::GalleryActions(unit.vic).importRuns(3).value();
    REQUIRE(seen.size() == 1);  // filtered after the limit, the three newest runs were Ana's: none shown
    CHECK(seen.front().id == vicsRun);
    CHECK(workflows::GalleryActions(unit.ana).importRuns(3).value().size() == 3);
}

TEST_CASE("nobody signed in may do nothing", "[access]") {
    ActionWorld world;
    workflows::Session nobody(world.database(), workflows::Actor{}, sharedEngine());
    CHECK(denied(workflows::CaseActions(nobody).list()));
    CHECK(denied(workflows::GalleryActions(nobody).importRuns()));
    workflows::Session typedName(world.database(), workflows::Actor{0, "Chief Inspector Smith", Role::Supervisor}, sharedEngine());
    CHECK(denied(workflows::CaseActions(typedName).list()));
}

TEST_CASE("signing in: wrong passwords lock the account and a supervisor unlocks it", "[access][sign-in]") {
    ActionWorld world{"Sam", Role::Supervisor};
    workflows::AccountActions accounts(world.session());
    REQUIRE(accounts.create("Ana", Role::Analyst, "correct horse 11").ok());
    db::Database& database = world.database();
    const workflows::SignInPolicy policy{3, std::chrono::seconds(60)};

    const Result<workflows::Actor> signedIn = workflows::signIn(database, "ANA", "correct horse 11", policy);
    REQUIRE(signedIn.ok());
    CHECK(signedIn.value().name == "Ana");
    CHECK(signedIn.value().role == Role::Analyst);

    const Result<workflows::Actor> unknown = workflows::signIn(database, "Nobody", "correct horse 11", policy);
    const Result<workflows::Actor> wrong = workflows::signIn(database, "Ana", "wrong horse 11", policy);
    REQUIRE(denied(unknown));
    REQUIRE(denied(wrong));
    CHECK(unknown.error().message == wrong.error().message);  // a refusal does not tell who exists

    CHECK(denied(workflows::signIn(database, "Ana", "wrong horse 12", policy)));
    const Result<workflows::Actor> third = workflows::signIn(database, "Ana", "wrong horse 13", policy);
    REQUIRE(denied(third));
    CHECK(third.error().message.find("locked") != std::string::npos);
    const Result<workflows::Actor> locked = workflows::signIn(database, "Ana", "correct horse 11", policy);
    REQUIRE(denied(locked));
    CHECK(locked.error().message.find("locked until") != std::string::npos);

    REQUIRE(accounts.unlock("Ana").ok());
    CHECK(workflows::signIn(database, "Ana", "correct horse 11", policy).ok());
    REQUIRE(accounts.setActive("Ana", false).ok());
    CHECK(denied(workflows::signIn(database, "Ana", "correct horse 11", policy)));
}

TEST_CASE("a lock ends after its time", "[access][sign-in]") {
    ActionWorld world{"Sam", Role::Supervisor};
    REQUIRE(workflows::AccountActions(world.session()).create("Ana", Role::Analyst, "correct horse 11").ok());
    const workflows::SignInPolicy policy{1, std::chrono::seconds(1)};
    REQUIRE(denied(workflows::signIn(world.database(), "Ana", "wrong", policy)));
    CHECK(denied(workflows::signIn(world.database(), "Ana", "correct horse 11", policy)));
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    CHECK(workflows::signIn(world.database(), "Ana", "correct horse 11", policy).ok());
}

TEST_CASE("the first supervisor is made once and passwords follow the rules", "[access][sign-in]") {
    ActionWorld world;  // holds the account "test-analyst" already
    CHECK(denied(workflows::createFirstSupervisor(world.database(), "Mallory", "a long password")));
    TempFolder folder("reunite-first-supervisor");
    auto fresh = db::Database::open(folder.file("fresh.db"));
    REQUIRE(fresh.ok());
    CHECK_FALSE(workflows::hasAccounts(*fresh.value()).value());
    const Result<workflows::Actor> tooShort = workflows::createFirstSupervisor(*fresh.value(), "Sam", "short");
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == ErrorCode::InvalidArgument);
    const Result<workflows::Actor> first = workflows::createFirstSupervisor(*fresh.value(), "Sam", "a long password");
    REQUIRE(first.ok());
    CHECK(first.value().role == Role::Supervisor);
    CHECK(workflows::hasAccounts(*fresh.value()).value());
    const db::AccountRecord stored = db::AccountRepository(*fresh.value()).get(first.value().accountId).value();
    CHECK(stored.passwordHash.rfind("$argon2id$", 0) == 0);
    CHECK(stored.passwordHash.find("a long password") == std::string::npos);
    CHECK(denied(workflows::createFirstSupervisor(*fresh.value(), "Mallory", "another long one")));
}

TEST_CASE("a supervisor keeps its own role and account", "[access]") {
    ActionWorld world{"Sam", Role::Supervisor};
    workflows::AccountActions accounts(world.session());
    CHECK(accounts.setRole("Sam", Role::Analyst).error().code == ErrorCode::InvalidArgument);
    CHECK(accounts.setActive("Sam", false).error().code == ErrorCode::InvalidArgument);
    REQUIRE(accounts.create("Ana", Role::Analyst, "correct horse 11").ok());
    CHECK(accounts.setRole("Ana", Role::Supervisor).value().role == Role::Supervisor);
    CHECK(accounts.create("ana", Role::Volunteer, "correct horse 12").error().code == ErrorCode::Database);
}
