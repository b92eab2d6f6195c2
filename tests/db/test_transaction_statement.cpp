// The RAII Transaction and the prepared-statement wrapper.
#include "db/repositories/CaseRepository.h"
#include "DbTestSupport.h"
#include "db/repositories/SearchRunRepository.h"
#include "db/sqlite/Transaction.h"

using namespace reunite::db::test;

namespace {

void insertCase(Database& database, const std::string& caseNumber) {
    requireOk(database.execute("INSERT INTO cases (case_number, created_at, created_by, updated_at, updated_by) "
                               "VALUES ('" + caseNumber + "', 'now', 'test', 'now', 'test')"));
}

}  // namespace

TEST_CASE("a transaction rolls back when it leaves scope without commit", "[db][transaction]") {
    FreshDatabase database;
    {
        auto transaction = valueOrFail(Transaction::begin(*database));
        CHECK_FALSE(transaction.isNested());
        CHECK(database->inTransaction());
        insertCase(*database, "T-1");
        CHECK(rowCount(*database, "cases") == 1);
    }
    CHECK_FALSE(database->inTransaction());
    CHECK(rowCount(*database, "cases") == 0);
}

TEST_CASE("a transaction commits only when asked", "[db][transaction]") {
    TempFolder folder("reunite-db");
    const auto path = folder.file("reunite.db");
    {
        auto database = openDatabase(path);
        auto transaction = valueOrFail(Transaction::begin(*database));
        insertCase(*database, "T-1");
        requireOk(transaction.commit());
        CHECK_FALSE(transaction.isActive());
        const Status again = transaction.commit();
        CHECK_FALSE(again.ok());
    }
    auto reopened = openDatabase(path);
    CHECK(rowCount(*reopened, "cases") == 1);
}

TEST_CASE("a transaction rolls back everything after a failed statement", "[db][transaction]") {
    FreshDatabase database;
    CaseRepository cases(*database);
    {
        auto transaction = valueOrFail(Transaction::begin(*database));
        valueOrFail(cases.create(sampleCase("T-1"), kAnalyst));
        const auto duplicate = cases.create(sampleCase("T-1"), kAnalyst);
        REQUIRE_FALSE(duplicate.ok());
        CHECK(duplicate.error().code == ErrorCode::Database);
        CHECK_THAT(duplicate.error().message, Catch::Matchers::Contains("T-1") &&
                                                  Catch::Matchers::Contains("already used"));
        // The caller gives up: no commit.
    }
    CHECK(rowCount(*database, "cases") == 0);
}

TEST_CASE("nested transactions use savepoints", "[db][transaction]") {
    FreshDatabase database;
    {
        auto outer = valueOrFail(Transaction::begin(*database));
        insertCase(*database, "OUTER");
        {
            auto inner = valueOrFail(Transaction::begin(*database));
            CHECK(inner.isNested());
            insertCase(*database, "INNER-ROLLED-BACK");
        }
        {
            auto inner = valueOrFail(Transaction::begin(*database));
            insertCase(*database, "INNER-KEPT");
            requireOk(inner.commit());
        }
        CHECK(database->inTransaction());
        requireOk(outer.commit());
    }
    auto statement = valueOrFail(database->prepare("SELECT case_number FROM cases ORDER BY case_number"));
    std::vector<std::string> numbers;
    while (valueOrFail(statement.step())) numbers.push_back(statement.columnText(0));
    CHECK(numbers == std::vector<std::string>{"INNER-KEPT", "OUTER"});
}

TEST_CASE("a repository's own transaction joins the caller's transaction", "[db][transaction]") {
    FreshDatabase database;
    const auto caseId = addSampleCase(*database, "C-1");
    {
        auto transaction = valueOrFail(Transaction::begin(*database));
        SearchRunRecord run;
        run.caseId = caseId;
        run.modelId = "dlib_resnet_v1";
        valueOrFail(SearchRunRepository(*database).store(run, kAnalyst));
        CHECK(rowCount(*database, "search_runs") == 1);
    }
    CHECK(rowCount(*database, "search_runs") == 0);
}

