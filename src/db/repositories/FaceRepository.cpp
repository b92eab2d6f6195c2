#include "db/repositories/FaceRepository.h"

#include <span>

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
    "f.child_likelihood, f.quality_flags, f.embedding, f.landmarks, f.created_at, f.embedding_check FROM faces f ";

// The embedding blob decoded, if it has the right size and still matches its check value.
bool decodeCheckedEmbedding(std::span<const std::byte> blob, std::int64_t check, Embedding& embedding) {
    return blob.size() == kEmbeddingBlobSize && embeddingCheck(blob) == check && decodeEmbedding(blob, embedding);
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
    if (!decodeCheckedEmbedding(row.columnBlob(17), row.columnInt64(20), face.embedding) ||
        !decodeLandmarks(row.columnBlob(18), face.landmarks)) {
        return databaseError("face " + std::to_string(face.id) + " has a damaged embedding or landmark blob");
    }
    face.createdAt = row.columnText(19);
    return face;
}

GalleryFace readGalleryFace(const Statement& row) {
    GalleryFace face;
    face.faceId = row.columnInt64(0);
    face.candidateId = row.columnInt64(1);
    face.photoId = row.columnInt64(2);
    face.damaged = !decodeCheckedEmbedding(row.columnBlob(3), row.columnInt64(9), face.embedding);
    if (face.damaged) face.embedding = Embedding{};
    face.quality.faceSizePx = row.columnDouble(4);
    face.quality.sharpness = row.columnDouble(5);
    face.quality.yawDegrees = row.columnDouble(6);
    face.quality.childLikelihood = row.columnDouble(7);
    face.quality.flags = static_cast<std::uint32_t>(row.columnInt64(8));
    return face;
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
        "quality_flags, embedding, landmarks, created_at, embedding_check) "
        "VALUES (:photo_id, :face_index, :model_id, :model_version, :box_x, :box_y, :box_width, :box_height, "
        ":detector_score, :upsample_level, :is_fallback_box, :face_size_px, :sharpness, :yaw_degrees, "
        ":child_likelihood, :quality_flags, :embedding, :landmarks, :now, :embedding_check)");
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
        .bindText(":now", currentUtcTimestamp())
        .bindInt64(":embedding_check", embeddingCheck(embedding));
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
    return database_.prepare(std::string(kSelectFace) + "WHERE f.id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, faceId);
        return statement.readOne<FaceRow>(readFace, "face " + std::to_string(faceId) + " does not exist");
    });
}

Result<std::vector<FaceRow>> FaceRepository::listByPhoto(std::int64_t photoId) {
    return database_.prepare(std::string(kSelectFace) + "WHERE f.photo_id = ? ORDER BY f.model_id, f.face_index")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, photoId);
            return statement.readAll<FaceRow>(readFace);
        });
}

Result<std::vector<FaceRow>> FaceRepository::listByOwner(const PhotoOwner& owner) {
    return database_
        .prepare(std::string(kSelectFace) + "JOIN photos p ON p.id = f.photo_id WHERE p." + std::string(photoOwnerColumn(owner.kind)) +
                 " = ? ORDER BY f.photo_id, f.model_id, f.face_index")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, owner.id);
            return statement.readAll<FaceRow>(readFace);
        });
}

Result<std::int64_t> FaceRepository::removeForPhoto(std::int64_t photoId) { return removeWhere(photoId, ""); }

Result<std::int64_t> FaceRepository::removeDetectedForPhoto(std::int64_t photoId) {
    return removeWhere(photoId, " AND (quality_flags & " + std::to_string(QualityManualBox) + ") = 0");
}

Result<std::int64_t> FaceRepository::removeWhere(std::int64_t photoId, const std::string& andCondition) {
    return database_.prepare("DELETE FROM faces WHERE photo_id = ?" + andCondition).andThen([&](Statement& statement) -> Result<std::int64_t> {
        statement.bindInt64(1, photoId);
        if (Status deleted = statement.run(); !deleted) {
            return databaseError("could not delete the faces of photo " + std::to_string(photoId) + ": " +
                                 deleted.error().message);
        }
        return database_.changes();
    });
}

Result<std::int64_t> FaceRepository::removeOthersOfPhoto(std::int64_t photoId, std::int64_t keptFaceId) {
    return database_.prepare("DELETE FROM faces WHERE photo_id = ? AND id <> ?").andThen([&](Statement& statement) -> Result<std::int64_t> {
        statement.bindInt64(1, photoId).bindInt64(2, keptFaceId);
        if (Status deleted = statement.run(); !deleted) {
            return databaseError("could not delete the other faces of photo " + std::to_string(photoId) + ": " +
                                 deleted.error().message);
        }
        return database_.changes();
    });
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
        "f.child_likelihood, f.quality_flags, f.embedding_check "
        "FROM faces f CROSS JOIN photos p ON p.id = f.photo_id "
        "WHERE p.candidate_id IS NOT NULL AND (?1 IS NULL OR f.model_id = ?1) ORDER BY f.id");
    if (!statement) return statement.error();
    Statement& scan = statement.value();
    if (modelId) {
        scan.bindText(1, *modelId);
    } else {
        scan.bindNull(1);
    }
    Result<std::int64_t> delivered = scan.forEachRow([&](const Statement& row) { return callback(readGalleryFace(row)); });
    if (!delivered) return databaseError("gallery scan failed: " + delivered.error().message);
    return delivered;
}

Result<std::vector<std::int64_t>> FaceRepository::findDamagedEmbeddings() {
    auto statement = database_.prepare("SELECT id, embedding, embedding_check FROM faces ORDER BY id");
    if (!statement) return statement.error();
    std::vector<std::int64_t> damaged;
    Embedding scratch{};
    Result<std::int64_t> scanned = statement.value().forEachRow([&](const Statement& row) {
        if (!decodeCheckedEmbedding(row.columnBlob(1), row.columnInt64(2), scratch)) damaged.push_back(row.columnInt64(0));
        return ScanStep::Continue;
    });
    if (!scanned) return scanned.error();
    return damaged;
}

Result<std::int64_t> FaceRepository::countGalleryFaces() {
    return database_
        .prepare("SELECT count(*) FROM faces f JOIN photos p ON p.id = f.photo_id WHERE p.candidate_id IS NOT NULL")
        .andThen([](Statement& statement) { return statement.readInt64(); });
}

Result<std::int64_t> FaceRepository::maxFaceId() {
    return database_.prepare("SELECT coalesce(max(id), 0) FROM faces").andThen([](Statement& statement) {
        return statement.readInt64();
    });
}

}  // namespace reunite::db
