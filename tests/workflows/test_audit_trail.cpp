// The audit trail: what the actions append, the hash chain, and tampering with the stored trail
// (edited, deleted, inserted, reordered and truncated entries), each found with the first bad
// entry named. Review decisions cannot be deleted, and one removed around the schema shows in
// `check`.
#include <sqlite3.h>

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "ActionWorld.h"
#include "TestPassword.h"
#include "db/repositories/AuditLogRepository.h"
#include "db/repositories/CandidateRepository.h"
#include "workflows/accounts/AccountActions.h"
#include "workflows/accounts/SignIn.h"
#include "workflows/audit/AuditActions.h"
#include "workflows/audit/AuditTrail.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/maintenance/MaintenanceActions.h"
#include "workflows/review/ReviewActions.h"

using namespace reunite;
using reunite::test::ActionWorld;
using reunite::test::sharedEngine;

namespace {

// A world whose trail holds a few entries: a case created, opened and listed, an account made,
// a sign-in and a refused one.
struct AuditedWorld {
    ActionWorld world{"Sam", Role::Supervisor};

    AuditedWorld() {
        db::CaseRecord record;
        record.caseNumber = "T-1";
        const std::int64_t caseId = workflows::CaseActions(world.session()).create(record).value().id;
        REQUIRE(workflows::CaseActions(world.session()).open(caseId).ok());
        REQUIRE(workflows::CaseActions(world.session()).list().ok());
        REQUIRE(workflows::AccountActions(world.session()).create("Ana", Role::Analyst, "correct horse 11").ok());
        REQUIRE(workflows::signIn(world.database(), "Ana", "correct horse 11").ok());
        REQUIRE_FALSE(workflows::signIn(world.database(), "Ana", "wrong horse").ok());
    }
    std::vector<db::AuditEntryRecord> entries() { return db::AuditLogRepository(world.database()).all().value(); }
    workflows::AuditVerification verify() { return workflows::verifyAuditTrail(world.database()).value(); }
    // What someone with the file and an SQLite tool can do: drop the guards, then change rows.
    void tamper(const std::string& sql) {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(world.folder().file("actions.db").c_str(), &raw) == SQLITE_OK);
        char* message = nullptr;
        const int rc = sqlite3_exec(raw, ("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; " + sql).c_str(),
                                    nullptr, nullptr, &message);
        INFO((message ? message : ""));
        sqlite3_free(message);
        sqlite3_close(raw);
        REQUIRE(rc == SQLITE_OK);
    }
};

bool hasAction(const std::vector<db::AuditEntryRecord>& entries, const std::string& action, const std::string& account) {
    for (const db::AuditEntryRecord& entry : entries) {
        if (entry.action == action && entry.accountName == account) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("actions on personal data append to the audit trail with the account", "[audit]") {
    AuditedWorld audited;
    const std::vector<db::AuditEntryRecord> entries = audited.entries();
    CHECK(hasAction(entries, "case.create", "Sam"));
    CHECK(hasAction(entries, "case.open", "Sam"));
    CHECK(hasAction(entries, "case.list", "Sam"));
    CHECK(hasAction(entries, "account.create", "Sam"));
    CHECK(hasAction(entries, "sign-in", "Ana"));
    CHECK(hasAction(entries, "sign-in.refused", "Ana"));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        CHECK(entries[i].id == static_cast<std::int64_t>(i + 1));
        CHECK(entries[i].entryHash == workflows::auditEntryHash(entries[i]));
        CHECK(entries[i].previousHash == (i == 0 ? workflows::kAuditGenesisHash : entries[i - 1].entryHash));
    }
    const workflows::AuditVerification intact = audited.verify();
    CHECK(intact.intact());
    CHECK(intact.entries == static_cast<std::int64_t>(entries.size()));
    CHECK(intact.headHash == entries.back().entryHash);
}

TEST_CASE("changing one's own password is recorded as such and never as a sign-in", "[audit][sign-in]") {
    ActionWorld world{"Ana", Role::Analyst};
    workflows::AccountActions accounts(world.session());
    db::AuditLogRepository log(world.database());
    auto count = [&](const std::string& action) {
        const std::vector<db::AuditEntryRecord> entries = log.all().value();
        return std::count_if(entries.begin(), entries.end(), [&](const db::AuditEntryRecord& entry) { return entry.action == action; });
    };
    const int signInsBefore = count("sign-in");

    const Status wrong = accounts.changeOwnPassword("not my password", "a new password 2");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::AccessDenied);
    CHECK(count("account.own-password.refused") == 1);
    CHECK(count("sign-in.refused") == 0);

    REQUIRE(accounts.changeOwnPassword(test::kTestPassword, "a new password 2").ok());
    CHECK(count("account.own-password") == 1);
    CHECK(count("sign-in") == signInsBefore);
    CHECK(workflows::signIn(world.database(), "Ana", "a new password 2").ok());
    CHECK_FALSE(workflows::signIn(world.database(), "Ana", test::kTestPassword).ok());
    CHECK(workflows::verifyAuditTrail(world.database()).value().intact());
}

