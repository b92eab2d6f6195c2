#include "db/repositories/FaceRepository.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/FaceBlobCodec.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/sqlite/Transaction.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectFace =
    "SELECT f.id, f.photo_id, f.face_index, f.model_id, f.model_version, f.box_x, f.box_y, f.box_width, f.box_height, "
    "f.detector_score, f.upsample_level, f.is_fallback_box, f.face_size_px, f.sharpness, f.yaw_degrees, "
    "f.child_likelihood, f.quality_flags, f.embedding, f.landmarks, f.created_at, f.embedding_check, f.seal FROM faces f ";

// In an encrypted database a face's embedding and landmarks are sealed where they are stored
// (same sizes, so the schema's checks hold); `seal` keeps the nonce and tag of each, in that order.
constexpr std::size_t kFaceSealBytes = 2 * kDetachedSealBytes;

std::string sealedBlobName(std::int64_t faceId, std::string_view blob) { return "faces/" + std::to_string(faceId) + "/" + std::string(blob); }

DetachedSeal sealPart(std::span<const std::byte> seal, std::size_t part) {
    DetachedSeal out{};
    std::copy_n(seal.begin() + static_cast<std::ptrdiff_t>(part * kDetachedSealBytes), kDetachedSealBytes, out.begin());
    return out;
}

// The stored bytes of a blob in plain: as they are, or opened with the sealer (part 0: embedding,
// 1: landmarks). False when sealed and not openable (locked, wrong key, changed bytes).
template <std::size_t Size>
bool plainBlob(const Database& database, std::int64_t faceId, std::span<const std::byte> stored, std::span<const std::byte> seal,
               std::size_t part, std::array<std::byte, Size>& plain) {
    if (stored.size() != Size) return false;
    std::copy(stored.begin(), stored.end(), plain.begin());
    if (seal.empty()) return true;
    const FieldSealer* sealer = database.sealer();
    if (!sealer || seal.size() != kFaceSealBytes) return false;
    return static_cast<bool>(sealer->openInPlace(plain, sealPart(seal, part), sealedBlobName(faceId, part == 0 ? "embedding" : "landmarks")));
}

// The embedding decoded, if its stored bytes have the right size, still match their check value
// and (when sealed) open.
bool decodeCheckedEmbedding(const Database& database, std::int64_t faceId, std::span<const std::byte> blob, std::int64_t check,
                            std::span<const std::byte> seal, Embedding& embedding) {
    if (blob.size() != kEmbeddingBlobSize || embeddingCheck(blob) != check) return false;
    if (seal.empty()) return decodeEmbedding(blob, embedding);  // plain: no copy on the start-up path
    EmbeddingBlob plain{};
    return plainBlob(database, faceId, blob, seal, 0, plain) && decodeEmbedding(plain, embedding);
}

bool decodeStoredLandmarks(const Database& database, std::int64_t faceId, std::span<const std::byte> blob, std::span<const std::byte> seal,
                           Landmarks& landmarks) {
    LandmarksBlob plain{};
    return plainBlob(database, faceId, blob, seal, 1, plain) && decodeLandmarks(plain, landmarks);
}

Result<FaceRow> readFace(const Database& database, const Statement& row) {
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
    const std::span<const std::byte> seal = row.columnBlob(21);
    if (!seal.empty() && !database.sealer()) return database.sealerForReading().error();
    if (!decodeCheckedEmbedding(database, face.id, row.columnBlob(17), row.columnInt64(20), seal, face.embedding) ||
        !decodeStoredLandmarks(database, face.id, row.columnBlob(18), seal, face.landmarks)) {
        return databaseError("face " + std::to_string(face.id) + " has a damaged embedding or landmark blob");
    }
    face.createdAt = row.columnText(19);
    return face;
}

// A gallery scan row's ids and quality; the embedding is decoded by the caller.
GalleryFace readGalleryFields(const Statement& row) {
    GalleryFace face;
    face.faceId = row.columnInt64(0);
    face.candidateId = row.columnInt64(1);
    face.photoId = row.columnInt64(2);
    face.quality.faceSizePx = row.columnDouble(4);
    face.quality.sharpness = row.columnDouble(5);
    face.quality.yawDegrees = row.columnDouble(6);
    face.quality.childLikelihood = row.columnDouble(7);
    face.quality.flags = static_cast<std::uint32_t>(row.columnInt64(8));
    if (!row.isNull(11) && !row.isNull(12)) face.estimatedBirthYears = BirthYearRange{row.columnInt(11), row.columnInt(12)};
    return face;
}

