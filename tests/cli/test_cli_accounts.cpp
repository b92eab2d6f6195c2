// reunite-cli accounts end to end: the first supervisor, accounts with roles, where passwords come
// from (file, standard input, never an argument), refusals (exit 9) that change nothing, and the
// role matrix of the commands.
#include <sqlite3.h>

#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TestData.h"

using reunite::test::CliRun;
using reunite::test::cliPasswordFile;
using reunite::test::runCli;
using reunite::test::runCliSignedIn;
using reunite::test::TempFolder;

namespace {

namespace fs = std::filesystem;

constexpr int kOk = 0, kUsage = 2, kDenied = 9;

nlohmann::json jsonOf(const CliRun& run) {
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    REQUIRE(nlohmann::json::accept(run.out));
    return nlohmann::json::parse(run.out);
}

// A database with the supervisor "Sam", the analysts "Ana" and "Bo" and the volunteer "Vic",
// every one with the test password.
struct Unit {
    TempFolder folder{"reunite-cli-accounts"};
    std::string db = folder.file("unit.db").string();

    Unit() {
        REQUIRE(as("Sam", {"case", "list"}).exitCode == kOk);  // makes Sam the first supervisor
        for (const auto& [name, role] : {std::pair{"Ana", "analyst"}, {"Bo", "analyst"}, {"Vic", "volunteer"}}) {
            REQUIRE(as("Sam", {"account", "create", name, "--role", role, "--new-password-file", cliPasswordFile().string()})
                        .exitCode == kOk);
        }
    }
    CliRun as(const std::string& user, std::vector<std::string> arguments) const {
        arguments.insert(arguments.end(), {"--db", db});
        return runCliSignedIn(arguments, user);
    }
};

}  // namespace

TEST_CASE("account init makes the first supervisor once", "[cli][accounts]") {
    TempFolder folder("reunite-cli-init");
    const std::string db = folder.file("new.db").string();
    const std::map<std::string, std::string> env{{"REUNITE_USER", "Sam"}};
    const CliRun without = runCli({"case", "list", "--db", db}, env, "whatever\n");
    CHECK(without.exitCode == kDenied);
    CHECK(without.err.find("account init") != std::string::npos);

    const CliRun init = runCli({"account", "init", "--db", db}, env, "a long password\n");
    REQUIRE(init.exitCode == kOk);
    CHECK(jsonOf(init)["role"] == "supervisor");
    CHECK(runCli({"account", "init", "--db", db, "--user", "Mallory"}, env, "another password\n").exitCode == kDenied);
    CHECK(runCli({"case", "list", "--db", db}, env, "a long password\n").exitCode == kOk);  // password on standard input
}

TEST_CASE("a wrong password or an unknown name is refused and stores nothing", "[cli][accounts]") {
    Unit unit;
    const CliRun wrong = runCli({"case", "create", "--db", unit.db, "--number", "X-1"}, {{"REUNITE_USER", "Ana"}}, "not it\n");
    CHECK(wrong.exitCode == kDenied);
    CHECK(wrong.err.find("wrong password") != std::string::npos);
    // A typed name is no longer taken as who acted: it must be an account.
    CHECK(runCliSignedIn({"case", "create", "--db", unit.db, "--number", "X-2"}, "Chief Inspector Smith").exitCode == kDenied);
    CHECK(jsonOf(unit.as("Sam", {"case", "list"})).empty());
}

TEST_CASE("a password is never taken from an argument", "[cli][accounts]") {
    Unit unit;
    const CliRun refused = runCli({"case", "list", "--db", unit.db, "--password", reunite::test::kTestPassword}, {{"REUNITE_USER", "Sam"}});
    CHECK(refused.exitCode == kUsage);
}

TEST_CASE("repeated wrong passwords lock an account until a supervisor unlocks it", "[cli][accounts]") {
    Unit unit;
    for (int attempt = 0; attempt < 5; ++attempt) {
        CHECK(runCli({"case", "list", "--db", unit.db}, {{"REUNITE_USER", "Bo"}}, "guess " + std::to_string(attempt) + "\n").exitCode ==
              kDenied);
    }
    const CliRun locked = unit.as("Bo", {"case", "list"});
    CHECK(locked.exitCode == kDenied);
    CHECK(locked.err.find("locked until") != std::string::npos);
    CHECK(unit.as("Ana", {"account", "unlock", "Bo"}).exitCode == kDenied);
    REQUIRE(unit.as("Sam", {"account", "unlock", "Bo"}).exitCode == kOk);
    CHECK(unit.as("Bo", {"case", "list"}).exitCode == kOk);
}

