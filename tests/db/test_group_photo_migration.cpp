// Migration 3: a gallery record holds one person's face. A version-2 database whose record holds
// a group photo with several faces is split: every face becomes an unnamed candidate of its own
// (with its photo row), the record's photo keeps none, and a stored search result follows its
// best face to the new candidate, so no result shows the record's name on another person's face.
#include <catch2/catch.hpp>

#include "DbTestSupport.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/SearchRunRepository.h"

using namespace reunite::db::test;

namespace {

struct VersionTwoGallery {
    std::int64_t groupRecord = 0;
    std::int64_t singleRecord = 0;
    std::int64_t groupPhoto = 0;
    std::vector<std::int64_t> groupFaces;
    std::int64_t singleFace = 0;
    std::int64_t runId = 0;
};

// The candidates table of version 2 has no group_photo_of column: rows are written by hand.
std::int64_t insertVersionTwoCandidate(Database& database, const std::string& reference, const std::string& givenNames) {
    requireOk(database.execute("INSERT INTO candidates (source, external_ref, given_names, family_name, created_at, created_by) "
                               "VALUES ('national_db', '" + reference + "', '" + givenNames +
                               "', 'Petrescu', '2026-01-01T00:00:00.000Z', 'tester')"));
    return queryInteger(database, "SELECT max(id) FROM candidates");
}

// Search runs of version 2 have no sealed column either (nor photos: insertPhotoBeforeVersion11).
std::int64_t insertVersionTwoSearchRun(Database& database, std::int64_t caseId, const std::vector<SearchResultRow>& results) {
    requireOk(database.execute("INSERT INTO search_runs (case_id, run_by, run_at, model_id, gallery_size, duration_ms) VALUES (" +
                               std::to_string(caseId) + ", 'tester', '2026-01-01T00:00:00.000Z', 'face_recognition:test', 4, 1)"));
    const std::int64_t runId = queryInteger(database, "SELECT max(id) FROM search_runs");
    for (const SearchResultRow& result : results) {
        requireOk(database.execute("INSERT INTO search_results (run_id, rank, candidate_id, score, best_face_id) VALUES (" +
                                   std::to_string(runId) + ", " + std::to_string(result.rank) + ", " + std::to_string(result.candidateId) +
                                   ", " + std::to_string(result.score) + ", " + std::to_string(*result.bestFaceId) + ")"));
    }
    return runId;
}

VersionTwoGallery versionTwoGallery(Database& database) {
    VersionTwoGallery gallery;
    gallery.groupRecord = insertVersionTwoCandidate(database, "R-1", "Ana");
    gallery.singleRecord = insertVersionTwoCandidate(database, "R-2", "Ion");
    gallery.groupPhoto = insertPhotoBeforeVersion11(database, gallery.groupRecord, 1);
    for (int f = 0; f < 3; ++f) gallery.groupFaces.push_back(addFaceBeforeVersion5(database, sampleFace(gallery.groupPhoto, f, 10 + f)));
    const std::int64_t singlePhoto = insertPhotoBeforeVersion11(database, gallery.singleRecord, 2);
    gallery.singleFace = addFaceBeforeVersion5(database, sampleFace(singlePhoto, 0, 20));

    requireOk(database.execute("INSERT INTO cases (case_number, created_at, created_by, updated_at, updated_by) "
                               "VALUES ('M-1', '2026-01-01T00:00:00.000Z', 'a', '2026-01-01T00:00:00.000Z', 'a')"));
    const std::int64_t caseId = queryInteger(database, "SELECT max(id) FROM cases");
    gallery.runId = insertVersionTwoSearchRun(database, caseId,
                                              {SearchResultRow{1, gallery.groupRecord, 0.9, "{}", gallery.groupFaces[1], std::nullopt},
                                               SearchResultRow{2, gallery.singleRecord, 0.5, "{}", gallery.singleFace, std::nullopt}});
    return gallery;
}

}  // namespace

TEST_CASE("a version-2 group photo becomes one unnamed candidate per face, and results follow their face", "[db][migrations]") {
    TempFolder folder("reunite-db-group");
    const auto path = folder.file("old.db");
    VersionTwoGallery before;
    {
        auto database = openDatabaseAtVersion(path, 2);
        before = versionTwoGallery(*database);
    }
    auto database = openDatabase(path);
    CHECK(valueOrFail(database->schemaVersion()) == currentSchemaVersion());
    CandidateRepository candidates(*database);
    FaceRepository faces(*database);

    // The named record keeps its photo, but none of the faces: nothing says which one is Ana.
    CHECK(valueOrFail(faces.listByOwner(PhotoOwner::ofCandidate(before.groupRecord))).empty());
    CHECK(valueOrFail(PhotoRepository(*database).get(before.groupPhoto)).status == PhotoStatus::NoFace);
    // Each face is an unnamed candidate of its own, linked to the record of the group photo.
    const auto unnamed = valueOrFail(candidates.list(0, 100));
    std::vector<CandidateRecord> split;
    for (const CandidateRecord& c : unnamed) {
        if (c.groupPhotoOf) split.push_back(c);
    }
    REQUIRE(split.size() == 3);
    for (const CandidateRecord& c : split) {
        CHECK(*c.groupPhotoOf == before.groupRecord);
        CHECK(candidateDisplayName(c).empty());
        CHECK(c.externalRef.rfind("R-1 · group photo ", 0) == 0);
        CHECK(valueOrFail(faces.listByOwner(PhotoOwner::ofCandidate(c.id))).size() == 1);
    }
    // The record with one face is untouched.
    CHECK(valueOrFail(faces.listByOwner(PhotoOwner::ofCandidate(before.singleRecord))).size() == 1);
    CHECK_FALSE(valueOrFail(candidates.get(before.singleRecord)).groupPhotoOf);

    // The stored result now names the candidate that holds the matched face, not "Ana".
    const SearchRunRecord run = valueOrFail(SearchRunRepository(*database).get(before.runId));
    REQUIRE(run.results.size() == 2);
    const CandidateRecord first = valueOrFail(candidates.get(run.results[0].candidateId));
    CHECK(first.groupPhotoOf == before.groupRecord);
    CHECK(valueOrFail(faces.get(before.groupFaces[1])).photoId ==
          valueOrFail(faces.listByOwner(PhotoOwner::ofCandidate(first.id)))[0].photoId);
    CHECK(run.results[1].candidateId == before.singleRecord);
    CHECK(rowCount(*database, "faces") == 4);
}