void decodeGalleryEmbedding(const Database& database, std::span<const std::byte> stored, std::int64_t check,
                            std::span<const std::byte> seal, GalleryFace& face) {
    face.damaged = !decodeCheckedEmbedding(database, face.faceId, stored, check, seal, face.embedding);
    if (face.damaged) face.embedding = Embedding{};
}

GalleryFace readGalleryFace(const Database& database, const Statement& row) {
    GalleryFace face = readGalleryFields(row);
    decodeGalleryEmbedding(database, row.columnBlob(3), row.columnInt64(9), row.columnBlob(10), face);
    return face;
}

// Rows of a gallery scan held back so that their sealed embeddings are opened on another core
// while the scan reads on: one opening costs about a microsecond, so a million faces opened on
// the scanning thread would add a second to every start-up. Faces are delivered in scan order,
// on the scanning thread.
class SealedFaceBatch {
public:
    explicit SealedFaceBatch(const Database& database) : database_(database) {}
    SealedFaceBatch(const SealedFaceBatch&) = delete;
    SealedFaceBatch& operator=(const SealedFaceBatch&) = delete;
    ~SealedFaceBatch() {
        if (opener_.joinable()) opener_.join();
    }

    void add(const Statement& row) {
        if (used_ == pending_.size()) pending_.emplace_back();
        Pending& pending = pending_[used_++];
        pending.face = readGalleryFields(row);
        pending.storedSize = copyCapped(row.columnBlob(3), pending.stored);
        pending.sealSize = copyCapped(row.columnBlob(10), pending.seal);
        pending.check = row.columnInt64(9);
    }
    bool full() const { return used_ >= kBatchSize; }
    // Starts opening the held faces on other threads.
    void startOpening() {
        opener_ = std::thread([this] { openAll(); });
    }
    // Waits for the opening, then hands each held face to `callback` and counts it in
    // `delivered`; false when the callback stopped the scan.
    bool finish(const FaceRepository::GalleryCallback& callback, std::int64_t& delivered) {
        if (opener_.joinable()) opener_.join();
        for (std::size_t index = 0; index < used_; ++index) {
            ++delivered;
            if (callback(pending_[index].face) == ScanStep::Stop) return false;
        }
        used_ = 0;  // the held rows' memory is reused by the next batch
        return true;
    }

private:
    static constexpr std::size_t kBatchSize = 8192;
    // A held row: its stored blobs copied (a blob of another size keeps one byte more than fits,
    // so that it still reads as damaged).
    struct Pending {
        GalleryFace face;
        std::array<std::byte, kEmbeddingBlobSize + 1> stored{};
        std::array<std::byte, kFaceSealBytes + 1> seal{};
        std::size_t storedSize = 0;
        std::size_t sealSize = 0;
        std::int64_t check = 0;
    };

    template <std::size_t Size>
    static std::size_t copyCapped(std::span<const std::byte> from, std::array<std::byte, Size>& to) {
        const std::size_t size = std::min(from.size(), Size);
        std::copy_n(from.begin(), size, to.begin());
        return size;
    }
    void openRange(std::size_t begin, std::size_t end) {
        for (std::size_t index = begin; index < end; ++index) {
            Pending& pending = pending_[index];
            decodeGalleryEmbedding(database_, std::span<const std::byte>(pending.stored.data(), pending.storedSize), pending.check,
                                   std::span<const std::byte>(pending.seal.data(), pending.sealSize), pending.face);
        }
    }
    // On every core but the scanning one.
    void openAll() {
        const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
        const std::size_t threads = std::clamp<std::size_t>(cores - 1, 1, 8);
        const std::size_t chunk = (used_ + threads - 1) / threads;
        std::vector<std::thread> workers;
        for (std::size_t begin = chunk; begin < used_; begin += chunk) {
            workers.emplace_back([this, begin, chunk] { openRange(begin, std::min(begin + chunk, used_)); });
        }
        openRange(0, std::min(chunk, used_));
        for (std::thread& worker : workers) worker.join();
    }

