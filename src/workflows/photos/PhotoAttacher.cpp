#include "workflows/photos/PhotoAttacher.h"

#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/sqlite/Transaction.h"
#include "domain/FileBytes.h"
#include "domain/Utf8Text.h"
#include "workflows/photos/FaceRowFactory.h"

namespace reunite {

Result<AttachedPhoto> attachPhoto(db::Database& database, FacePipeline& pipeline, const PhotoStore& store,
                                  const PhotoToAttach& request, const std::string& userName) {
    Result<std::string> digest = sha256OfFile(request.file);
    if (!digest) return digest.error();
    db::PhotoRepository photos(database);
    auto existing = photos.findBySha256(digest.value(), request.owner);
    if (!existing) return existing.error();
    if (existing.value()) {
        return makeError(ErrorCode::InvalidArgument,
                         request.file.filename().string() + " is already attached (photo " + std::to_string(existing.value()->id) + ")");
    }
    Result<DecodedImage> decoded = pipeline.decoder().decodeFile(request.file);
    if (!decoded) return decoded.error();
    ImageFaces found = pipeline.processDecoded(decoded.value());
    auto stored = store.store(request.file, digest.value());
    if (!stored) return stored.error();

    auto transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    db::PhotoRecord photo;
    photo.owner = request.owner;
    photo.sha256 = digest.value();
    photo.storedPath = stored.value().string();
    photo.originalFileName = pathText(request.file.filename());
    std::error_code ec;
    photo.byteSize = static_cast<std::int64_t>(std::filesystem::file_size(request.file, ec));
    photo.width = found.imageWidth;
    photo.height = found.imageHeight;
    photo.captureDate = request.captureDate;
    photo.ageAtPhotoYears = request.ageAtPhotoYears;
    photo.provenance = request.provenance.empty() ? "added from " + pathText(request.file) : request.provenance;
    photo.status = found.faces.empty() ? db::PhotoStatus::NoFace : db::PhotoStatus::Faces;
    auto added = photos.add(photo, userName);
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

}  // namespace reunite
