// Photos, faces, the blob layout and the gallery scan.
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "DbTestSupport.h"
#include "db/records/FaceBlobCodec.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"

using namespace reunite::db::test;

namespace {

struct Owners {
    std::int64_t caseId = 0;
    std::int64_t relativeId = 0;
    std::int64_t candidateA = 0;
    std::int64_t candidateB = 0;
};

Owners createOwners(Database& database) {
    Owners owners;
    owners.caseId = addSampleCase(database, "C-1");
    RelativeRecord mother;
    mother.caseId = owners.caseId;
    mother.relation = Relation::Mother;
    owners.relativeId = valueOrFail(RelativeRepository(database).add(mother, kAnalyst)).id;
    CandidateRepository candidates(database);
    owners.candidateA = valueOrFail(candidates.create(sampleCandidate("A"), kAnalyst)).id;
    owners.candidateB = valueOrFail(candidates.create(sampleCandidate("B"), kAnalyst)).id;
    return owners;
}

bool sameBits(const Embedding& a, const Embedding& b) { return std::memcmp(a.data(), b.data(), sizeof(Embedding)) == 0; }

}  // namespace

TEST_CASE("photos are unique per owner, not globally", "[db][photos]") {
    FreshDatabase database;
    const Owners owners = createOwners(*database);
    PhotoRepository photos(*database);

    PhotoRecord childhood = samplePhoto(PhotoOwner::ofCase(owners.caseId), 1);
    childhood.captureDate = "2012-12-24";
    childhood.ageAtPhotoYears = 3.75;
    const PhotoRecord stored = valueOrFail(photos.add(childhood, kAnalyst));
    CHECK(stored.owner == PhotoOwner::ofCase(owners.caseId));
    CHECK(stored.status == PhotoStatus::Pending);
    CHECK(stored.ageAtPhotoYears == std::optional<double>(3.75));
    CHECK(stored.captureDate == std::optional<std::string>("2012-12-24"));
    CHECK(stored.width == std::optional<int>(640));
    CHECK(stored.importedBy == kAnalyst);

    const auto again = photos.add(childhood, kAnalyst);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Database);
    CHECK_THAT(again.error().message, Catch::Matchers::Contains("already attached to case"));

    // The same file may also sit in the gallery: that is exactly what an investigator wants to see.
    PhotoRecord sameFileInGallery = samplePhoto(PhotoOwner::ofCandidate(owners.candidateA), 1);
    sameFileInGallery.sha256 = childhood.sha256;
    for (char& c : sameFileInGallery.sha256) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const PhotoRecord galleryCopy = valueOrFail(photos.add(sameFileInGallery, kAnalyst));
    CHECK(galleryCopy.sha256 == childhood.sha256);
    const auto everywhere = valueOrFail(photos.listBySha256(childhood.sha256));
    REQUIRE(everywhere.size() == 2);
    CHECK(everywhere[1].owner == PhotoOwner::ofCandidate(owners.candidateA));

    const auto found = valueOrFail(photos.findBySha256(childhood.sha256, PhotoOwner::ofCase(owners.caseId)));
    REQUIRE(found.has_value());
    CHECK(found->id == stored.id);
    CHECK_FALSE(valueOrFail(photos.findBySha256(childhood.sha256, PhotoOwner::ofRelative(owners.relativeId))).has_value());

    valueOrFail(photos.add(samplePhoto(PhotoOwner::ofCase(owners.caseId), 2), kAnalyst));
    const auto casePhotos = valueOrFail(photos.listByOwner(PhotoOwner::ofCase(owners.caseId)));
    REQUIRE(casePhotos.size() == 2);
    CHECK(casePhotos[0].id == stored.id);

    requireOk(photos.setStatus(stored.id, PhotoStatus::Error, "cannot decode JPEG"));
    CHECK(valueOrFail(photos.get(stored.id)).errorMessage == "cannot decode JPEG");
    requireOk(photos.setStatus(stored.id, PhotoStatus::Faces));
    const PhotoRecord processed = valueOrFail(photos.get(stored.id));
    CHECK(processed.status == PhotoStatus::Faces);
    CHECK(processed.errorMessage.empty());
    CHECK(photos.setStatus(99999, PhotoStatus::Faces).error().code == ErrorCode::NotFound);

    PhotoRecord badDigest = samplePhoto(PhotoOwner::ofCase(owners.caseId), 3);
    badDigest.sha256 = "abc";
    CHECK(photos.add(badDigest, kAnalyst).error().code == ErrorCode::InvalidArgument);
    const auto orphan = photos.add(samplePhoto(PhotoOwner::ofCandidate(4242), 4), kAnalyst);
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().code == ErrorCode::Database);
    CHECK_THAT(orphan.error().message, Catch::Matchers::Contains("candidate 4242"));
}