    const Database& database_;
    std::vector<Pending> pending_;
    std::size_t used_ = 0;
    std::thread opener_;
};

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
    Result<const FieldSealer*> sealer = database_.sealerForWriting();
    if (!sealer) return sealer.error();
    // A sealed face is bound to its id, so the id is chosen first, inside the write's transaction.
    std::optional<Transaction> transaction;
    if (sealer.value()) {
        Result<Transaction> begun = Transaction::begin(database_);
        if (!begun) return begun.error();
        transaction.emplace(std::move(begun).value());
    }
    Result<std::int64_t> id = sealer.value() ? maxFaceId() : Result<std::int64_t>(-1);
    if (!id) return id.error();
    auto statement = database_.prepare(
        "INSERT INTO faces (id, photo_id, face_index, model_id, model_version, box_x, box_y, box_width, box_height, "
        "detector_score, upsample_level, is_fallback_box, face_size_px, sharpness, yaw_degrees, child_likelihood, "
        "quality_flags, embedding, landmarks, created_at, embedding_check, seal) "
        "VALUES (:id, :photo_id, :face_index, :model_id, :model_version, :box_x, :box_y, :box_width, :box_height, "
        ":detector_score, :upsample_level, :is_fallback_box, :face_size_px, :sharpness, :yaw_degrees, "
        ":child_likelihood, :quality_flags, :embedding, :landmarks, :now, :embedding_check, :seal)");
    if (!statement) return statement.error();
    EmbeddingBlob embedding = encodeEmbedding(face.embedding);
    LandmarksBlob landmarks = encodeLandmarks(face.landmarks);
    Statement& insert = statement.value();
    if (sealer.value()) {
        const std::int64_t faceId = id.value() + 1;
        Result<std::vector<std::byte>> seal = sealFaceBlobs(*sealer.value(), faceId, embedding, landmarks);
        if (!seal) return seal.error();
        insert.bindInt64(":id", faceId).bindBlob(":seal", seal.value());
    } else {
        insert.bindNull(":id").bindNull(":seal");
    }
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
    const std::int64_t added = database_.lastInsertRowId();
    if (transaction) {
        if (Status committed = transaction->commit(); !committed) return committed.error();
    }
    return get(added);
}

Result<std::vector<std::byte>> FaceRepository::sealFaceBlobs(const FieldSealer& sealer, std::int64_t faceId, EmbeddingBlob& embedding,
                                                             LandmarksBlob& landmarks) {
    Result<DetachedSeal> embeddingSeal = sealer.sealInPlace(embedding, sealedBlobName(faceId, "embedding"));
    if (!embeddingSeal) return embeddingSeal.error();
    Result<DetachedSeal> landmarksSeal = sealer.sealInPlace(landmarks, sealedBlobName(faceId, "landmarks"));
    if (!landmarksSeal) return landmarksSeal.error();
    std::vector<std::byte> seal(embeddingSeal.value().begin(), embeddingSeal.value().end());
    seal.insert(seal.end(), landmarksSeal.value().begin(), landmarksSeal.value().end());
    return seal;
}

Result<FaceRow> FaceRepository::get(std::int64_t faceId) {
    return database_.prepare(std::string(kSelectFace) + "WHERE f.id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, faceId);
        return statement.readOne<FaceRow>(reader(), "face " + std::to_string(faceId) + " does not exist");
    });
}

Result<std::vector<FaceRow>> FaceRepository::listByPhoto(std::int64_t photoId) {
    return database_.prepare(std::string(kSelectFace) + "WHERE f.photo_id = ? ORDER BY f.model_id, f.face_index")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, photoId);
            return statement.readAll<FaceRow>(reader());
        });
}

