// Opening, creating and migrating databases, and refusing files that must not be touched.
#include <sqlite3.h>

#include <array>
#include <set>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "DbTestSupport.h"
#include "db/schema/SchemaMigrations.h"

using namespace reunite::db::test;

namespace {

std::set<std::string> schemaObjects(Database& database, const std::string& type) {
    auto statement = valueOrFail(database.prepare(
        "SELECT name FROM sqlite_schema WHERE type = ? AND name NOT LIKE 'sqlite_%'"));
    statement.bindText(1, type);
    std::set<std::string> names;
    while (valueOrFail(statement.step())) names.insert(statement.columnText(0));
    return names;
}

std::string pragmaText(Database& database, const std::string& pragma) {
    auto statement = valueOrFail(database.prepare("PRAGMA " + pragma));
    REQUIRE(valueOrFail(statement.step()));
    return statement.columnText(0);
}

// A real Reunite database with some rows, closed again; returns its path.
std::filesystem::path createPopulatedDatabase(const TempFolder& folder, const std::string& name, int cases = 40) {
    const auto path = folder.file(name);
    auto database = openDatabase(path);
    CaseRepository repository(*database);
    for (int i = 0; i < cases; ++i) {
        CaseRecord record = sampleCase("C-" + std::to_string(i));
        record.description = std::string(600, static_cast<char>('a' + i % 26));
        valueOrFail(repository.create(record, kAnalyst));
    }
    return path;
}

// Creates a SQLite database of some other program, with the raw SQLite API.
void createForeignDatabase(const std::filesystem::path& path) {
    sqlite3* connection = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &connection) == SQLITE_OK);
    REQUIRE(sqlite3_exec(connection, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT); "
                                     "INSERT INTO recipes (title) VALUES ('bread');",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(connection);
}

// Checks that opening fails with ErrorCode::Database, mentions `expected`, and leaves the file as it was.
void requireRefusedUnchanged(const std::filesystem::path& path, const std::string& expected) {
    const std::string before = fileBytes(path);
    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Database);
    INFO("message: " << opened.error().message);
    CHECK_THAT(opened.error().message, Catch::Matchers::Contains(expected));
    CHECK(fileBytes(path) == before);
}

}  // namespace