TEST_CASE("the age at a photo can be corrected or cleared", "[db][photos]") {
    FreshDatabase database;
    const Owners owners = createOwners(*database);
    PhotoRepository photos(*database);
    const PhotoRecord stored = valueOrFail(photos.add(samplePhoto(PhotoOwner::ofCase(owners.caseId), 7), kAnalyst));

    REQUIRE(photos.setAgeAtPhoto(stored.id, 6.5).ok());
    CHECK(valueOrFail(photos.get(stored.id)).ageAtPhotoYears == std::optional<double>(6.5));
    REQUIRE(photos.setAgeAtPhoto(stored.id, std::nullopt).ok());
    CHECK_FALSE(valueOrFail(photos.get(stored.id)).ageAtPhotoYears.has_value());
    CHECK(photos.setAgeAtPhoto(stored.id, -1.0).error().code == ErrorCode::InvalidArgument);
    CHECK(photos.setAgeAtPhoto(stored.id + 1000, 5.0).error().code == ErrorCode::NotFound);
}

TEST_CASE("a photo has exactly one owner", "[db][photos]") {
    FreshDatabase database;
    const Owners owners = createOwners(*database);
    const std::string columns =
        "INSERT INTO photos (case_id, candidate_id, sha256, stored_path, byte_size, imported_by, imported_at) VALUES ";
    const std::string digest = "'" + sampleSha256(5) + "'";
    const Status twoOwners = database->execute(columns + "(" + std::to_string(owners.caseId) + ", " +
                                               std::to_string(owners.candidateA) + ", " + digest + ", 'p', 1, 'x', 'now')");
    REQUIRE_FALSE(twoOwners.ok());
    CHECK_THAT(twoOwners.error().message, Catch::Matchers::Contains("CHECK constraint failed"));
    const Status noOwner = database->execute(columns + "(NULL, NULL, " + digest + ", 'p', 1, 'x', 'now')");
    REQUIRE_FALSE(noOwner.ok());
    CHECK_THAT(noOwner.error().message, Catch::Matchers::Contains("CHECK constraint failed"));
    CHECK(rowCount(*database, "photos") == 0);
}

