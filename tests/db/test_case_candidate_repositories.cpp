// Cases, relatives and gallery candidates.
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "DbTestSupport.h"
#include "db/repositories/RelativeRepository.h"

using namespace reunite::db::test;

TEST_CASE("cases are created, read, updated and listed", "[db][cases]") {
    FreshDatabase database;
    CaseRepository cases(*database);

    const CaseRecord created = valueOrFail(cases.create(sampleCase("2013-0042"), kAnalyst));
    CHECK(created.id > 0);
    CHECK(created.createdBy == kAnalyst);
    CHECK(created.createdAt.size() == 24);
    CHECK(created.createdAt.back() == 'Z');
    CHECK(created.birthDate == std::optional<std::string>("2009-03-14"));
    CHECK(created.status == CaseStatus::Open);
    CHECK(created.sex == Sex::Female);

    CHECK(valueOrFail(cases.findByCaseNumber("2013-0042"))->id == created.id);
    CHECK_FALSE(valueOrFail(cases.findByCaseNumber("nope")).has_value());

    const auto missing = cases.get(created.id + 100);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    CaseRecord edited = created;
    edited.status = CaseStatus::Found;
    edited.birthDate.reset();
    edited.description = "Found alive in 2024";
    const CaseRecord updated = valueOrFail(cases.update(edited, "analyst.two"));
    CHECK(updated.status == CaseStatus::Found);
    CHECK_FALSE(updated.birthDate.has_value());
    CHECK(updated.description == "Found alive in 2024");
    CHECK(updated.createdBy == kAnalyst);
    CHECK(updated.updatedBy == "analyst.two");
    CHECK(updated.updatedAt >= created.updatedAt);

    edited.id = created.id + 100;
    CHECK(cases.update(edited, kAnalyst).error().code == ErrorCode::NotFound);

    valueOrFail(cases.create(sampleCase("2001-0007"), kAnalyst));
    const auto all = valueOrFail(cases.list());
    REQUIRE(all.size() == 2);
    CHECK(all[0].caseNumber == "2001-0007");
    CHECK(all[1].caseNumber == "2013-0042");
    const auto found = valueOrFail(cases.list(CaseStatus::Found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == created.id);
}

TEST_CASE("case input is validated in code and again by the schema", "[db][cases]") {
    FreshDatabase database;
    CaseRepository cases(*database);

    valueOrFail(cases.create(sampleCase("C-1"), kAnalyst));
    const auto duplicate = cases.create(sampleCase("C-1"), kAnalyst);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Database);

    CaseRecord badDate = sampleCase("C-2");
    badDate.birthDate = "2010-02-30";
    const auto rejected = cases.create(badDate, kAnalyst);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().code == ErrorCode::InvalidArgument);
    CHECK_THAT(rejected.error().message, Catch::Matchers::Contains("2010-02-30"));

    CHECK(cases.create(sampleCase("   "), kAnalyst).error().code == ErrorCode::InvalidArgument);
    CHECK(cases.create(sampleCase("C-3"), " ").error().code == ErrorCode::InvalidArgument);

    const Status rawBadDate = database->execute(
        "INSERT INTO cases (case_number, birth_date, created_at, created_by, updated_at, updated_by) "
        "VALUES ('C-4', '14.03.2009', 'now', 'x', 'now', 'x')");
    REQUIRE_FALSE(rawBadDate.ok());
    CHECK_THAT(rawBadDate.error().message, Catch::Matchers::Contains("CHECK constraint failed"));
    const Status rawBadSex = database->execute(
        "INSERT INTO cases (case_number, sex, created_at, created_by, updated_at, updated_by) "
        "VALUES ('C-5', 'X', 'now', 'x', 'now', 'x')");
    CHECK_FALSE(rawBadSex.ok());
    CHECK(rowCount(*database, "cases") == 1);
}

