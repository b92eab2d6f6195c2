// Search runs with ranked results, review decisions and import bookkeeping.
#include <algorithm>
#include <random>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "DbTestSupport.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/SearchRunRepository.h"

using namespace reunite::db::test;

namespace {

struct SearchFixture {
    std::int64_t caseId = 0;
    std::vector<std::int64_t> candidateIds;
    std::int64_t probeFaceId = 0;
    std::int64_t galleryFaceId = 0;
};

SearchFixture createSearchFixture(Database& database, int candidates) {
    SearchFixture fixture;
    fixture.caseId = addSampleCase(database, "C-1");
    CandidateRepository candidateRepository(database);
    for (int i = 0; i < candidates; ++i) {
        fixture.candidateIds.push_back(
            valueOrFail(candidateRepository.create(sampleCandidate("R-" + std::to_string(i)), kAnalyst)).id);
    }
    PhotoRepository photos(database);
    FaceRepository faces(database);
    const auto probePhoto = valueOrFail(photos.add(samplePhoto(PhotoOwner::ofCase(fixture.caseId), 1), kAnalyst)).id;
    fixture.probeFaceId = valueOrFail(faces.add(sampleFace(probePhoto, 0, 1))).id;
    const auto galleryPhoto =
        valueOrFail(photos.add(samplePhoto(PhotoOwner::ofCandidate(fixture.candidateIds[0]), 2), kAnalyst)).id;
    fixture.galleryFaceId = valueOrFail(faces.add(sampleFace(galleryPhoto, 0, 2))).id;
    return fixture;
}

}  // namespace

TEST_CASE("a search run is stored with its results and loaded in rank order", "[db][search]") {
    FreshDatabase database;
    const SearchFixture fixture = createSearchFixture(*database, 20);
    SearchRunRepository runs(*database);

    SearchRunRecord run;
    run.caseId = fixture.caseId;
    run.parametersJson = R"({"topK":20,"ageBand":[18,25]})";
    run.modelId = "dlib_resnet_v1";
    run.modelVersion = "1.0";
    run.gallerySize = 1000000;
    run.durationMs = 412;
    for (int rank = 1; rank <= 20; ++rank) {
        SearchResultRow result;
        result.rank = rank;
        result.candidateId = fixture.candidateIds[rank - 1];
        result.score = 1.0 - rank * 0.01;
        result.breakdownJson = R"({"distance":)" + std::to_string(0.3 + rank * 0.01) + "}";
        result.probeFaceId = fixture.probeFaceId;
        if (rank == 1) result.bestFaceId = fixture.galleryFaceId;
        run.results.push_back(result);
    }
    std::shuffle(run.results.begin(), run.results.end(), std::mt19937(42));

    const SearchRunRecord stored = valueOrFail(runs.store(run, kAnalyst));
    CHECK(stored.id > 0);
    CHECK(stored.runBy == kAnalyst);
    CHECK_FALSE(stored.runAt.empty());

    const SearchRunRecord loaded = valueOrFail(runs.get(stored.id));
    CHECK(loaded.caseId == fixture.caseId);
    CHECK(loaded.parametersJson == run.parametersJson);
    CHECK(loaded.modelVersion == "1.0");
    CHECK(loaded.gallerySize == 1000000);
    CHECK(loaded.durationMs == 412);
    REQUIRE(loaded.results.size() == 20);
    for (std::size_t i = 0; i < loaded.results.size(); ++i) {
        const SearchResultRow& result = loaded.results[i];
        CHECK(result.rank == static_cast<int>(i) + 1);
        CHECK(result.candidateId == fixture.candidateIds[i]);
        CHECK(result.score == 1.0 - result.rank * 0.01);
        CHECK(result.probeFaceId == std::optional<std::int64_t>(fixture.probeFaceId));
    }
    CHECK(loaded.results[0].bestFaceId == std::optional<std::int64_t>(fixture.galleryFaceId));
    CHECK_FALSE(loaded.results[1].bestFaceId.has_value());

    SearchRunRecord second = run;
    second.results.resize(3);
    valueOrFail(runs.store(second, "analyst.two"));
    const auto listed = valueOrFail(runs.listForCase(fixture.caseId));
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].runBy == "analyst.two");
    CHECK(listed[0].results.empty());
    CHECK(runs.get(9999).error().code == ErrorCode::NotFound);
}