Result<std::vector<FaceRow>> FaceRepository::listByOwner(const PhotoOwner& owner) {
    return database_
        .prepare(std::string(kSelectFace) + "JOIN photos p ON p.id = f.photo_id WHERE p." + std::string(photoOwnerColumn(owner.kind)) +
                 " = ? ORDER BY f.photo_id, f.model_id, f.face_index")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, owner.id);
            return statement.readAll<FaceRow>(reader());
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
        "f.child_likelihood, f.quality_flags, f.embedding_check, f.seal, f.estimated_birth_year_from, "
        "f.estimated_birth_year_to FROM faces f CROSS JOIN photos p ON p.id = f.photo_id "
        "WHERE p.candidate_id IS NOT NULL AND (?1 IS NULL OR f.model_id = ?1) ORDER BY f.id");
    if (!statement) return statement.error();
    Statement& scan = statement.value();
    if (modelId) {
        scan.bindText(1, *modelId);
    } else {
        scan.bindNull(1);
    }
    if (database_.sealer()) return scanSealedGallery(scan, callback);
    bool sealedWithoutKey = false;
    Result<std::int64_t> delivered = scan.forEachRow([&](const Statement& row) {
        sealedWithoutKey = !row.isNull(10);
        return sealedWithoutKey ? ScanStep::Stop : callback(readGalleryFace(database_, row));
    });
    if (!delivered) return databaseError("gallery scan failed: " + delivered.error().message);
    if (sealedWithoutKey) return database_.sealerForReading().error();
    return delivered;
}

Result<std::int64_t> FaceRepository::scanSealedGallery(Statement& scan, const GalleryCallback& callback) {
    // Two batches: one is opened on the other cores while the scan fills the other.
    SealedFaceBatch first(database_), second(database_);
    SealedFaceBatch* filling = &first;
    SealedFaceBatch* opening = nullptr;
    std::int64_t delivered = 0;
    bool stopped = false;
    Result<std::int64_t> scanned = scan.forEachRow([&](const Statement& row) {
        filling->add(row);
        if (!filling->full()) return ScanStep::Continue;
        if (opening && !opening->finish(callback, delivered)) {
            stopped = true;
            return ScanStep::Stop;
        }
        filling->startOpening();
        opening = filling;
        filling = filling == &first ? &second : &first;
        return ScanStep::Continue;
    });
    if (!scanned) return databaseError("gallery scan failed: " + scanned.error().message);
    if (!stopped && opening) stopped = !opening->finish(callback, delivered);
    if (!stopped) {
        filling->startOpening();
        filling->finish(callback, delivered);
    }
    return delivered;
}

Result<std::vector<std::int64_t>> FaceRepository::findDamagedEmbeddings() {
    auto statement = database_.prepare("SELECT id, embedding, embedding_check, seal FROM faces ORDER BY id");
    if (!statement) return statement.error();
    std::vector<std::int64_t> damaged;
    Embedding scratch{};
    bool sealedWithoutKey = false;
    Result<std::int64_t> scanned = statement.value().forEachRow([&](const Statement& row) {
        sealedWithoutKey = !row.isNull(3) && !database_.sealer();
        if (sealedWithoutKey) return ScanStep::Stop;
        const std::int64_t id = row.columnInt64(0);
        if (!decodeCheckedEmbedding(database_, id, row.columnBlob(1), row.columnInt64(2), row.columnBlob(3), scratch)) damaged.push_back(id);
        return ScanStep::Continue;
    });
    if (!scanned) return scanned.error();
    if (sealedWithoutKey) return database_.sealerForReading().error();
    return damaged;
}

Result<std::int64_t> FaceRepository::countGalleryFaces() {
    return database_
        .prepare("SELECT count(*) FROM faces f JOIN photos p ON p.id = f.photo_id WHERE p.candidate_id IS NOT NULL")
        .andThen([](Statement& statement) { return statement.readInt64(); });
}