TEST_CASE("relatives belong to an existing case", "[db][relatives][foreign-keys]") {
    FreshDatabase database;
    const auto caseId = addSampleCase(*database, "C-1");
    RelativeRepository relatives(*database);

    RelativeRecord mother;
    mother.caseId = caseId;
    mother.relation = Relation::Mother;
    mother.givenNames = "Eva";
    mother.sex = Sex::Female;
    mother.birthDate = "1980-11-02";
    const RelativeRecord storedMother = valueOrFail(relatives.add(mother, kAnalyst));
    CHECK(storedMother.relation == Relation::Mother);
    CHECK(storedMother.birthDate == std::optional<std::string>("1980-11-02"));

    RelativeRecord orphan = mother;
    orphan.caseId = caseId + 999;
    const auto refused = relatives.add(orphan, kAnalyst);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Database);
    CHECK_THAT(refused.error().message, Catch::Matchers::Contains("case " + std::to_string(caseId + 999)) &&
                                            Catch::Matchers::Contains("does not exist"));

    const Status rawOrphan = database->execute(
        "INSERT INTO relatives (case_id, relation, created_at, created_by, updated_at, updated_by) "
        "VALUES (12345, 'father', 'now', 'x', 'now', 'x')");
    REQUIRE_FALSE(rawOrphan.ok());
    CHECK_THAT(rawOrphan.error().message, Catch::Matchers::Contains("FOREIGN KEY constraint failed"));

    RelativeRecord brother = mother;
    brother.relation = Relation::Sibling;
    brother.givenNames = "Jonas";
    brother.sex = Sex::Male;
    valueOrFail(relatives.add(brother, kAnalyst));
    const auto listed = valueOrFail(relatives.listForCase(caseId));
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].givenNames == "Eva");
    CHECK(listed[1].relation == Relation::Sibling);

    RelativeRecord renamed = storedMother;
    renamed.familyName = "Lindqvist";
    CHECK(valueOrFail(relatives.update(renamed, kAnalyst)).familyName == "Lindqvist");

    requireOk(relatives.remove(listed[1].id));
    CHECK(relatives.remove(listed[1].id).error().code == ErrorCode::NotFound);

    requireOk(database->execute("DELETE FROM cases WHERE id = " + std::to_string(caseId)));
    CHECK(rowCount(*database, "relatives") == 0);
}

TEST_CASE("candidates are unique by source and external reference", "[db][candidates]") {
    FreshDatabase database;
    CandidateRepository candidates(*database);

    const CandidateRecord first = valueOrFail(candidates.create(sampleCandidate("NDB-77"), kAnalyst));
    CHECK(first.birthYear == std::optional<int>(2009));
    CHECK(first.birthYearIsEstimate);
    CHECK(first.createdBy == kAnalyst);

    const auto duplicate = candidates.create(sampleCandidate("NDB-77"), "analyst.two");
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Database);
    CHECK_THAT(duplicate.error().message, Catch::Matchers::Contains("national_db reference 'NDB-77'") &&
                                              Catch::Matchers::Contains("already exists"));

    const CandidateRecord sameRefOtherSource =
        valueOrFail(candidates.create(sampleCandidate("NDB-77", CandidateSource::Flyer), kAnalyst));
    CHECK(sameRefOtherSource.id != first.id);
    CHECK(valueOrFail(candidates.count()) == 2);

    const auto found = valueOrFail(candidates.findBySourceReference(CandidateSource::Flyer, "NDB-77"));
    REQUIRE(found.has_value());
    CHECK(found->id == sameRefOtherSource.id);
    CHECK_FALSE(valueOrFail(candidates.findBySourceReference(CandidateSource::TipOff, "NDB-77")).has_value());

    const Status rawDuplicate = database->execute(
        "INSERT INTO candidates (source, external_ref, created_at, created_by) VALUES ('flyer', 'NDB-77', 'now', 'x')");
    REQUIRE_FALSE(rawDuplicate.ok());
    CHECK_THAT(rawDuplicate.error().message, Catch::Matchers::Contains("UNIQUE constraint failed"));
}

TEST_CASE("candidate input is validated and candidates can be paged and streamed", "[db][candidates]") {
    FreshDatabase database;
    CandidateRepository candidates(*database);

    CandidateRecord contradiction = sampleCandidate("X-1");
    contradiction.birthDate = "2008-05-01";
    contradiction.birthYear = 2009;
    CHECK(candidates.create(contradiction, kAnalyst).error().code == ErrorCode::InvalidArgument);
    CHECK(candidates.create(sampleCandidate(" "), kAnalyst).error().code == ErrorCode::InvalidArgument);
    CandidateRecord badImport = sampleCandidate("X-2");
    badImport.importRunId = 4242;
    CHECK(candidates.create(badImport, kAnalyst).error().code == ErrorCode::Database);

    for (int i = 0; i < 25; ++i) {
        CandidateRecord record = sampleCandidate("P-" + std::to_string(i));
        record.region = i % 2 ? "North" : "South";
        valueOrFail(candidates.create(record, kAnalyst));
    }
    std::vector<std::int64_t> paged;
    std::int64_t afterId = 0;
    while (true) {
        const auto page = valueOrFail(candidates.list(afterId, 10));
        if (page.empty()) break;
        CHECK(page.size() <= 10);
        for (const auto& record : page) paged.push_back(record.id);
        afterId = page.back().id;
    }
    REQUIRE(paged.size() == 25);
    CHECK(std::is_sorted(paged.begin(), paged.end()));

    std::vector<std::int64_t> streamed;
    int north = 0;
    const auto delivered = valueOrFail(candidates.forEachCandidate([&](const CandidateRecord& record) {
        streamed.push_back(record.id);
        north += record.region == "North";
        return ScanStep::Continue;
    }));
    CHECK(delivered == 25);
    CHECK(streamed == paged);
    CHECK(north == 12);
}