TEST_CASE("the schema refuses edits and deletions of audit entries", "[audit]") {
    AuditedWorld audited;
    CHECK_FALSE(audited.world.database().execute("UPDATE audit_log SET action = 'nothing' WHERE id = 1").ok());
    CHECK_FALSE(audited.world.database().execute("DELETE FROM audit_log WHERE id = 1").ok());
    CHECK(audited.verify().intact());
}

TEST_CASE("an edited entry is named", "[audit][tamper]") {
    AuditedWorld audited;
    audited.tamper("UPDATE audit_log SET account_name = 'Bo' WHERE id = 3;");
    const workflows::AuditVerification found = audited.verify();
    REQUIRE_FALSE(found.intact());
    CHECK(*found.firstBadEntry == 3);
    CHECK(found.problem.find("changed") != std::string::npos);
}

TEST_CASE("a deleted entry is named", "[audit][tamper]") {
    AuditedWorld audited;
    audited.tamper("DELETE FROM audit_log WHERE id = 2;");
    const workflows::AuditVerification found = audited.verify();
    REQUIRE_FALSE(found.intact());
    CHECK(*found.firstBadEntry == 2);
    CHECK(found.problem.find("missing") != std::string::npos);
}

TEST_CASE("an inserted entry is named even with a well-formed hash", "[audit][tamper]") {
    AuditedWorld audited;
    const db::AuditEntryRecord last = audited.entries().back();
    db::AuditEntryRecord forged;
    forged.id = last.id + 1;
    forged.at = last.at;
    forged.accountName = "Ana";
    forged.action = "case.open";
    forged.objects = "{}";
    forged.parameters = "{}";
    forged.previousHash = last.entryHash;
    forged.entryHash = workflows::auditEntryHash(forged);
    audited.tamper("INSERT INTO audit_log (id, at, account_id, account_name, action, case_id, objects, parameters, previous_hash, entry_hash) "
                   "VALUES (" + std::to_string(forged.id) + ", '" + forged.at + "', NULL, 'Ana', 'case.open', NULL, '{}', '{}', '" +
                   forged.previousHash + "', '" + forged.entryHash + "');");
    const workflows::AuditVerification found = audited.verify();
    REQUIRE_FALSE(found.intact());
    CHECK(*found.firstBadEntry == forged.id);

    AuditedWorld middle;
    middle.tamper("UPDATE audit_log SET id = id + 100 WHERE id >= 3; UPDATE audit_log SET id = id - 99 WHERE id >= 103; "
                  "INSERT INTO audit_log (id, at, account_id, account_name, action, case_id, objects, parameters, previous_hash, entry_hash) "
                  "VALUES (3, '2026-01-01T00:00:00.000Z', NULL, 'Mallory', 'case.open', NULL, '{}', '{}', '" + std::string(64, 'a') + "', '" +
                  std::string(64, 'b') + "');");
    const workflows::AuditVerification inserted = middle.verify();
    REQUIRE_FALSE(inserted.intact());
    CHECK(*inserted.firstBadEntry == 3);
}

