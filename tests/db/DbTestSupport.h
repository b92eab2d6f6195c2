#pragma once
// Helpers shared by the reunite_db tests: result unwrapping with readable failures, file bytes,
// row counting and sample records.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>

#include "db/schema/SchemaMigrations.h"
#include "db/sqlite/Database.h"
#include "db/records/FaceBlobCodec.h"
#include "db/records/FaceRow.h"
#include "db/records/PhotoRecord.h"
#include "db/records/CandidateRecord.h"
#include "db/records/CaseRecord.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "domain/Result.h"
#include "db/sqlite/Statement.h"
#include "TestData.h"

namespace reunite::db::test {

// A test file names this one namespace; it brings the project's and the database layer's names.
using namespace ::reunite;
using namespace ::reunite::db;
using reunite::test::TempFolder;

inline const char* kAnalyst = "analyst.one";

template <typename T>
T valueOrFail(Result<T> result) {
    if (!result.ok()) FAIL("unexpected error: " << result.error().message);
    return std::move(result).value();
}

inline void requireOk(const Status& status) {
    if (!status.ok()) FAIL("unexpected error: " << status.error().message);
}

inline std::unique_ptr<Database> openDatabase(const std::filesystem::path& path, const OpenOptions& options = {}) {
    return valueOrFail(Database::open(path, options));
}

// A database as an older release left it: only the first `version` migrations applied.
inline std::unique_ptr<Database> openDatabaseAtVersion(const std::filesystem::path& path, std::size_t version) {
    OpenOptions older;
    older.migrations = schemaMigrations().first(version);
    return openDatabase(path, older);
}

// A new, empty database in its own temporary folder, removed with the fixture.
struct FreshDatabase {
    TempFolder folder{"reunite-db"};
    std::unique_ptr<Database> database = openDatabase(folder.file("reunite.db"));

