#pragma once
// FaceRepository: faces found in photos with their landmarks, quality and embedding (table
// `faces`), and the streaming scan of all gallery faces that the search loads at start-up.
// Inputs: FaceRow values (FaceRow.h); a face belongs to an existing photo.
// Guarantees: embeddings round-trip bit-exactly; landmarks to float precision. Invalid input
// (blank model id, non-positive box, child likelihood outside 0..1) -> ErrorCode::InvalidArgument;
// an unknown photo or a duplicate (photo, model, face index) -> ErrorCode::Database naming it; an
// unknown face id -> ErrorCode::NotFound; a stored blob of the wrong size, or an embedding that
// no longer matches the check value stored with it (FaceBlobCodec.h) -> ErrorCode::Database.
// forEachGalleryFace reads the blobs in place (no allocation per row) and visits every face of
// every candidate photo, never a face of a case or relative photo, in ascending face id; a face
// whose embedding is damaged is delivered with GalleryFace::damaged set (and a zero embedding),
// so that the caller leaves it out and reports it; in an encrypted database the embeddings are
// opened a batch at a time on every core (the callback still runs on the calling thread, in
// order). Never throws (exceptions thrown by a
// caller's callback propagate unchanged).
// In an encrypted database the embedding and landmarks are sealed in place (FieldSealer.h, bound
// to "faces/<id>/embedding" and ".../landmarks"); the check value covers the stored bytes, so
// damage is still found first; a sealed face that does not open reads as damaged, and reading
// sealed faces without the key -> ErrorCode::AccessDenied.
// Thread safety: uses its Database; a Database connection is used by one thread at a time. The
// callback must not use the same Database while the scan runs.
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "db/records/FaceBlobCodec.h"
#include "db/records/FaceRow.h"
#include "db/records/GalleryFace.h"
#include "db/records/PhotoOwner.h"
#include "domain/BirthYearRange.h"
#include "domain/Result.h"
#include "db/records/ScanStep.h"
#include "db/sealing/FieldSealer.h"
#include "db/sqlite/Statement.h"

namespace reunite::db {

class Database;

class FaceRepository {
public:
    // Receives each gallery face; the reference is only valid during the call.
    using GalleryCallback = std::function<ScanStep(const GalleryFace&)>;

    explicit FaceRepository(Database& database) : database_(database) {}

    Result<FaceRow> add(const FaceRow& face);
    Result<FaceRow> get(std::int64_t faceId);
    // Ordered by model id, then face index.
    Result<std::vector<FaceRow>> listByPhoto(std::int64_t photoId);
    // All faces in all photos of the owner, ordered by photo id, model id, face index.
    Result<std::vector<FaceRow>> listByOwner(const PhotoOwner& owner);
    // Deletes a photo's faces (before re-processing it); returns how many were deleted.
    // Removes the faces a detector found (not those drawn by hand, QualityManualBox); returns how many.
    Result<std::int64_t> removeDetectedForPhoto(std::int64_t photoId);
    Result<std::int64_t> removeForPhoto(std::int64_t photoId);
    // Deletes every face of the photo but `keptFaceId` (which keeps its id); returns how many.
    Result<std::int64_t> removeOthersOfPhoto(std::int64_t photoId, std::int64_t keptFaceId);

    // Streams every candidate face. Returns the number of faces delivered (fewer if the callback
    // returned ScanStep::Stop).
    Result<std::int64_t> forEachGalleryFace(const GalleryCallback& callback);
    // The same, restricted to embeddings of one model (embeddings of different models are not comparable).
    Result<std::int64_t> forEachGalleryFace(std::string_view modelId, const GalleryCallback& callback);
    Result<std::int64_t> countGalleryFaces();
    // Ids of every face (gallery, case or relative) whose embedding is damaged, ascending.
    Result<std::vector<std::int64_t>> findDamagedEmbeddings();
    // Seals the faces stored plain (before the database was encrypted), inside the caller's
    // transaction; returns how many. Needs the connection's sealer.
    Result<std::int64_t> sealPlainFaces();
    // Ids of at most `limit` gallery faces of this embedding model whose birth years were not
    // estimated by `estimatorId` (never, or by another estimator), in no particular order; a face
    // leaves this list once setEstimatedBirthYears stored `estimatorId` for it.
    Result<std::vector<std::int64_t>> galleryFacesAwaitingAgeEstimate(std::string_view modelId, std::string_view estimatorId,
                                                                      std::size_t limit);
    // Stores the birth years a face's estimated age implies (from <= to; a range not known: the
    // face could not be estimated, stored as NULL) and the estimator that made them. Unknown face
    // -> NotFound.
    Status setEstimatedBirthYears(std::int64_t faceId, const BirthYearRange& years, std::string_view estimatorId);
    // The union of the estimated birth years of a candidate's faces (none estimated: fromYear 0).
    Result<BirthYearRange> estimatedBirthYearsOf(std::int64_t candidateId);
    // The highest face id: an instant upper bound of the number of faces (for reserving memory).
    Result<std::int64_t> maxFaceId();

private:
    Result<std::int64_t> scanGallery(const std::string_view* modelId, const GalleryCallback& callback);
    // The scan of an encrypted database: embeddings opened a batch at a time on every core.
    Result<std::int64_t> scanSealedGallery(Statement& scan, const GalleryCallback& callback);
    Result<std::int64_t> removeWhere(std::int64_t photoId, const std::string& andCondition);
    static Result<std::vector<std::byte>> sealFaceBlobs(const FieldSealer& sealer, std::int64_t faceId, EmbeddingBlob& embedding,
                                                        LandmarksBlob& landmarks);
    std::function<Result<FaceRow>(const Statement&)> reader() const;

    Database& database_;
};

}  // namespace reunite::db