TEST_CASE("reordered entries are named", "[audit][tamper]") {
    AuditedWorld audited;
    audited.tamper("UPDATE audit_log SET id = 1000 WHERE id = 2; UPDATE audit_log SET id = 2 WHERE id = 4; "
                   "UPDATE audit_log SET id = 4 WHERE id = 1000;");
    const workflows::AuditVerification found = audited.verify();
    REQUIRE_FALSE(found.intact());
    CHECK(*found.firstBadEntry == 2);
}

TEST_CASE("a truncated trail is named by the first missing entry", "[audit][tamper]") {
    AuditedWorld audited;
    const std::int64_t total = static_cast<std::int64_t>(audited.entries().size());
    REQUIRE(total >= 5);
    audited.tamper("DELETE FROM audit_log WHERE id >= 5;");
    const workflows::AuditVerification found = audited.verify();
    REQUIRE_FALSE(found.intact());
    CHECK(*found.firstBadEntry == 5);
    CHECK(found.problem.find("removed") != std::string::npos);
}

TEST_CASE("a head printed earlier catches a trail rewritten whole", "[audit][tamper]") {
    AuditedWorld audited;
    const db::AuditEntryRecord third = audited.entries()[2];
    CHECK(workflows::verifyAuditTrail(audited.world.database(), std::pair{third.id, third.entryHash}).value().intact());
    CHECK_FALSE(workflows::verifyAuditTrail(audited.world.database(), std::pair{third.id, std::string(64, 'c')}).value().intact());
}

TEST_CASE("only supervisors read and verify the trail", "[audit][access]") {
    AuditedWorld audited;
    workflows::Session ana(audited.world.database(), test::testAccount(audited.world.database(), "Ana", Role::Analyst).value(), sharedEngine());
    CHECK(workflows::AuditActions(ana).list({}).error().code == ErrorCode::AccessDenied);
    CHECK(workflows::AuditActions(ana).verify().error().code == ErrorCode::AccessDenied);
    workflows::AuditActions supervisor(audited.world.session());
    db::AuditFilter onlyAna;
    onlyAna.accountName = "ana";
    const std::vector<db::AuditEntryRecord> listed = supervisor.list(onlyAna).value();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].action == "sign-in");
    CHECK(supervisor.verify().value().intact());
}

TEST_CASE("review decisions cannot be deleted and check finds one removed around the schema", "[audit][review]") {
    ActionWorld world{"Sam", Role::Supervisor};
    db::CaseRecord record;
    record.caseNumber = "R-9";
    const std::int64_t caseId = workflows::CaseActions(world.session()).create(record).value().id;
    db::CandidateRecord candidate;
    candidate.externalRef = "NDB-1";
    const std::int64_t candidateId = db::CandidateRepository(world.database()).create(candidate, "Sam").value().id;
    db::ReviewDecisionRecord decision;
    decision.caseId = caseId;
    decision.candidateId = candidateId;
    decision.decision = db::ReviewDecision::Rejected;
    decision.note = "ears differ";
    REQUIRE(workflows::ReviewActions(world.session()).decide(decision).ok());
    REQUIRE(workflows::MaintenanceActions(world.session()).check().ok());

    CHECK_FALSE(world.database().execute("DELETE FROM review_decisions").ok());
    REQUIRE(world.database().execute("DROP TRIGGER review_decisions_no_delete; DELETE FROM review_decisions").ok());
    const Status checked = workflows::MaintenanceActions(world.session()).check();
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().message.find("review decision") != std::string::npos);
}
