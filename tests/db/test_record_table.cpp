// The record-to-table mapping every repository is built on: SQL made from one column list,
// reading by column order, binding of INSERT and UPDATE, unknown enum text, and TableRepository's
// messages for a missing row and a failed constraint.
#include <catch2/catch.hpp>

#include "DbTestSupport.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/RecordTable.h"
#include "db/repositories/RelativeRepository.h"
#include "db/sqlite/Database.h"

namespace reunite::db::test {
namespace {

struct Pet {
    std::int64_t id = 0;
    std::string name;
    Sex sex = Sex::Unknown;
    std::optional<int> bornYear;
    std::optional<double> weightKg;
    std::string createdBy;
};

const RecordTable<Pet>& petsTable() {
    static const RecordTable<Pet> table("pets", {
        column<&Pet::id>("id", ColumnUse::Key),
        column<&Pet::name>("name"),
        column<&Pet::sex>("sex"),
        column<&Pet::bornYear>("born_year"),
        column<&Pet::weightKg>("weight_kg"),
        column<&Pet::createdBy>("created_by", ColumnUse::Fixed),
    });
    return table;
}

}  // namespace

TEST_CASE("a record table makes its SELECT, INSERT and UPDATE from one column list", "[db][record-table]") {
    CHECK(petsTable().select() == "SELECT id, name, sex, born_year, weight_kg, created_by FROM pets ");
    CHECK(petsTable().insert() ==
          "INSERT INTO pets (name, sex, born_year, weight_kg, created_by) VALUES (:name, :sex, :born_year, :weight_kg, :created_by)");
    CHECK(petsTable().update() == "UPDATE pets SET name = :name, sex = :sex, born_year = :born_year, weight_kg = :weight_kg WHERE id = :id");
}

TEST_CASE("a record table writes and reads back every field, and keeps a default for unknown enum text", "[db][record-table]") {
    TempFolder folder;
    auto database = openDatabase(folder.path() / "pets.db");
    requireOk(database->execute("CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT, sex TEXT, born_year INTEGER, "
                                "weight_kg REAL, created_by TEXT)"));
    Pet rex{0, "Rex", Sex::Male, 2019, std::nullopt, "analyst.one"};
    auto insert = valueOrFail(database->prepare(petsTable().insert()));
    requireOk(petsTable().bindInsert(insert, rex));
    requireOk(insert.run());

    Pet renamed = rex;
    renamed.id = database->lastInsertRowId();
    renamed.name = "Rex II";
    renamed.weightKg = 31.5;
    renamed.createdBy = "somebody else";
    auto update = valueOrFail(database->prepare(petsTable().update()));
    requireOk(petsTable().bindUpdate(update, renamed, renamed.id));
    requireOk(update.run());
    REQUIRE(database->changes() == 1);

    auto select = valueOrFail(database->prepare(petsTable().select() + "WHERE id = ?"));
    select.bindInt64(1, renamed.id);
    const auto stored = valueOrFail(select.readOne<Pet>([&](const Statement& row) { return petsTable().read(row, *database); }, "none"));
    CHECK(stored.name == "Rex II");
    CHECK(stored.sex == Sex::Male);
    CHECK(stored.bornYear == 2019);
    CHECK(stored.weightKg == Approx(31.5));
    CHECK(stored.createdBy == "analyst.one");  // a fixed column is not updated

    requireOk(database->execute("UPDATE pets SET sex = 'dragon', born_year = NULL"));
    auto again = valueOrFail(database->prepare(petsTable().select()));
    const auto odd = valueOrFail(again.readOne<Pet>([&](const Statement& row) { return petsTable().read(row, *database); }, "none"));
    CHECK(odd.sex == Sex::Unknown);
    CHECK_FALSE(odd.bornYear.has_value());
}

TEST_CASE("table repositories name the missing row and the failed constraint", "[db][record-table]") {
    TempFolder folder;
    auto database = openDatabase(folder.path() / "reunite.db");
    CaseRepository cases(*database);
    const auto missing = cases.get(404);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message == "case 404 does not exist");

    RelativeRecord orphan;
    orphan.caseId = 77;
    const auto added = RelativeRepository(*database).add(orphan, kAnalyst);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Database);
    CHECK(added.error().message == "cannot add a relative: case 77 does not exist");

    CaseRecord record;
    record.caseNumber = "R-1";
    REQUIRE(cases.create(record, kAnalyst).ok());
    const auto twice = cases.create(record, kAnalyst);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == "case number 'R-1' is already used by another case");
    CHECK(RelativeRepository(*database).remove(5).error().code == ErrorCode::NotFound);
}

}  // namespace reunite::db::test

namespace reunite::db::test {

TEST_CASE("enum text this program does not know reads as the safe value of each enum", "[db][record-table]") {
    PhotoStatus photo = PhotoStatus::Faces;
    fromDatabaseText("mystery", photo);
    CHECK(photo == PhotoStatus::Error);  // not Pending: nobody would look at it again
    ImportRunStatus run = ImportRunStatus::Finished;
    fromDatabaseText("mystery", run);
    CHECK(run == ImportRunStatus::Failed);  // not Running: a run nobody can finish
    DonorRole donor = DonorRole::Mother;
    fromDatabaseText("mystery", donor);
    CHECK(donor == DonorRole::OtherRelative);  // never the candidate
    SampleType sample = SampleType::Hair;
    fromDatabaseText("mystery", sample);
    CHECK(sample == SampleType::Other);
    fromDatabaseText("faces", photo);
    CHECK(photo == PhotoStatus::Faces);
}

}  // namespace reunite::db::test
