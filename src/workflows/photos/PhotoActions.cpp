#include "workflows/photos/PhotoActions.h"

#include <algorithm>
#include <set>

#include "core/image/ImageDecoder.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "db/sqlite/Transaction.h"
#include "search/GalleryIndex.h"
#include "workflows/gallery/GalleryImporter.h"
#include "workflows/storage/PhotoStore.h"
#include "workflows/photos/ChildFaceSelection.h"
#include "workflows/photos/FaceRowFactory.h"
#include "workflows/storage/StoredPhotoImage.h"

namespace reunite::workflows {
namespace {

// Replaces the detected faces of the photo; faces drawn by hand stay, with their ids and indices
// (the new faces take the indices they leave free).
Status replaceFaces(db::Database& database, const FacePipeline& pipeline, std::int64_t photoId, const ImageFaces& found) {
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    db::FaceRepository faces(database);
    if (Result<std::int64_t> removed = faces.removeDetectedForPhoto(photoId); !removed) return removed.error();
    Result<std::vector<db::FaceRow>> drawn = faces.listByPhoto(photoId);
    if (!drawn) return drawn.error();
    std::set<int> usedIndices;
    for (const db::FaceRow& face : drawn.value()) usedIndices.insert(face.faceIndex);
    int nextIndex = 0;
    for (const FaceRecord& face : found.faces) {
        while (usedIndices.count(nextIndex)) ++nextIndex;
        if (Result<db::FaceRow> added = faces.add(faceRowOf(face, photoId, nextIndex++, pipeline)); !added) return added.error();
    }
    const bool anyFace = !found.faces.empty() || !drawn.value().empty();
    const db::PhotoStatus status = anyFace ? db::PhotoStatus::Faces : db::PhotoStatus::NoFace;
    if (Status updated = db::PhotoRepository(database).setStatus(photoId, status); !updated) return updated;
    return transaction.value().commit();
}

// The age each face looks, where the engine has an estimator for its embedding model.
void estimateAges(Engine& engine, PhotoWithFaces& entry) {
    const std::shared_ptr<const AgeEstimator> estimator = engine.ageEstimator();
    entry.estimatedAges.clear();
    for (const db::FaceRow& face : entry.faces) {
        entry.estimatedAges.push_back(estimator && estimator->reads(face.modelId) ? std::optional(estimator->estimate(face.embedding, face.landmarks))
                                                                                   : std::nullopt);
    }
}

}  // namespace

Status PhotoActions::authorizeFor(const db::PhotoOwner& owner, bool change) {
    if (owner.kind == db::PhotoOwnerKind::Candidate) {
        return session_.authorize(change ? Permission::EditGallery : Permission::BrowseGallery);
    }
    const Permission permission = change ? Permission::EditCases : Permission::ViewCases;
    if (Status allowed = session_.authorize(permission); !allowed) return allowed;
    std::int64_t caseId = owner.id;
    if (owner.kind == db::PhotoOwnerKind::Relative) {
        Result<db::RelativeRecord> relative = db::RelativeRepository(session_.database()).get(owner.id);
        if (!relative) return relative.error();
        caseId = relative.value().caseId;
    }
    return session_.authorizeCase(permission, caseId);
}

void PhotoActions::announce(const db::PhotoRecord& photo) {
    std::int64_t caseId = photo.owner.kind == db::PhotoOwnerKind::Case ? photo.owner.id : 0;
    if (photo.owner.kind == db::PhotoOwnerKind::Relative) {
        if (Result<db::RelativeRecord> relative = db::RelativeRepository(session_.database()).get(photo.owner.id); relative) {
            caseId = relative.value().caseId;
        }
    }
    session_.changed(RecordKind::Photo, photo.id, caseId);
}

Result<AttachedPhoto> PhotoActions::attach(const PhotoToAttach& request) {
    if (Status allowed = authorizeFor(request.owner, true); !allowed) return allowed.error();
    Result<std::shared_ptr<const FacePipeline>> prototype = session_.engine().pipeline();
    if (!prototype) return prototype.error();
    std::unique_ptr<FacePipeline> pipeline = prototype.value()->clone();
    Result<AttachedPhoto> attached = session_.recorded(
        attachPhoto(session_.database(), *pipeline, session_.photoStore(), request, session_.userName()), [&](const AttachedPhoto& done) {
            const db::PhotoOwner& owner = done.photo.owner;
            const char* kind = owner.kind == db::PhotoOwnerKind::Case ? "case" : owner.kind == db::PhotoOwnerKind::Relative ? "relative" : "candidate";
            return AuditEvent{"photo.attach", owner.kind == db::PhotoOwnerKind::Case ? std::optional<std::int64_t>(owner.id) : std::nullopt,
                              {{kind, std::to_string(owner.id)}, {"photo", std::to_string(done.photo.id)}},
                              {{"sha256", done.photo.sha256}}};
        });
    if (attached && request.owner.kind == db::PhotoOwnerKind::Candidate) session_.engine().updateEstimatedBirthYears(session_.database());
    if (attached) announce(attached.value().photo);
    return attached;
}

Result<std::vector<PhotoWithFaces>> PhotoActions::list(const db::PhotoOwner& owner) {
    if (Status allowed = authorizeFor(owner, false); !allowed) return allowed.error();
    Result<std::vector<db::PhotoRecord>> photos = db::PhotoRepository(session_.database()).listByOwner(owner);
    if (!photos) return photos.error();
    Result<std::vector<db::FaceRow>> faces = db::FaceRepository(session_.database()).listByOwner(owner);
    if (!faces) return faces.error();
    std::vector<PhotoWithFaces> listed;
    for (db::PhotoRecord& photo : photos.value()) {
        PhotoWithFaces entry{std::move(photo), {}};
        for (const db::FaceRow& face : faces.value()) {
            if (face.photoId == entry.photo.id) entry.faces.push_back(face);
        }
        estimateAges(session_.engine(), entry);
        listed.push_back(std::move(entry));
    }
    return listed;
}

Result<PhotoWithFaces> PhotoActions::get(std::int64_t photoId) {
    Result<db::PhotoRecord> photo = db::PhotoRepository(session_.database()).get(photoId);
    if (!photo) return photo.error();
    if (Status allowed = authorizeFor(photo.value().owner, false); !allowed) return allowed.error();
    Result<std::vector<db::FaceRow>> faces = db::FaceRepository(session_.database()).listByPhoto(photoId);
    if (!faces) return faces.error();
    PhotoWithFaces entry{std::move(photo).value(), std::move(faces).value(), {}};
    estimateAges(session_.engine(), entry);
    return entry;
}

Result<FaceInPhoto> PhotoActions::face(std::int64_t faceId) {
    Result<db::FaceRow> face = db::FaceRepository(session_.database()).get(faceId);
    if (!face) return face.error();
    Result<db::PhotoRecord> photo = db::PhotoRepository(session_.database()).get(face.value().photoId);
    if (!photo) return photo.error();
    if (Status allowed = authorizeFor(photo.value().owner, false); !allowed) return allowed.error();
    return FaceInPhoto{std::move(face).value(), std::move(photo).value()};
}

Result<AlignedFace> PhotoActions::faceChip(std::int64_t faceId, int size) {
    Result<FaceInPhoto> found = face(faceId);
    if (!found) return found.error();
    Result<DecodedImage> decoded = decodeStoredPhoto(session_.photoStore(), ImageDecoder(), found.value().photo.storedPath);
    if (!decoded) return decoded.error();
    AlignOptions options;
    options.size = size;
    return alignFace(decoded.value().image, found.value().face.landmarks, options);
}

Result<db::FaceRow> PhotoActions::chooseFace(std::int64_t photoId, std::int64_t faceId) {
    Result<db::PhotoRecord> photo = db::PhotoRepository(session_.database()).get(photoId);
    if (!photo) return photo.error();
    if (Status allowed = authorizeFor(photo.value().owner, true); !allowed) return allowed.error();
    Result<db::FaceRow> kept = ChildFaceSelection(session_.database()).keepOnly(photoId, faceId);
    if (kept) announce(photo.value());
    return kept;
}

Status PhotoActions::setAge(std::int64_t photoId, std::optional<double> ageYears) {
    Result<db::PhotoRecord> photo = db::PhotoRepository(session_.database()).get(photoId);
    if (!photo) return photo.error();
    if (Status allowed = authorizeFor(photo.value().owner, true); !allowed) return allowed;
    Status updated = db::PhotoRepository(session_.database()).setAgeAtPhoto(photoId, ageYears);
    if (updated) announce(photo.value());
    return updated;
}

Result<PhotoWithFaces> PhotoActions::redetect(std::int64_t photoId) {
    Result<db::PhotoRecord> photo = db::PhotoRepository(session_.database()).get(photoId);
    if (!photo) return photo.error();
    if (Status allowed = authorizeFor(photo.value().owner, true); !allowed) return allowed.error();
    Result<std::shared_ptr<const FacePipeline>> prototype = session_.engine().pipeline();
    if (!prototype) return prototype.error();
    std::unique_ptr<FacePipeline> pipeline = prototype.value()->clone();
    Result<DecodedImage> decoded = decodeStoredPhoto(session_.photoStore(), pipeline->decoder(), photo.value().storedPath);
    if (!decoded) return decoded.error();
    const ImageFaces found = pipeline->processDecoded(decoded.value());
    if (Status replaced = replaceFaces(session_.database(), *pipeline, photoId, found); !replaced) return replaced.error();
    announce(photo.value());
    return get(photoId);
}

Result<db::FaceRow> PhotoActions::addManualFace(std::int64_t photoId, const RectF& box) {
    Result<PhotoWithFaces> photo = get(photoId);
    if (!photo) return photo.error();
    if (Status allowed = authorizeFor(photo.value().photo.owner, true); !allowed) return allowed.error();
    Result<std::shared_ptr<const FacePipeline>> prototype = session_.engine().pipeline();
    if (!prototype) return prototype.error();
    std::unique_ptr<FacePipeline> pipeline = prototype.value()->clone();
    Result<DecodedImage> decoded = decodeStoredPhoto(session_.photoStore(), pipeline->decoder(), photo.value().photo.storedPath);
    if (!decoded) return decoded.error();
    Result<FaceRecord> face = pipeline->processBox(decoded.value().image, box);
    if (!face) return face.error();
    int nextIndex = 0;
    for (const db::FaceRow& existing : photo.value().faces) nextIndex = std::max(nextIndex, existing.faceIndex + 1);

    db::Database& database = session_.database();
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    Result<db::FaceRow> stored = db::FaceRepository(database).add(faceRowOf(face.value(), photoId, nextIndex, *pipeline));
    if (!stored) return stored.error();
    if (Status updated = db::PhotoRepository(database).setStatus(photoId, db::PhotoStatus::Faces); !updated) return updated.error();
    if (Status committed = transaction.value().commit(); !committed) return committed.error();

    if (photo.value().photo.owner.kind == db::PhotoOwnerKind::Candidate) {
        if (const std::shared_ptr<GalleryIndex> live = session_.engine().loadedGalleryOf(database)) {
            Result<db::CandidateRecord> candidate = db::CandidateRepository(database).get(photo.value().photo.owner.id);
            if (!candidate) return candidate.error();
            live->upsertCandidate(galleryCandidateOf(candidate.value()));
            if (Status added = live->addFace(stored.value().id, photo.value().photo.owner.id, stored.value().embedding); !added) {
                return added.error();
            }
        }
        session_.engine().updateEstimatedBirthYears(database);
    }
    announce(photo.value().photo);
    return stored;
}

Result<PhotoRemoval> PhotoActions::removalOf(std::int64_t photoId) {
    Result<PhotoWithFaces> photo = get(photoId);
    if (!photo) return photo.error();
    return removalOf(photo.value());
}

Result<PhotoRemoval> PhotoActions::removalOf(const PhotoWithFaces& photo) {
    Result<std::int64_t> shown = db::PhotoRepository(session_.database()).searchResultsShowingFaces(photo.photo.id);
    if (!shown) return shown.error();
    return PhotoRemoval{static_cast<std::int64_t>(photo.faces.size()), shown.value(), false};
}

Result<PhotoRemoval> PhotoActions::remove(std::int64_t photoId) {
    Result<PhotoWithFaces> photo = get(photoId);
    if (!photo) return photo.error();
    if (Status allowed = authorizeFor(photo.value().photo.owner, true); !allowed) return allowed.error();
    Result<PhotoRemoval> removal = removalOf(photo.value());
    if (!removal) return removal.error();
    if (Status removed = db::PhotoRepository(session_.database()).remove(photoId); !removed) return removed.error();
    if (photo.value().photo.owner.kind == db::PhotoOwnerKind::Candidate) {
        if (const std::shared_ptr<GalleryIndex> live = session_.engine().loadedGalleryOf(session_.database())) {
            std::vector<std::int64_t> faceIds;
            for (const db::FaceRow& face : photo.value().faces) faceIds.push_back(face.id);
            live->removeFaces(faceIds);
        }
    }
    removal.value().copyDeleted =
        removeUnreferencedCopies(session_.database(), session_.photoStore(), {photo.value().photo}) > 0;
    announce(photo.value().photo);
    return removal;
}

}  // namespace reunite::workflows