TEST_CASE("a search run is stored completely or not at all", "[db][search]") {
    FreshDatabase database;
    const SearchFixture fixture = createSearchFixture(*database, 3);
    SearchRunRepository runs(*database);

    SearchRunRecord run;
    run.caseId = fixture.caseId;
    run.modelId = "dlib_resnet_v1";
    for (int rank = 1; rank <= 3; ++rank) run.results.push_back({rank, fixture.candidateIds[rank - 1], 0.5, "{}", {}, {}});

    SECTION("unknown candidate in the last result") {
        run.results.back().candidateId = 4242;
        const auto failed = runs.store(run, kAnalyst);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == ErrorCode::Database);
        CHECK_THAT(failed.error().message, Catch::Matchers::Contains("4242"));
    }
    SECTION("a breakdown that is not JSON") {
        run.results[1].breakdownJson = "{distance: 0.4";
        const auto failed = runs.store(run, kAnalyst);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == ErrorCode::InvalidArgument);
        CHECK_THAT(failed.error().message, Catch::Matchers::Contains("rank 2"));
    }
    SECTION("a rank used twice") {
        run.results[2].rank = 1;
        CHECK(runs.store(run, kAnalyst).error().code == ErrorCode::InvalidArgument);
    }
    SECTION("an unknown case") {
        run.caseId = 4242;
        CHECK_THAT(runs.store(run, kAnalyst).error().message, Catch::Matchers::Contains("case 4242"));
    }
    CHECK(rowCount(*database, "search_runs") == 0);
    CHECK(rowCount(*database, "search_results") == 0);
}