TEST_CASE("statements bind and read typed values", "[db][statement]") {
    FreshDatabase database;
    requireOk(database->execute("CREATE TEMP TABLE sample (i INTEGER, r REAL, t TEXT, b BLOB, n TEXT)"));

    auto insert = valueOrFail(database->prepare("INSERT INTO sample VALUES (:i, :r, :t, :b, :n)"));
    const std::array<std::byte, 4> blob{std::byte{0}, std::byte{0xFF}, std::byte{0x10}, std::byte{0}};
    insert.bindInt64(":i", 9007199254740993LL)
        .bindDouble(":r", 0.1)
        .bindText(":t", std::string("with\0nul", 8))
        .bindBlob(":b", blob)
        .bindOptionalText(":n", std::nullopt);
    requireOk(insert.run());

    auto select = valueOrFail(database->prepare("SELECT i, r, t, b, n, typeof(b) FROM sample"));
    REQUIRE(valueOrFail(select.step()));
    CHECK(select.columnInt64(0) == 9007199254740993LL);
    CHECK(select.columnDouble(1) == 0.1);
    CHECK(select.columnText(2) == std::string("with\0nul", 8));
    const auto storedBlob = select.columnBlob(3);
    REQUIRE(storedBlob.size() == blob.size());
    CHECK(std::equal(storedBlob.begin(), storedBlob.end(), blob.begin()));
    CHECK(select.isNull(4));
    CHECK_FALSE(select.columnOptionalText(4).has_value());
    CHECK(select.columnText(5) == "blob");
    CHECK_FALSE(valueOrFail(select.step()));

    auto emptyText = valueOrFail(database->prepare("SELECT typeof(?)"));
    emptyText.bindText(1, std::string_view());
    REQUIRE(valueOrFail(emptyText.step()));
    CHECK(emptyText.columnText(0) == "text");

    auto emptyBlob = valueOrFail(database->prepare("SELECT typeof(?), length(?1)"));
    emptyBlob.bindBlob(1, std::span<const std::byte>());
    REQUIRE(valueOrFail(emptyBlob.step()));
    CHECK(emptyBlob.columnText(0) == "blob");
    CHECK(emptyBlob.columnInt(1) == 0);
}

TEST_CASE("text that is not UTF-8 is refused at the bind, a path is kept byte for byte", "[db][statement]") {
    TempFolder folder("reunite-db-utf8");
    auto database = openDatabase(folder.file("reunite.db"));
    requireOk(database->execute("CREATE TEMP TABLE sample (t TEXT)"));
    auto insert = valueOrFail(database->prepare("INSERT INTO sample VALUES (:t)"));
    const Status refused = insert.bindText(":t", "Bad\xff" "Name").run();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().message.find(":t") != std::string::npos);
    CHECK(rowCount(*database, "sample") == 0);
    insert.reset();
    const std::string latin1Path = "photos/\xe9t\xe9.jpg";
    requireOk(insert.bindPathText(":t", latin1Path).run());
    auto select = valueOrFail(database->prepare("SELECT t FROM sample"));
    REQUIRE(valueOrFail(select.step()));
    CHECK(select.columnText(0) == latin1Path);
}

TEST_CASE("statement errors are reported, not thrown", "[db][statement]") {
    FreshDatabase database;

    const auto badSql = database->prepare("SELEKT 1");
    REQUIRE_FALSE(badSql.ok());
    CHECK(badSql.error().code == ErrorCode::Database);
    CHECK_THAT(badSql.error().message, Catch::Matchers::Contains("SELEKT"));

    auto statement = valueOrFail(database->prepare("SELECT :known"));
    statement.bindInt64(":unknown", 1).bindInt64(":known", 2);
    const auto stepped = statement.step();
    REQUIRE_FALSE(stepped.ok());
    CHECK_THAT(stepped.error().message, Catch::Matchers::Contains(":unknown"));

    statement.reset();
    statement.bindInt64(":known", 2);
    REQUIRE(valueOrFail(statement.step()));
    CHECK(statement.columnInt(0) == 2);
}