TEST_CASE("a new database is migrated from empty to the current schema", "[db][migrations]") {
    TempFolder folder("reunite-db");
    const auto path = folder.file("reunite.db");
    REQUIRE_FALSE(std::filesystem::exists(path));

    auto database = openDatabase(path);

    CHECK(valueOrFail(database->schemaVersion()) == currentSchemaVersion());
    CHECK(currentSchemaVersion() >= 1);
    CHECK(queryInteger(*database, "PRAGMA application_id") == kReuniteApplicationId);
    CHECK(schemaObjects(*database, "table") ==
          std::set<std::string>{"accounts", "audit_head", "audit_log", "case_closures", "retention_policy", "keyring", "cases", "relatives", "candidates", "photos", "faces", "search_runs", "search_results",
                                "review_decisions", "import_runs", "import_errors", "dna_requests", "dna_samples",
                                "dna_custody_events", "str_profiles", "str_profile_loci", "str_frequency_tables",
                                "kinship_analyses", "kinship_locus_results", "dna_case_outcomes"});
    const auto indexes = schemaObjects(*database, "index");
    for (const char* index : {"faces_by_photo", "relatives_by_case", "photos_unique_per_candidate", "photos_by_sha256",
                              "review_decisions_by_case_candidate", "search_runs_by_case"}) {
        CHECK(indexes.count(index) == 1);
    }
    CHECK(schemaObjects(*database, "trigger").count("review_decisions_are_append_only") == 1);
    CHECK(pragmaText(*database, "journal_mode") == "wal");
    CHECK(queryInteger(*database, "PRAGMA foreign_keys") == 1);
    CHECK(queryInteger(*database, "PRAGMA secure_delete") == 1);
    CHECK(queryInteger(*database, "PRAGMA busy_timeout") == 5000);

    const auto permissions = std::filesystem::status(path).permissions();
    CHECK((permissions & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
          std::filesystem::perms::none);
}

TEST_CASE("a zero-byte file is initialised as a new database", "[db][migrations]") {
    TempFolder folder("reunite-db");
    const auto path = folder.write("empty.db", "");
    auto database = openDatabase(path);
    CHECK(valueOrFail(database->schemaVersion()) == currentSchemaVersion());
    CHECK(rowCount(*database, "cases") == 0);
}

TEST_CASE("reopening a database keeps its data", "[db]") {
    TempFolder folder("reunite-db");
    const auto path = folder.file("reunite.db");
    std::int64_t caseId = 0;
    {
        auto database = openDatabase(path);
        caseId = addSampleCase(*database, "2013-0042");
        addSampleCandidate(*database, "NDB-1");
    }
    auto reopened = openDatabase(path);
    CHECK(valueOrFail(reopened->schemaVersion()) == currentSchemaVersion());
    const CaseRecord stored = valueOrFail(CaseRepository(*reopened).get(caseId));
    CHECK(stored.caseNumber == "2013-0042");
    CHECK(stored.distinguishingMarks == "Small scar above left eyebrow");
    CHECK(rowCount(*reopened, "candidates") == 1);
}

TEST_CASE("migrations run in order and a failing migration changes nothing", "[db][migrations]") {
    TempFolder folder("reunite-db");
    const auto path = folder.file("custom.db");
    const std::array<Migration, 3> migrations{{
        {"notes table", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"},
        {"notes author", "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown';"},
        {"broken step", "CREATE TABLE archive (id INTEGER); INSERT INTO no_such_table VALUES (1);"},
    }};

    {
        OpenOptions options;
        options.migrations = std::span<const Migration>(migrations.data(), 1);
        auto database = openDatabase(path, options);
        CHECK(valueOrFail(database->schemaVersion()) == 1);
        requireOk(database->execute("INSERT INTO notes (text) VALUES ('first')"));
    }
    {
        OpenOptions options;
        options.migrations = std::span<const Migration>(migrations.data(), 2);
        auto database = openDatabase(path, options);
        CHECK(valueOrFail(database->schemaVersion()) == 2);
        auto note = valueOrFail(database->prepare("SELECT text, author FROM notes"));
        REQUIRE(valueOrFail(note.step()));
        CHECK(note.columnText(0) == "first");
        CHECK(note.columnText(1) == "unknown");
    }
    {
        OpenOptions options;
        options.migrations = migrations;
        const auto failed = Database::open(path, options);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == ErrorCode::Database);
        CHECK_THAT(failed.error().message, Catch::Matchers::Contains("schema version 3") &&
                                               Catch::Matchers::Contains("broken step") &&
                                               Catch::Matchers::Contains("no_such_table"));
    }
    OpenOptions options;
    options.migrations = std::span<const Migration>(migrations.data(), 2);
    auto database = openDatabase(path, options);
    CHECK(valueOrFail(database->schemaVersion()) == 2);
    CHECK(schemaObjects(*database, "table").count("archive") == 0);
    CHECK(rowCount(*database, "notes") == 1);
}

TEST_CASE("a database from a newer program is refused and left byte-for-byte unchanged", "[db][refuse]") {
    TempFolder folder("reunite-db");
    const auto path = createPopulatedDatabase(folder, "newer.db", 3);
    {
        auto database = openDatabase(path);
        requireOk(database->execute("PRAGMA user_version = " + std::to_string(currentSchemaVersion() + 1)));
    }
    const std::string expected = "database schema version " + std::to_string(currentSchemaVersion() + 1) +
                                 " is newer than this program supports (" +
                                 std::to_string(currentSchemaVersion()) + "); update Reunite";
    requireRefusedUnchanged(path, expected);
    // Also when the integrity check on open is switched off.
    OpenOptions withoutQuickCheck;
    withoutQuickCheck.quickCheckOnOpen = false;
    const std::string before = fileBytes(path);
    const auto opened = Database::open(path, withoutQuickCheck);
    REQUIRE_FALSE(opened.ok());
    CHECK_THAT(opened.error().message, Catch::Matchers::Contains(expected));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("files that are not healthy Reunite databases are refused unchanged", "[db][refuse]") {
    TempFolder folder("reunite-db");

    SECTION("a text file") {
        const auto path = folder.write("notes.db", "CREATE TABLE cases (id INTEGER);\nThis is not a database.\n");
        requireRefusedUnchanged(path, "not a SQLite file");
    }
    SECTION("a file shorter than the SQLite header") {
        const auto path = folder.write("short.db", std::string("SQLite format 3\0\x10\x00", 18));
        requireRefusedUnchanged(path, "truncated");
    }
    SECTION("a SQLite file cut off in the middle of a page") {
        const auto path = createPopulatedDatabase(folder, "cut.db");
        const std::string bytes = fileBytes(path);
        REQUIRE(bytes.size() > 3 * 4096);
        writeFileBytes(path, bytes.substr(0, bytes.size() / 2 + 100));
        requireRefusedUnchanged(path, "truncated");
    }
    SECTION("a SQLite file missing its last pages") {
        const auto path = createPopulatedDatabase(folder, "short-pages.db");
        const std::string bytes = fileBytes(path);
        const std::size_t keptPages = bytes.size() / 4096 / 2;
        writeFileBytes(path, bytes.substr(0, keptPages * 4096));
        requireRefusedUnchanged(path, "truncated");
    }
    SECTION("a SQLite file with damaged pages") {
        const auto path = createPopulatedDatabase(folder, "damaged.db");
        std::string bytes = fileBytes(path);
        REQUIRE(bytes.size() > 4 * 4096);
        for (std::size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 7919) & 0xFF);
        writeFileBytes(path, bytes);
        requireRefusedUnchanged(path, "damaged");
    }
    SECTION("a SQLite file with one damaged page in the middle") {
        const auto path = createPopulatedDatabase(folder, "one-bad-page.db");
        std::string bytes = fileBytes(path);
        const std::size_t pages = bytes.size() / 4096;
        REQUIRE(pages > 6);
        const std::size_t page = pages / 2;
        for (std::size_t i = page * 4096; i < (page + 1) * 4096; ++i) bytes[i] = static_cast<char>(0xA5);
        writeFileBytes(path, bytes);
        requireRefusedUnchanged(path, "damaged");
    }
    SECTION("a SQLite database of another program") {
        const auto path = folder.file("recipes.db");
        createForeignDatabase(path);
        requireRefusedUnchanged(path, "another program");
    }
}

TEST_CASE("paths that cannot hold a database give clear errors", "[db][refuse]") {
    TempFolder folder("reunite-db");
    const auto inMissingFolder = Database::open(folder.file("no-such-folder") / "reunite.db");
    REQUIRE_FALSE(inMissingFolder.ok());
    CHECK_THAT(inMissingFolder.error().message, Catch::Matchers::Contains("does not exist"));

    const auto aFolder = Database::open(folder.path());
    REQUIRE_FALSE(aFolder.ok());
    CHECK(aFolder.error().code == ErrorCode::Database);
    CHECK_THAT(aFolder.error().message, Catch::Matchers::Contains("not a regular file"));
}