    Database& operator*() const { return *database; }
    Database* operator->() const { return database.get(); }
};

inline std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeFileBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

// Runs a query returning one integer (e.g. a count or a pragma).
inline std::int64_t queryInteger(Database& database, const std::string& sql) {
    auto statement = valueOrFail(database.prepare(sql));
    REQUIRE(valueOrFail(statement.step()));
    return statement.columnInt64(0);
}

inline std::int64_t rowCount(Database& database, const std::string& table) {
    return queryInteger(database, "SELECT count(*) FROM " + table);
}

inline CaseRecord sampleCase(const std::string& caseNumber) {
    CaseRecord record;
    record.caseNumber = caseNumber;
    record.givenNames = "Mara";
    record.familyName = "Lindqvist";
    record.sex = Sex::Female;
    record.birthDate = "2009-03-14";
    record.lastSeenDate = "2013-07-02";
    record.lastSeenPlace = "Central station, platform 4";
    record.description = "Red jacket, blue rucksack";
    record.distinguishingMarks = "Small scar above left eyebrow";
    return record;
}

inline CandidateRecord sampleCandidate(const std::string& externalRef,
                                       CandidateSource source = CandidateSource::NationalDatabase) {
    CandidateRecord record;
    record.source = source;
    record.externalRef = externalRef;
    record.givenNames = "Anna";
    record.familyName = "Berg";
    record.sex = Sex::Female;
    record.birthYear = 2009;
    record.birthYearIsEstimate = true;
    record.region = "North";
    return record;
}

// Stores sampleCase(caseNumber) or sampleCandidate(externalRef) and returns its id.
inline std::int64_t addSampleCase(Database& database, const std::string& caseNumber) {
    return valueOrFail(CaseRepository(database).create(sampleCase(caseNumber), kAnalyst)).id;
}

inline std::int64_t addSampleCandidate(Database& database, const std::string& externalRef) {
    return valueOrFail(CandidateRepository(database).create(sampleCandidate(externalRef), kAnalyst)).id;
}

// A well-formed, distinct SHA-256 digest for a number.
inline std::string sampleSha256(int number) {
    std::string digest(64, '0');
    const std::string hex = "0123456789abcdef";
    unsigned value = static_cast<unsigned>(number) * 2654435761u + 12345u;
    for (int i = 0; i < 64; ++i) {
        digest[i] = hex[value & 0xF];
        value = value * 1103515245u + 12345u + static_cast<unsigned>(i);
    }
    return digest;
}

inline PhotoRecord samplePhoto(const PhotoOwner& owner, int number) {
    PhotoRecord record;
    record.owner = owner;
    record.sha256 = sampleSha256(number);
    record.storedPath = "photos/" + std::to_string(number) + ".jpg";
    record.originalFileName = "IMG_" + std::to_string(number) + ".JPG";
    record.byteSize = 120000 + number;
    record.width = 640;
    record.height = 480;
    record.provenance = "test fixture";
    return record;
}

inline Embedding sampleEmbedding(unsigned seed) {
    std::mt19937 random(seed);
    std::normal_distribution<float> value(0.0f, 0.1f);
    Embedding embedding{};
    for (float& component : embedding) component = value(random);
    return embedding;
}

inline FaceRow sampleFace(std::int64_t photoId, int faceIndex, unsigned seed) {
    FaceRow face;
    face.photoId = photoId;
    face.faceIndex = faceIndex;
    face.modelId = "dlib_resnet_v1";
    face.modelVersion = "1.0";
    face.detection.box = RectF{10.5 + seed, 20.25, 80.0, 96.0};
    face.detection.score = 0.93;
    face.detection.upsampleLevel = 1;
    for (int i = 0; i < kLandmarkCount; ++i) face.landmarks[i] = PointF{12.5 + i * 1.25, 30.75 + i * 0.5};
    face.quality.faceSizePx = 88.0;
    face.quality.sharpness = 142.5 + seed;
    face.quality.yawDegrees = -7.5;
    face.quality.childLikelihood = 0.25;
    face.quality.flags = QualityBlurred | QualityPossiblyChild;
    face.embedding = sampleEmbedding(seed);
    return face;
}

// A gallery photo written as versions before 11 stored it (no sealed column), for migration tests.
inline std::int64_t insertPhotoBeforeVersion11(Database& database, std::int64_t candidateId, int number) {
    const PhotoRecord photo = samplePhoto(PhotoOwner::ofCandidate(candidateId), number);
    requireOk(database.execute("INSERT INTO photos (sha256, candidate_id, stored_path, original_file_name, byte_size, imported_by, "
                               "imported_at) VALUES ('" + photo.sha256 + "', " + std::to_string(candidateId) + ", '" + photo.storedPath +
                               "', '" + photo.originalFileName + "', 1000, 'tester', '2026-01-01T00:00:00.000Z')"));
    return queryInteger(database, "SELECT max(id) FROM photos");
}

// A face written as versions before 5 stored it (no embedding check column), for migration tests.
inline std::int64_t addFaceBeforeVersion5(Database& database, const FaceRow& face) {
    const EmbeddingBlob embedding = encodeEmbedding(face.embedding);
    const LandmarksBlob landmarks = encodeLandmarks(face.landmarks);
    auto insert = database.prepare(
        "INSERT INTO faces (photo_id, face_index, model_id, model_version, box_x, box_y, box_width, box_height, "
        "detector_score, upsample_level, is_fallback_box, face_size_px, sharpness, yaw_degrees, child_likelihood, "
        "quality_flags, embedding, landmarks, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, 0, ?10, ?11, ?12, "
        "?13, ?14, ?15, ?16, '2026-01-01T00:00:00.000Z')");
    REQUIRE(insert);
    Statement& row = insert.value();
    row.bindInt64(1, face.photoId).bindInt64(2, face.faceIndex).bindText(3, face.modelId).bindText(4, face.modelVersion);
    row.bindDouble(5, face.detection.box.x).bindDouble(6, face.detection.box.y).bindDouble(7, face.detection.box.width);
    row.bindDouble(8, face.detection.box.height).bindDouble(9, face.detection.score).bindDouble(10, face.quality.faceSizePx);
    row.bindDouble(11, face.quality.sharpness).bindDouble(12, face.quality.yawDegrees).bindDouble(13, face.quality.childLikelihood);
    row.bindInt64(14, face.quality.flags).bindBlob(15, embedding).bindBlob(16, landmarks);
    REQUIRE(row.run());
    return database.lastInsertRowId();
}

}  // namespace reunite::db::test
