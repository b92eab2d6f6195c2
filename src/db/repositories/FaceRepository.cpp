#include "db/repositories/FaceRepository.h"

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/FaceBlobCodec.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectFace =
    "SELECT f.id, f.photo_id, f.face_index, f.model_id, f.model_version, f.box_x, f.box_y, f.box_width, f.box_height, "
    "f.detector_score, f.upsample_level, f.is_fallback_box, f.face_size_px, f.sharpness, f.yaw_degrees, "
    "f.child_likelihood, f.quality_flags, f.embedding, f.landmarks, f.created_at FROM faces f ";

std::string_view ownerColumn(PhotoOwnerKind kind) {
    switch (kind) {
    case PhotoOwnerKind::Case: return "case_id";
    case PhotoOwnerKind::Relative: return "relative_id";
    case PhotoOwnerKind::Candidate: return "candidate_id";
    }
    return "case_id";
}

Result<FaceRow> readFace(const Statement& row) {
    FaceRow face;
    face.id = row.columnInt64(0);
    face.photoId = row.columnInt64(1);
    face.faceIndex = row.columnInt(2);
    face.modelId = row.columnText(3);
    face.modelVersion = row.columnText(4);
    face.detection.box = RectF{row.columnDouble(5), row.columnDouble(6), row.columnDouble(7), row.columnDouble(8)};
    face.detection.score = row.columnDouble(9);
    face.detection.upsampleLevel = row.columnInt(10);
    face.detection.fallback = row.columnBool(11);
    face.quality.faceSizePx = row.columnDouble(12);
    face.quality.sharpness = row.columnDouble(13);
    face.quality.yawDegrees = row.columnDouble(14);
    face.quality.childLikelihood = row.columnDouble(15);
    face.quality.flags = static_cast<std::uint32_t>(row.columnInt64(16));
    if (!decodeEmbedding(row.columnBlob(17), face.embedding) || !decodeLandmarks(row.columnBlob(18), face.landmarks)) {
        return databaseError("face " + std::to_string(face.id) + " has a damaged embedding or landmark blob");
    }
    face.createdAt = row.columnText(19);
    return face;
}

Result<std::vector<FaceRow>> readAll(Statement& statement) {
    std::vector<FaceRow> faces;
    while (true) {
        auto hasRow = statement.step();
        if (!hasRow) return hasRow.error();
        if (!hasRow.value()) return faces;
        auto face = readFace(statement);
        if (!face) return face.error();
        faces.push_back(std::move(face).value());
    }
}

Status validate(const FaceRow& face) {
    if (auto model = requireNotBlank(face.modelId, "model id"); !model) return model;
    if (face.faceIndex < 0) return invalidArgument("face index must not be negative");
    if (face.detection.box.width <= 0 || face.detection.box.height <= 0) {
        return invalidArgument("face box width and height must be positive");
    }
    if (face.detection.upsampleLevel < 0) return invalidArgument("upsample level must not be negative");
    if (!(face.quality.childLikelihood >= 0 && face.quality.childLikelihood <= 1)) {
        return invalidArgument("child likelihood must be between 0 and 1");
    }
    return Ok{};
}

}  // namespace