TEST_CASE("review decisions need a note and keep their history", "[db][review]") {
    FreshDatabase database;
    const SearchFixture fixture = createSearchFixture(*database, 3);
    ReviewDecisionRepository reviews(*database);
    const std::int64_t first = fixture.candidateIds[0];
    const std::int64_t second = fixture.candidateIds[1];
    const std::int64_t third = fixture.candidateIds[2];

    ReviewDecisionRecord decision;
    decision.caseId = fixture.caseId;
    decision.candidateId = first;
    decision.decision = ReviewDecision::Rejected;

    SECTION("the note is required") {
        for (const char* note : {"", "   ", " \t\r\n "}) {
            decision.note = note;
            const auto refused = reviews.record(decision, kAnalyst);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::InvalidArgument);
            CHECK_THAT(refused.error().message, Catch::Matchers::Contains("note"));
        }
        const Status rawBlankNote = database->execute(
            "INSERT INTO review_decisions (case_id, candidate_id, decision, note, decided_by, decided_at) VALUES (" +
            std::to_string(fixture.caseId) + ", " + std::to_string(first) + ", 'kept', ' ' || char(10, 9), 'x', 'now')");
        REQUIRE_FALSE(rawBlankNote.ok());
        CHECK_THAT(rawBlankNote.error().message, Catch::Matchers::Contains("CHECK constraint failed"));
        CHECK(rowCount(*database, "review_decisions") == 0);
    }

    SECTION("the latest decision is current and earlier ones are kept") {
        decision.note = "Ear shape differs clearly";
        const auto rejected = valueOrFail(reviews.record(decision, kAnalyst));
        CHECK(rejected.decidedBy == kAnalyst);
        decision.candidateId = second;
        decision.note = "Same birthmark";
        decision.decision = ReviewDecision::Kept;
        valueOrFail(reviews.record(decision, kAnalyst));
        decision.candidateId = third;
        decision.note = "Age does not fit";
        decision.decision = ReviewDecision::Rejected;
        valueOrFail(reviews.record(decision, kAnalyst));

        CHECK(valueOrFail(reviews.rejectedCandidateIds(fixture.caseId)) == std::vector<std::int64_t>{first, third});

        decision.candidateId = first;
        decision.decision = ReviewDecision::DnaRequested;
        decision.note = "Second look with better photo: request DNA";
        decision.searchRunId = std::nullopt;
        valueOrFail(reviews.record(decision, "analyst.two"));

        const auto current = valueOrFail(reviews.currentDecision(fixture.caseId, first));
        REQUIRE(current.has_value());
        CHECK(current->decision == ReviewDecision::DnaRequested);
        CHECK(current->decidedBy == "analyst.two");
        CHECK(valueOrFail(reviews.rejectedCandidateIds(fixture.caseId)) == std::vector<std::int64_t>{third});

        const auto history = valueOrFail(reviews.history(fixture.caseId, first));
        REQUIRE(history.size() == 2);
        CHECK(history[0].decision == ReviewDecision::Rejected);
        CHECK(history[0].note == "Ear shape differs clearly");
        CHECK(history[1].decision == ReviewDecision::DnaRequested);

        const auto caseHistory = valueOrFail(reviews.historyForCase(fixture.caseId));
        std::vector<std::int64_t> decidedCandidates;
        for (const ReviewDecisionRecord& d : caseHistory) decidedCandidates.push_back(d.candidateId);
        CHECK(decidedCandidates == std::vector<std::int64_t>{first, second, third, first});
        CHECK(caseHistory.front().id == rejected.id);
        CHECK(caseHistory.back().decision == ReviewDecision::DnaRequested);
        CHECK(valueOrFail(reviews.historyForCase(fixture.caseId + 1)).empty());

        const auto allCurrent = valueOrFail(reviews.currentDecisionsForCase(fixture.caseId));
        REQUIRE(allCurrent.size() == 3);
        CHECK(allCurrent[0].candidateId == first);
        CHECK(allCurrent[0].decision == ReviewDecision::DnaRequested);
        CHECK(allCurrent[1].decision == ReviewDecision::Kept);
        CHECK(allCurrent[2].decision == ReviewDecision::Rejected);
        CHECK_FALSE(valueOrFail(reviews.currentDecision(fixture.caseId + 1, first)).has_value());

        const Status rewrite = database->execute("UPDATE review_decisions SET decision = 'kept' WHERE id = " +
                                                 std::to_string(rejected.id));
        REQUIRE_FALSE(rewrite.ok());
        CHECK_THAT(rewrite.error().message, Catch::Matchers::Contains("cannot be changed"));
        CHECK(valueOrFail(reviews.history(fixture.caseId, first))[0].decision == ReviewDecision::Rejected);
    }

    SECTION("decisions refer to existing cases and candidates") {
        decision.note = "Looks similar";
        decision.candidateId = 4242;
        const auto refused = reviews.record(decision, kAnalyst);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Database);
        CHECK_THAT(refused.error().message, Catch::Matchers::Contains("candidate 4242"));
    }
}