TEST_CASE("embeddings round-trip bit for bit and landmarks to float precision", "[db][faces]") {
    FreshDatabase database;
    const Owners owners = createOwners(*database);
    const auto photoId =
        valueOrFail(PhotoRepository(*database).add(samplePhoto(PhotoOwner::ofCandidate(owners.candidateA), 1), kAnalyst)).id;
    FaceRepository faces(*database);

    FaceRow face = sampleFace(photoId, 0, 7);
    face.embedding[0] = -0.0f;
    face.embedding[1] = std::numeric_limits<float>::denorm_min();
    face.embedding[2] = std::numeric_limits<float>::max();
    face.embedding[3] = std::numeric_limits<float>::lowest();
    face.embedding[4] = std::nextafter(1.0f, 2.0f);
    face.embedding[5] = 1.0f / 3.0f;
    face.landmarks[0] = PointF{123.456789, -0.1};

    const FaceRow stored = valueOrFail(faces.add(face));
    CHECK(stored.id > 0);
    const FaceRow loaded = valueOrFail(faces.get(stored.id));
    CHECK(sameBits(loaded.embedding, face.embedding));
    CHECK(std::signbit(loaded.embedding[0]));
    for (int i = 0; i < kLandmarkCount; ++i) {
        CHECK(loaded.landmarks[i].x == static_cast<double>(static_cast<float>(face.landmarks[i].x)));
        CHECK(loaded.landmarks[i].y == static_cast<double>(static_cast<float>(face.landmarks[i].y)));
    }
    CHECK(loaded.detection.box.x == face.detection.box.x);
    CHECK(loaded.detection.box.height == face.detection.box.height);
    CHECK(loaded.detection.score == face.detection.score);
    CHECK(loaded.detection.upsampleLevel == 1);
    CHECK_FALSE(loaded.detection.fallback);
    CHECK(loaded.quality.sharpness == face.quality.sharpness);
    CHECK(loaded.quality.yawDegrees == face.quality.yawDegrees);
    CHECK(loaded.quality.flags == (QualityBlurred | QualityPossiblyChild));
    CHECK(loaded.modelId == "dlib_resnet_v1");
    CHECK(loaded.modelVersion == "1.0");

    // The stored bytes are little-endian float32, independent of the host.
    auto raw = valueOrFail(database->prepare("SELECT embedding, landmarks FROM faces WHERE id = ?"));
    raw.bindInt64(1, stored.id);
    REQUIRE(valueOrFail(raw.step()));
    const auto embeddingBytes = raw.columnBlob(0);
    REQUIRE(embeddingBytes.size() == 512);
    CHECK(raw.columnBlob(1).size() == 544);
    Embedding one{};
    one[0] = 1.0f;
    const EmbeddingBlob encodedOne = encodeEmbedding(one);
    CHECK(encodedOne[0] == std::byte{0x00});
    CHECK(encodedOne[1] == std::byte{0x00});
    CHECK(encodedOne[2] == std::byte{0x80});
    CHECK(encodedOne[3] == std::byte{0x3F});
    Embedding decoded{};
    CHECK_FALSE(decodeEmbedding(embeddingBytes.first(511), decoded));
    REQUIRE(decodeEmbedding(embeddingBytes, decoded));
    CHECK(sameBits(decoded, face.embedding));

    const auto duplicate = faces.add(face);
    REQUIRE_FALSE(duplicate.ok());
    CHECK_THAT(duplicate.error().message, Catch::Matchers::Contains("already stored"));
    FaceRow orphan = face;
    orphan.photoId = 4242;
    CHECK_THAT(faces.add(orphan).error().message, Catch::Matchers::Contains("photo 4242 does not exist"));
    FaceRow invalid = face;
    invalid.faceIndex = 1;
    invalid.quality.childLikelihood = 1.5;
    CHECK(faces.add(invalid).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("faces are listed by photo and by owner and removed with their photo", "[db][faces]") {
    FreshDatabase database;
    const Owners owners = createOwners(*database);
    PhotoRepository photos(*database);
    FaceRepository faces(*database);
    const auto first = valueOrFail(photos.add(samplePhoto(PhotoOwner::ofCase(owners.caseId), 1), kAnalyst)).id;
    const auto second = valueOrFail(photos.add(samplePhoto(PhotoOwner::ofCase(owners.caseId), 2), kAnalyst)).id;
    valueOrFail(faces.add(sampleFace(second, 1, 3)));
    valueOrFail(faces.add(sampleFace(second, 0, 2)));
    valueOrFail(faces.add(sampleFace(first, 0, 1)));

    const auto ofSecond = valueOrFail(faces.listByPhoto(second));
    REQUIRE(ofSecond.size() == 2);
    CHECK(ofSecond[0].faceIndex == 0);
    CHECK(sameBits(ofSecond[1].embedding, sampleEmbedding(3)));

    const auto ofCase = valueOrFail(faces.listByOwner(PhotoOwner::ofCase(owners.caseId)));
    REQUIRE(ofCase.size() == 3);
    CHECK(ofCase[0].photoId == first);
    CHECK(valueOrFail(faces.listByOwner(PhotoOwner::ofRelative(owners.relativeId))).empty());

    CHECK(valueOrFail(faces.removeForPhoto(second)) == 2);
    CHECK(valueOrFail(faces.listByPhoto(second)).empty());
    requireOk(database->execute("DELETE FROM photos WHERE id = " + std::to_string(first)));
    CHECK(rowCount(*database, "faces") == 0);
}

TEST_CASE("the gallery scan yields every candidate face and no case or relative face", "[db][faces][gallery]") {
    FreshDatabase database;
    const Owners owners = createOwners(*database);
    PhotoRepository photos(*database);
    FaceRepository faces(*database);

    std::map<std::int64_t, std::pair<std::int64_t, unsigned>> expected;  // face id -> (candidate, seed)
    unsigned seed = 100;
    int photoNumber = 0;
    auto addPhotoWithFaces = [&](const PhotoOwner& owner, int faceCount) {
        const auto photoId = valueOrFail(photos.add(samplePhoto(owner, ++photoNumber), kAnalyst)).id;
        for (int index = 0; index < faceCount; ++index) {
            const auto faceId = valueOrFail(faces.add(sampleFace(photoId, index, ++seed))).id;
            if (owner.kind == PhotoOwnerKind::Candidate) expected[faceId] = {owner.id, seed};
        }
    };
    addPhotoWithFaces(PhotoOwner::ofCase(owners.caseId), 2);
    addPhotoWithFaces(PhotoOwner::ofCandidate(owners.candidateA), 1);
    addPhotoWithFaces(PhotoOwner::ofRelative(owners.relativeId), 1);
    addPhotoWithFaces(PhotoOwner::ofCandidate(owners.candidateB), 3);
    addPhotoWithFaces(PhotoOwner::ofCandidate(owners.candidateA), 2);
    addPhotoWithFaces(PhotoOwner::ofCandidate(owners.candidateB), 0);
    addPhotoWithFaces(PhotoOwner::ofCase(owners.caseId), 1);
    REQUIRE(expected.size() == 6);
    REQUIRE(rowCount(*database, "faces") == 10);

    std::vector<std::int64_t> seen;
    const auto delivered = valueOrFail(faces.forEachGalleryFace([&](const GalleryFace& face) {
        seen.push_back(face.faceId);
        const auto entry = expected.find(face.faceId);
        REQUIRE(entry != expected.end());
        CHECK(face.candidateId == entry->second.first);
        CHECK(sameBits(face.embedding, sampleEmbedding(entry->second.second)));
        CHECK(face.quality.sharpness == 142.5 + entry->second.second);
        CHECK(face.quality.flags == (QualityBlurred | QualityPossiblyChild));
        return ScanStep::Continue;
    }));
    CHECK(delivered == 6);
    std::vector<std::int64_t> expectedIds;
    for (const auto& [faceId, unused] : expected) expectedIds.push_back(faceId);
    CHECK(seen == expectedIds);
    CHECK(valueOrFail(faces.countGalleryFaces()) == 6);

    int visited = 0;
    CHECK(valueOrFail(faces.forEachGalleryFace([&](const GalleryFace&) {
              return ++visited == 2 ? ScanStep::Stop : ScanStep::Continue;
          })) == 2);
    CHECK(visited == 2);

    CHECK(valueOrFail(faces.forEachGalleryFace("dlib_resnet_v1", [](const GalleryFace&) { return ScanStep::Continue; })) == 6);
    CHECK(valueOrFail(faces.forEachGalleryFace("other_model", [](const GalleryFace&) { return ScanStep::Continue; })) == 0);
}