TEST_CASE("the role matrix of the commands", "[cli][accounts]") {
    Unit unit;
    // Analysts work their own cases.
    REQUIRE(unit.as("Ana", {"case", "create", "--number", "A-1"}).exitCode == kOk);
    REQUIRE(unit.as("Sam", {"case", "create", "--number", "S-1"}).exitCode == kOk);
    CHECK(jsonOf(unit.as("Ana", {"case", "list"})).size() == 1);
    CHECK(jsonOf(unit.as("Bo", {"case", "list"})).empty());
    CHECK(jsonOf(unit.as("Sam", {"case", "list"})).size() == 2);
    CHECK(unit.as("Bo", {"case", "show", "--case", "A-1"}).exitCode == kDenied);
    CHECK(unit.as("Bo", {"case", "edit", "--case", "A-1", "--last-seen-place", "pier"}).exitCode == kDenied);
    CHECK(unit.as("Bo", {"review", "--case", "A-1", "--candidate", "1", "--history"}).exitCode == kDenied);
    CHECK(unit.as("Bo", {"dna", "status", "--case", "A-1"}).exitCode == kDenied);
    CHECK(unit.as("Ana", {"case", "assign", "--case", "S-1", "--to", "Ana"}).exitCode == kDenied);
    REQUIRE(unit.as("Sam", {"case", "assign", "--case", "S-1", "--to", "Bo"}).exitCode == kOk);
    CHECK(unit.as("Bo", {"case", "show", "--case", "S-1"}).exitCode == kOk);

    // Volunteers see no case; maintenance and accounts are the supervisor's.
    CHECK(unit.as("Vic", {"case", "list"}).exitCode == kDenied);
    CHECK(unit.as("Vic", {"case", "create", "--number", "V-1"}).exitCode == kDenied);
    CHECK(unit.as("Ana", {"check"}).exitCode == kDenied);
    CHECK(unit.as("Ana", {"backup", unit.folder.file("copy.db").string()}).exitCode == kDenied);
    CHECK_FALSE(fs::exists(unit.folder.file("copy.db")));
    CHECK(unit.as("Ana", {"account", "list"}).exitCode == kDenied);
    CHECK(unit.as("Vic", {"account", "create", "Eve", "--role", "supervisor", "--new-password-file", cliPasswordFile().string()})
              .exitCode == kDenied);
    const nlohmann::json accounts = jsonOf(unit.as("Sam", {"account", "list"}));
    REQUIRE(accounts.size() == 4);
    for (const nlohmann::json& account : accounts) CHECK_FALSE(account.dump().find("argon2") != std::string::npos);
}

TEST_CASE("a volunteer imports and sees only their own import reports", "[cli][accounts][engine]") {
    Unit unit;
    const fs::path gallery = unit.folder.file("gallery");
    fs::create_directories(gallery);
    fs::copy_file(reunite::test::samplePhoto("messi5.jpg"), gallery / "messi5.jpg");
    REQUIRE(unit.as("Vic", {"import", "--quiet", gallery.string()}).exitCode == kOk);
    CHECK(unit.as("Vic", {"search", "--case", "A-1"}).exitCode == kDenied);
}

TEST_CASE("audit show and verify through the CLI", "[cli][audit]") {
    Unit unit;
    REQUIRE(unit.as("Ana", {"case", "create", "--number", "A-7"}).exitCode == kOk);
    REQUIRE(unit.as("Ana", {"case", "show", "--case", "A-7"}).exitCode == kOk);
    CHECK(unit.as("Ana", {"audit", "show"}).exitCode == kDenied);
    CHECK(unit.as("Ana", {"audit", "verify"}).exitCode == kDenied);

    const nlohmann::json anas = jsonOf(unit.as("Sam", {"audit", "show", "--account", "Ana", "--case", "A-7"}));
    std::vector<std::string> actions;
    for (const nlohmann::json& entry : anas) actions.push_back(entry["action"]);
    CHECK(actions == std::vector<std::string>{"case.create", "case.open"});
    const nlohmann::json verified = jsonOf(unit.as("Sam", {"audit", "verify"}));
    CHECK(verified["intact"] == true);
    const std::string head = std::to_string(anas.back()["entry"].get<std::int64_t>()) + ":" + anas.back()["hash"].get<std::string>();
    CHECK(unit.as("Sam", {"audit", "verify", "--expect-head", head}).exitCode == kOk);
    CHECK(unit.as("Sam", {"audit", "verify", "--expect-head", "not-a-head"}).exitCode == kUsage);

    // Someone with an SQLite tool removes Ana's look at the case: verify names the entry, exit 7.
    const std::int64_t opened = anas.back()["entry"].get<std::int64_t>();
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(unit.db.c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, ("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = " + std::to_string(opened)).c_str(), nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    const CliRun broken = unit.as("Sam", {"audit", "verify"});
    CHECK(broken.exitCode == 7);
    CHECK(jsonOf(broken)["first_bad_entry"] == opened);
    CHECK(broken.err.find("entry " + std::to_string(opened)) != std::string::npos);
    CHECK(unit.as("Sam", {"check"}).exitCode == 7);
}

TEST_CASE("retention through the CLI: supervisors set the period and purge", "[cli][retention]") {
    Unit unit;
    CHECK(unit.as("Ana", {"retention", "set", "--days", "30"}).exitCode == kDenied);
    CHECK(unit.as("Sam", {"retention", "set", "--days", "0"}).exitCode == kUsage);
    CHECK(unit.as("Sam", {"retention", "set"}).exitCode == kUsage);
    CHECK(unit.as("Sam", {"retention", "set", "--days", "5", "--keep"}).exitCode == kUsage);
    CHECK(unit.as("Sam", {"retention", "sweep"}).exitCode == kUsage);
    const nlohmann::json set = jsonOf(unit.as("Sam", {"retention", "set", "--days", "30"}));
    CHECK(set["purge_after_days"] == 30);
    CHECK(set["changed_by"] == "Sam");

    REQUIRE(unit.as("Sam", {"case", "create", "--number", "C-9"}).exitCode == kOk);
    const nlohmann::json shown = jsonOf(unit.as("Sam", {"retention", "show"}));
    CHECK(shown["purge_after_days"] == 30);
    CHECK(shown["due"].empty());
    const nlohmann::json dry = jsonOf(unit.as("Sam", {"retention", "purge", "--dry-run"}));
    CHECK(dry["dry_run"] == true);
    CHECK(dry["cases"].empty());
    CHECK(jsonOf(unit.as("Sam", {"retention", "set", "--keep"}))["purge_after_days"].is_null());
    const nlohmann::json trail = jsonOf(unit.as("Sam", {"audit", "show", "--account", "Sam"}));
    int settings = 0;
    for (const nlohmann::json& entry : trail) settings += entry["action"] == "retention.set";
    CHECK(settings == 2);
}