Result<std::int64_t> FaceRepository::sealPlainFaces() {
    Result<const FieldSealer*> sealer = database_.sealerForReading();
    if (!sealer) return sealer.error();
    Result<Statement> update = database_.prepare("UPDATE faces SET embedding = ?, landmarks = ?, embedding_check = ?, seal = ? WHERE id = ?");
    if (!update) return update.error();
    std::int64_t sealed = 0;
    std::int64_t after = 0;  // pages follow the id, so that no page rescans the faces sealed before it
    while (true) {
        Result<std::vector<FaceRow>> page =
            database_.prepare(std::string(kSelectFace) + "WHERE f.seal IS NULL AND f.id > ? ORDER BY f.id LIMIT 500")
                .andThen([&](Statement& statement) {
                    statement.bindInt64(1, after);
                    return statement.readAll<FaceRow>(reader());
                });
        if (!page) return page.error();
        if (page.value().empty()) return sealed;
        after = page.value().back().id;
        for (const FaceRow& face : page.value()) {
            EmbeddingBlob embedding = encodeEmbedding(face.embedding);
            LandmarksBlob landmarks = encodeLandmarks(face.landmarks);
            Result<std::vector<std::byte>> seal = sealFaceBlobs(*sealer.value(), face.id, embedding, landmarks);
            if (!seal) return seal.error();
            update.value().reset();
            update.value().bindBlob(1, embedding).bindBlob(2, landmarks).bindInt64(3, embeddingCheck(embedding));
            update.value().bindBlob(4, seal.value()).bindInt64(5, face.id);
            if (Status ran = update.value().run(); !ran) return databaseError("could not seal face " + std::to_string(face.id) + ": " + ran.error().message);
            ++sealed;
        }
    }
}

std::function<Result<FaceRow>(const Statement&)> FaceRepository::reader() const {
    return [this](const Statement& row) { return readFace(database_, row); };
}

Result<std::vector<std::int64_t>> FaceRepository::galleryFacesAwaitingAgeEstimate(std::string_view modelId,
                                                                                   std::string_view estimatorId, std::size_t limit) {
    // Two ranges of faces_by_age_estimator, so that a gallery with nothing to do costs nothing.
    return database_
        .prepare("SELECT f.id FROM faces f CROSS JOIN photos p ON p.id = f.photo_id "
                 "WHERE f.age_estimator < ?1 AND f.model_id = ?2 AND p.candidate_id IS NOT NULL UNION ALL "
                 "SELECT f.id FROM faces f CROSS JOIN photos p ON p.id = f.photo_id "
                 "WHERE f.age_estimator > ?1 AND f.model_id = ?2 AND p.candidate_id IS NOT NULL LIMIT ?3")
        .andThen([&](Statement& statement) {
            statement.bindText(1, estimatorId).bindText(2, modelId);
            statement.bindInt64(3, static_cast<std::int64_t>(limit));
            return statement.readAll<std::int64_t>([](const Statement& row) { return row.columnInt64(0); });
        });
}

Status FaceRepository::setEstimatedBirthYears(std::int64_t faceId, const BirthYearRange& years, std::string_view estimatorId) {
    if (years.known() && years.fromYear > years.toYear) return makeError(ErrorCode::InvalidArgument, "an estimated birth-year range must not end before it starts");
    auto statement = database_.prepare(
        "UPDATE faces SET estimated_birth_year_from = ?, estimated_birth_year_to = ?, age_estimator = ? WHERE id = ?");
    if (!statement) return statement.error();
    Statement& update = statement.value();
    if (years.known()) {
        update.bindInt64(1, years.fromYear).bindInt64(2, years.toYear);
    } else {
        update.bindNull(1).bindNull(2);
    }
    update.bindText(3, estimatorId).bindInt64(4, faceId);
    if (Status updated = update.run(); !updated) {
        return databaseError("could not store the estimated birth years of face " + std::to_string(faceId) + ": " +
                             updated.error().message);
    }
    if (database_.changes() == 0) return makeError(ErrorCode::NotFound, "no face " + std::to_string(faceId));
    return Ok{};
}

Result<BirthYearRange> FaceRepository::estimatedBirthYearsOf(std::int64_t candidateId) {
    return database_
        .prepare("SELECT coalesce(min(f.estimated_birth_year_from), 0), coalesce(max(f.estimated_birth_year_to), 0) FROM faces f "
                 "JOIN photos p ON p.id = f.photo_id WHERE p.candidate_id = ? AND f.estimated_birth_year_from IS NOT NULL")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, candidateId);
            return statement.readOne<BirthYearRange>([](const Statement& row) {
                return BirthYearRange{row.columnInt(0), row.columnInt(1)};
            }, "the estimated birth years query returned no row");
        });
}

Result<std::int64_t> FaceRepository::maxFaceId() {
    return database_.prepare("SELECT coalesce(max(id), 0) FROM faces").andThen([](Statement& statement) {
        return statement.readInt64();
    });
}

}  // namespace reunite::db
