// Issue 10 item 9: a stored embedding changed behind the workstation's back (a damaged page, a
// stray write) is found: reading the face fails naming it, the gallery load leaves it out and
// lists it (every search says so), and `check` names it. Faces stored before schema version 5
// get their check value from the migration.
#include <catch2/catch.hpp>

#include "DbTestSupport.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "search/GalleryIndex.h"
#include "workflows/gallery/GalleryLoader.h"

using namespace reunite::db::test;

namespace {

struct TwoGalleryFaces {
    std::int64_t intact = 0;
    std::int64_t damaged = 0;
};

std::int64_t addCandidateWithPhoto(Database& database, const std::string& reference, int photoSeed) {
    requireOk(database.execute("INSERT INTO candidates (source, external_ref, created_at, created_by) VALUES ('national_db', '" +
                               reference + "', '2026-01-01T00:00:00.000Z', 'tester')"));
    const std::int64_t candidate = queryInteger(database, "SELECT max(id) FROM candidates");
    return insertPhotoBeforeVersion11(database, candidate, photoSeed);
}

// One byte of the stored embedding changed: the blob keeps its size, so only the check can tell.
void damageEmbedding(Database& database, std::int64_t faceId) {
    auto select = database.prepare("SELECT embedding FROM faces WHERE id = ?1");
    REQUIRE(select);
    select.value().bindInt64(1, faceId);
    REQUIRE(valueOrFail(select.value().step()));
    const std::span<const std::byte> stored = select.value().columnBlob(0);
    std::vector<std::byte> changed(stored.begin(), stored.end());
    changed.at(100) ^= std::byte{0x5A};
    auto update = database.prepare("UPDATE faces SET embedding = ?1 WHERE id = ?2");
    REQUIRE(update);
    update.value().bindBlob(1, changed).bindInt64(2, faceId);
    requireOk(update.value().run());
}

}  // namespace

TEST_CASE("a damaged embedding is found on reading, loading and checking", "[db][faces][check]") {
    TempFolder folder("reunite-db-check");
    auto database = openDatabase(folder.file("check.db"));
    FaceRepository faces(*database);
    TwoGalleryFaces ids;
    ids.intact = valueOrFail(faces.add(sampleFace(addCandidateWithPhoto(*database, "C-1", 1), 0, 1))).id;
    ids.damaged = valueOrFail(faces.add(sampleFace(addCandidateWithPhoto(*database, "C-2", 2), 0, 2))).id;
    CHECK(valueOrFail(faces.findDamagedEmbeddings()).empty());

    damageEmbedding(*database, ids.damaged);

    auto read = faces.get(ids.damaged);
    REQUIRE_FALSE(read);
    CHECK(read.error().message.find("face " + std::to_string(ids.damaged)) != std::string::npos);
    CHECK(faces.get(ids.intact));
    CHECK(valueOrFail(faces.findDamagedEmbeddings()) == std::vector<std::int64_t>{ids.damaged});

    GalleryIndex index;
    const GalleryLoadStats loaded = valueOrFail(loadGallery(*database, "dlib_resnet_v1", index));
    CHECK(loaded.faces == 1);
    CHECK(index.faceCount() == 1);
    CHECK(loaded.damagedFaceIds == std::vector<std::int64_t>{ids.damaged});
}

TEST_CASE("faces stored before version 5 get their check value from the migration", "[db][faces][check][migrations]") {
    TempFolder folder("reunite-db-check-migration");
    const auto path = folder.file("old.db");
    std::int64_t oldFace = 0;
    {
        auto database = openDatabaseAtVersion(path, 4);
        oldFace = addFaceBeforeVersion5(*database, sampleFace(addCandidateWithPhoto(*database, "C-OLD", 3), 0, 3));
    }
    auto database = openDatabase(path);
    FaceRepository faces(*database);
    CHECK(valueOrFail(faces.get(oldFace)).embedding == sampleEmbedding(3));
    CHECK(valueOrFail(faces.findDamagedEmbeddings()).empty());
    damageEmbedding(*database, oldFace);
    CHECK(valueOrFail(faces.findDamagedEmbeddings()) == std::vector<std::int64_t>{oldFace});
}