Result<FaceRow> FaceRepository::add(const FaceRow& face) {
    if (auto valid = validate(face); !valid) return valid.error();
    auto statement = database_.prepare(
        "INSERT INTO faces (photo_id, face_index, model_id, model_version, box_x, box_y, box_width, box_height, "
        "detector_score, upsample_level, is_fallback_box, face_size_px, sharpness, yaw_degrees, child_likelihood, "
        "quality_flags, embedding, landmarks, created_at) "
        "VALUES (:photo_id, :face_index, :model_id, :model_version, :box_x, :box_y, :box_width, :box_height, "
        ":detector_score, :upsample_level, :is_fallback_box, :face_size_px, :sharpness, :yaw_degrees, "
        ":child_likelihood, :quality_flags, :embedding, :landmarks, :now)");
    if (!statement) return statement.error();
    const EmbeddingBlob embedding = encodeEmbedding(face.embedding);
    const LandmarksBlob landmarks = encodeLandmarks(face.landmarks);
    Statement& insert = statement.value();
    insert.bindInt64(":photo_id", face.photoId)
        .bindInt64(":face_index", face.faceIndex)
        .bindText(":model_id", face.modelId)
        .bindText(":model_version", face.modelVersion)
        .bindDouble(":box_x", face.detection.box.x)
        .bindDouble(":box_y", face.detection.box.y)
        .bindDouble(":box_width", face.detection.box.width)
        .bindDouble(":box_height", face.detection.box.height)
        .bindDouble(":detector_score", face.detection.score)
        .bindInt64(":upsample_level", face.detection.upsampleLevel)
        .bindBool(":is_fallback_box", face.detection.fallback)
        .bindDouble(":face_size_px", face.quality.faceSizePx)
        .bindDouble(":sharpness", face.quality.sharpness)
        .bindDouble(":yaw_degrees", face.quality.yawDegrees)
        .bindDouble(":child_likelihood", face.quality.childLikelihood)
        .bindInt64(":quality_flags", face.quality.flags)
        .bindBlob(":embedding", embedding)
        .bindBlob(":landmarks", landmarks)
        .bindText(":now", currentUtcTimestamp());
    if (auto inserted = insert.run(); !inserted) {
        const std::string what = "face " + std::to_string(face.faceIndex) + " of photo " + std::to_string(face.photoId);
        if (insert.failedOnForeignKey()) {
            return databaseError("cannot add " + what + ": photo " + std::to_string(face.photoId) + " does not exist");
        }
        if (insert.failedOnUniqueConstraint()) {
            return databaseError(what + " is already stored for model '" + face.modelId + "'");
        }
        return databaseError("could not add " + what + ": " + inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Result<FaceRow> FaceRepository::get(std::int64_t faceId) {
    auto statement = database_.prepare(std::string(kSelectFace) + "WHERE f.id = ?");
    if (!statement) return statement.error();
    statement.value().bindInt64(1, faceId);
    auto hasRow = statement.value().step();
    if (!hasRow) return hasRow.error();
    if (!hasRow.value()) return notFound("face " + std::to_string(faceId) + " does not exist");
    return readFace(statement.value());
}

Result<std::vector<FaceRow>> FaceRepository::listByPhoto(std::int64_t photoId) {
    auto statement = database_.prepare(std::string(kSelectFace) + "WHERE f.photo_id = ? ORDER BY f.model_id, f.face_index");
    if (!statement) return statement.error();
    statement.value().bindInt64(1, photoId);
    return readAll(statement.value());
}

Result<std::vector<FaceRow>> FaceRepository::listByOwner(const PhotoOwner& owner) {
    auto statement = database_.prepare(std::string(kSelectFace) + "JOIN photos p ON p.id = f.photo_id WHERE p." +
                                       std::string(ownerColumn(owner.kind)) +
                                       " = ? ORDER BY f.photo_id, f.model_id, f.face_index");
    if (!statement) return statement.error();
    statement.value().bindInt64(1, owner.id);
    return readAll(statement.value());
}

Result<std::int64_t> FaceRepository::removeForPhoto(std::int64_t photoId) {
    auto statement = database_.prepare("DELETE FROM faces WHERE photo_id = ?");
    if (!statement) return statement.error();
    statement.value().bindInt64(1, photoId);
    if (auto deleted = statement.value().run(); !deleted) {
        return databaseError("could not delete the faces of photo " + std::to_string(photoId) + ": " +
                             deleted.error().message);
    }
    return database_.changes();
}

Result<std::int64_t> FaceRepository::forEachGalleryFace(const GalleryCallback& callback) {
    return scanGallery(nullptr, callback);
}

Result<std::int64_t> FaceRepository::forEachGalleryFace(std::string_view modelId, const GalleryCallback& callback) {
    return scanGallery(&modelId, callback);
}

Result<std::int64_t> FaceRepository::scanGallery(const std::string_view* modelId, const GalleryCallback& callback) {
    // CROSS JOIN fixes the loop order: walk `faces` in rowid order (sequential pages, no sort) and
    // look each photo up by primary key.
    auto statement = database_.prepare(
        "SELECT f.id, p.candidate_id, f.photo_id, f.embedding, f.face_size_px, f.sharpness, f.yaw_degrees, "
        "f.child_likelihood, f.quality_flags "
        "FROM faces f CROSS JOIN photos p ON p.id = f.photo_id "
        "WHERE p.candidate_id IS NOT NULL AND (?1 IS NULL OR f.model_id = ?1) ORDER BY f.id");
    if (!statement) return statement.error();
    Statement& scan = statement.value();
    if (modelId) {
        scan.bindText(1, *modelId);
    } else {
        scan.bindNull(1);
    }
    GalleryFace face;
    std::int64_t delivered = 0;
    while (true) {
        auto hasRow = scan.step();
        if (!hasRow) return databaseError("gallery scan failed: " + hasRow.error().message);
        if (!hasRow.value()) return delivered;
        face.faceId = scan.columnInt64(0);
        face.candidateId = scan.columnInt64(1);
        face.photoId = scan.columnInt64(2);
        if (!decodeEmbedding(scan.columnBlob(3), face.embedding)) {
            return databaseError("gallery scan failed: face " + std::to_string(face.faceId) + " has a damaged embedding");
        }
        face.quality.faceSizePx = scan.columnDouble(4);
        face.quality.sharpness = scan.columnDouble(5);
        face.quality.yawDegrees = scan.columnDouble(6);
        face.quality.childLikelihood = scan.columnDouble(7);
        face.quality.flags = static_cast<std::uint32_t>(scan.columnInt64(8));
        ++delivered;
        if (callback(face) == ScanStep::Stop) return delivered;
    }
}

Result<std::int64_t> FaceRepository::countGalleryFaces() {
    auto statement = database_.prepare(
        "SELECT count(*) FROM faces f JOIN photos p ON p.id = f.photo_id WHERE p.candidate_id IS NOT NULL");
    if (!statement) return statement.error();
    auto hasRow = statement.value().step();
    if (!hasRow) return hasRow.error();
    return statement.value().columnInt64(0);
}

Result<std::int64_t> FaceRepository::maxFaceId() {
    auto statement = database_.prepare("SELECT coalesce(max(id), 0) FROM faces");
    if (!statement) return statement.error();
    auto hasRow = statement.value().step();
    if (!hasRow) return databaseError("reading the face count failed: " + hasRow.error().message);
    return statement.value().columnInt64(0);
}

}  // namespace reunite::db
