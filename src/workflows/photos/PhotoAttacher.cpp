#include "workflows/photos/PhotoAttacher.h"

#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/sqlite/Transaction.h"
#include "domain/FileBytes.h"
#include "domain/Utf8Text.h"
#include "workflows/photos/FaceRowFactory.h"

namespace reunite {

namespace {

// The photo and its faces in one transaction.
Result<AttachedPhoto> storeRecords(db::Database& database, const FacePipeline& pipeline, const std::string& userName,
                                   const db::PhotoRecord& photo, ImageFaces found) {
    auto transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    auto added = db::PhotoRepository(database).add(photo, userName);
    if (!added) return added.error();
    AttachedPhoto result;
    result.photo = added.value();
    db::FaceRepository faces(database);
    for (std::size_t i = 0; i < found.faces.size(); ++i) {
        auto storedFace = faces.add(faceRowOf(found.faces[i], added.value().id, static_cast<int>(i), pipeline));
        if (!storedFace) return storedFace.error();
        result.faces.push_back(storedFace.value());
    }
    if (auto committed = transaction.value().commit(); !committed) return committed.error();
    result.detected = std::move(found.faces);
    return result;
}

}  // namespace

// The file is read once for its hash and its pixels; the store's copy is removed again when the
// records cannot be stored.
Result<AttachedPhoto> attachPhoto(db::Database& database, FacePipeline& pipeline, const PhotoStore& store,
                                  const PhotoToAttach& request, const std::string& userName) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(request.file, pipeline.decoder().options().maxFileBytes);
    if (!bytes) return bytes.error();
    const std::string digest = sha256Hex(bytes.value());
    db::PhotoRepository photos(database);
    auto existing = photos.findBySha256(digest, request.owner);
    if (!existing) return existing.error();
    if (existing.value()) {
        return makeError(ErrorCode::InvalidArgument,
                         request.file.filename().string() + " is already attached (photo " + std::to_string(existing.value()->id) + ")");
    }
    Result<DecodedImage> decoded = pipeline.decoder().decodeBytes(bytes.value(), pathText(request.file));
    if (!decoded) return decoded.error();
    ImageFaces found = pipeline.processDecoded(decoded.value());
    auto stored = store.store(request.file, digest);
    if (!stored) return stored.error();

    db::PhotoRecord photo;
    photo.owner = request.owner;
    photo.sha256 = digest;
    photo.storedPath = stored.value().path.string();
    photo.originalFileName = pathText(request.file.filename());
    photo.byteSize = static_cast<std::int64_t>(bytes.value().size());
    photo.width = found.imageWidth;
    photo.height = found.imageHeight;
    photo.captureDate = request.captureDate;
    photo.ageAtPhotoYears = request.ageAtPhotoYears;
    photo.provenance = request.provenance.empty() ? "added from " + pathText(request.file) : request.provenance;
    photo.status = found.faces.empty() ? db::PhotoStatus::NoFace : db::PhotoStatus::Faces;
    Result<AttachedPhoto> attached = storeRecords(database, pipeline, userName, photo, std::move(found));
    if (!attached) discardUnusedCopy(database, stored.value(), digest);
    return attached;
}

}  // namespace reunite
