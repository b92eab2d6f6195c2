// Online backup and integrity checks.
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "DbTestSupport.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"

using namespace reunite::db::test;

namespace {

const std::vector<std::string> kTables = {"cases", "relatives", "candidates", "photos", "faces", "search_runs",
                                          "search_results", "review_decisions", "import_runs", "import_errors"};

void populate(Database& database) {
    CaseRepository cases(database);
    CandidateRepository candidates(database);
    PhotoRepository photos(database);
    FaceRepository faces(database);
    for (int i = 0; i < 5; ++i) valueOrFail(cases.create(sampleCase("C-" + std::to_string(i)), kAnalyst));
    for (int i = 0; i < 30; ++i) {
        const auto candidateId = valueOrFail(candidates.create(sampleCandidate("N-" + std::to_string(i)), kAnalyst)).id;
        const auto photoId = valueOrFail(photos.add(samplePhoto(PhotoOwner::ofCandidate(candidateId), i), kAnalyst)).id;
        valueOrFail(faces.add(sampleFace(photoId, 0, static_cast<unsigned>(i))));
    }
}

}  // namespace

TEST_CASE("a healthy database passes the integrity check and a broken foreign key fails it", "[db][integrity]") {
    FreshDatabase database;
    populate(*database);
    requireOk(database->integrityCheck());

    requireOk(database->execute("PRAGMA foreign_keys = OFF"));
    requireOk(database->execute("DELETE FROM candidates WHERE external_ref = 'N-3'"));
    requireOk(database->execute("PRAGMA foreign_keys = ON"));
    const Status broken = database->integrityCheck();
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::Database);
    CHECK_THAT(broken.error().message, Catch::Matchers::Contains("foreign key") && Catch::Matchers::Contains("photos"));
}

TEST_CASE("a backup is a complete, checked copy with the same rows", "[db][backup]") {
    FreshDatabase database;
    populate(*database);
    const auto destination = database.folder.file("backup-2024-05-01.db");

    requireOk(database->backupTo(destination));
    CHECK(std::filesystem::exists(destination));
    CHECK_FALSE(std::filesystem::exists(destination.string() + ".partial"));
    const auto permissions = std::filesystem::status(destination).permissions();
    CHECK((permissions & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
          std::filesystem::perms::none);

    // Changes after the backup do not reach it.
    addSampleCase(*database, "AFTER-BACKUP");

    auto copy = openDatabase(destination);
    requireOk(copy->integrityCheck());
    CHECK(valueOrFail(copy->schemaVersion()) == valueOrFail(database->schemaVersion()));
    for (const auto& table : kTables) {
        const std::int64_t expected = rowCount(*database, table) - (table == "cases" ? 1 : 0);
        INFO("table " << table);
        CHECK(rowCount(*copy, table) == expected);
    }
    CHECK(rowCount(*copy, "faces") == 30);

    std::vector<std::pair<std::int64_t, Embedding>> original, copied;
    valueOrFail(FaceRepository(*database).forEachGalleryFace([&](const GalleryFace& face) {
        original.emplace_back(face.faceId, face.embedding);
        return ScanStep::Continue;
    }));
    valueOrFail(FaceRepository(*copy).forEachGalleryFace([&](const GalleryFace& face) {
        copied.emplace_back(face.faceId, face.embedding);
        return ScanStep::Continue;
    }));
    CHECK(original == copied);

    const Status overwrite = database->backupTo(destination);
    REQUIRE_FALSE(overwrite.ok());
    CHECK_THAT(overwrite.error().message, Catch::Matchers::Contains("already exists"));
    const Status missingFolder = database->backupTo(database.folder.file("missing") / "b.db");
    CHECK_FALSE(missingFolder.ok());
}