TEST_CASE("import runs record progress, errors and their end", "[db][imports]") {
    FreshDatabase database;
    ImportRunRepository imports(*database);

    const ImportRunRecord started = valueOrFail(imports.start("/media/usb/national_2024.csv", kAnalyst));
    CHECK(started.status == ImportRunStatus::Running);
    CHECK_FALSE(started.finishedAt.has_value());

    ImportCounts counts;
    counts.itemsSeen = 10;
    counts.itemsImported = 7;
    counts.itemsSkipped = 2;
    counts.itemsFailed = 1;
    counts.photosAdded = 7;
    counts.facesAdded = 6;
    requireOk(imports.updateCounts(started.id, counts));
    CHECK(valueOrFail(imports.get(started.id)).counts.itemsImported == 7);

    const Notice badDate{NoticeId::RowBadBirthDate, {"4", "31.02.2001"}};
    const Notice notAnImage = failureNotice(Error{ErrorCode::UnsupportedFormat, "not a JPEG or PNG file"});
    valueOrFail(imports.recordError(started.id, "national_2024.csv", 4, badDate));
    valueOrFail(imports.recordError(started.id, "photos/0042.jpg", std::nullopt, notAnImage));
    CHECK(imports.recordError(started.id, "x", 0, badDate).error().code == ErrorCode::InvalidArgument);
    CHECK(imports.recordError(4242, "x", 1, badDate).error().code == ErrorCode::NotFound);
    const auto errors = valueOrFail(imports.errors(started.id));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].rowNumber == std::optional<std::int64_t>(4));
    CHECK_FALSE(errors[1].rowNumber.has_value());
    CHECK(errors[1].file == "photos/0042.jpg");
    // The English text and the notice each interface translates are both kept.
    CHECK(errors[0].message == "row 4: bad birth date '31.02.2001' (use YYYY-MM-DD)");
    REQUIRE(errors[1].notice.has_value());
    const std::optional<Notice> stored = decodeNotice(*errors[1].notice);
    REQUIRE(stored.has_value());
    CHECK(stored->id == NoticeId::Failure);
    CHECK(stored->args == notAnImage.args);

    counts.itemsSeen = 12;
    const ImportRunRecord finished = valueOrFail(imports.finish(started.id, ImportRunStatus::Finished, counts));
    CHECK(finished.status == ImportRunStatus::Finished);
    CHECK(finished.finishedAt.has_value());
    CHECK(finished.counts.itemsSeen == 12);
    const auto twice = imports.finish(started.id, ImportRunStatus::Cancelled, counts);
    REQUIRE_FALSE(twice.ok());
    CHECK_THAT(twice.error().message, Catch::Matchers::Contains("already ended as 'finished'"));
    CHECK(imports.finish(started.id, ImportRunStatus::Running, counts).error().code == ErrorCode::InvalidArgument);

    const ImportRunRecord abandoned = valueOrFail(imports.start("/media/usb/flyers", "analyst.two"));
    CHECK(valueOrFail(imports.failAbandonedRuns("the program stopped during the import")) == 1);
    const ImportRunRecord closed = valueOrFail(imports.get(abandoned.id));
    CHECK(closed.status == ImportRunStatus::Failed);
    CHECK(closed.failureReason == "the program stopped during the import");

    const auto recent = valueOrFail(imports.listRecent(10));
    REQUIRE(recent.size() == 2);
    CHECK(recent[0].id == abandoned.id);

    const Status rawRunningWithEnd = database->execute(
        "INSERT INTO import_runs (source_path, imported_by, started_at, finished_at, status) "
        "VALUES ('x', 'y', 'now', 'now', 'running')");
    CHECK_FALSE(rawRunningWithEnd.ok());
}

// Schema version 6: import errors recorded before keep their English message and have no notice;
// errors recorded after keep both.
TEST_CASE("import errors of a version-5 database keep their message and new ones get a notice", "[db][imports][migrations]") {
    TempFolder folder("reunite-db-notice");
    const auto path = folder.file("old.db");
    std::int64_t runId = 0;
    {
        auto database = openDatabaseAtVersion(path, 5);  // rows as version 5 wrote them (repositories write the current schema)
        requireOk(database->execute("INSERT INTO import_runs (source_path, imported_by, started_at, status) "
                                    "VALUES ('old.csv', 'analyst.one', '2026-01-01T00:00:00.000Z', 'running')"));
        runId = queryInteger(*database, "SELECT max(id) FROM import_runs");
        requireOk(database->execute("INSERT INTO import_errors (import_run_id, file, row_number, message, recorded_at) VALUES (" +
                                    std::to_string(runId) + ", 'old.csv', 3, 'row 3: bad birth year ''19x0''', "
                                    "'2026-01-01T00:00:00.000Z')"));
    }
    auto database = openDatabase(path);
    CHECK(valueOrFail(database->schemaVersion()) == currentSchemaVersion());
    ImportRunRepository imports(*database);
    valueOrFail(imports.recordError(runId, "old.csv", 4, Notice{NoticeId::RowUnknownSex, {"4", "X"}}));
    const auto errors = valueOrFail(imports.errors(runId));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].message == "row 3: bad birth year '19x0'");
    CHECK_FALSE(errors[0].notice.has_value());
    CHECK(errors[1].message == "row 4: unknown sex 'X' (use F, M or U)");
    REQUIRE(errors[1].notice.has_value());
    CHECK(decodeNotice(*errors[1].notice)->id == NoticeId::RowUnknownSex);
}
