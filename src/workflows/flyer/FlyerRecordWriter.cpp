#include "workflows/flyer/FlyerRecordWriter.h"

#include <algorithm>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "workflows/photos/ChildFaceSelection.h"
#include "db/repositories/FaceRepository.h"
#include "domain/FileBytes.h"
#include "workflows/gallery/GalleryImporter.h"
#include "workflows/photos/PhotoAttacher.h"
#include "db/repositories/PhotoRepository.h"
#include "db/sqlite/Transaction.h"

namespace reunite::workflows {
namespace {

double overlap(const RectF& a, const RectF& b) {
    const double left = std::max(a.x, b.x);
    const double top = std::max(a.y, b.y);
    const double right = std::min(a.x + a.width, b.x + b.width);
    const double bottom = std::min(a.y + a.height, b.y + b.height);
    if (right <= left || bottom <= top) return 0;
    const double intersection = (right - left) * (bottom - top);
    return intersection / (a.width * a.height + b.width * b.height - intersection);
}

// Index of the face to keep among real detections (fallback boxes never count), -1 if none.
Result<int> chooseFace(const AttachedPhoto& attached, const FacePick& pick) {
    int chosen = -1;
    double best = 0;
    for (std::size_t i = 0; i < attached.faces.size(); ++i) {
        const FaceDetection& detection = attached.faces[i].detection;
        if (detection.fallback) continue;
        const double score = pick.mode == FacePick::Mode::Box ? overlap(detection.box, pick.box)
                                                              : detection.box.width * detection.box.height;
        if (score > best) {
            best = score;
            chosen = static_cast<int>(i);
        }
    }
    if (pick.mode == FacePick::Mode::Box && best < 0.5) {
        return makeError(ErrorCode::NoFace, "the face picked on the flyer was not found again when the flyer was stored");
    }
    return chosen;
}

}  // namespace

FlyerRecordWriter::FlyerRecordWriter(db::Database& database, FacePipeline& pipeline, PhotoStore store, std::string userName)
    : database_(database), pipeline_(pipeline), store_(std::move(store)), userName_(std::move(userName)) {}

Result<FlyerSaveResult> FlyerRecordWriter::saveAsCase(const std::filesystem::path& flyer, const FlyerDraft& draft,
                                                      const FacePick& pick,
                                                      std::optional<std::int64_t> assignTo) {
    Result<std::string> digest = sha256OfFile(flyer);
    if (!digest) return digest.error();
    db::PhotoRepository photos(database_);
    auto sameFile = photos.listBySha256(digest.value());
    if (!sameFile) return sameFile.error();
    for (const db::PhotoRecord& photo : sameFile.value()) {
        if (photo.owner.kind != db::PhotoOwnerKind::Case) continue;
        db::CaseRepository cases(database_);
        auto existing = cases.get(photo.owner.id);
        const std::string number = existing ? existing.value().caseNumber : std::to_string(photo.owner.id);
        return makeError(ErrorCode::InvalidArgument, "this flyer is already the photo of case " + number);
    }
    return save(flyer, pick, db::PhotoOwnerKind::Case, [&]() -> Result<std::int64_t> {
        db::CaseRepository cases(database_);
        db::CaseRecord record = toCaseRecord(draft);
        record.assignedTo = assignTo;
        auto created = cases.create(record, userName_);
        if (!created) return created.error();
        return created.value().id;
    });
}

Result<FlyerSaveResult> FlyerRecordWriter::saveAsCandidate(const std::filesystem::path& flyer, const FlyerDraft& draft,
                                                           const FacePick& pick, const std::string& sha256,
                                                           GalleryIndex* liveIndex, std::optional<std::int64_t> importRunId) {
    db::CandidateRepository candidates(database_);
    const std::string reference = flyerExternalRef(sha256);
    auto existing = candidates.findBySourceReference(db::CandidateSource::Flyer, reference);
    if (!existing) return existing.error();
    if (existing.value()) {
        return makeError(ErrorCode::InvalidArgument, "this flyer is already in the gallery (candidate " +
                                                         std::to_string(existing.value()->id) + ", reference " + reference + ")");
    }
    db::CandidateRecord stored;
    auto saved = save(flyer, pick, db::PhotoOwnerKind::Candidate, [&]() -> Result<std::int64_t> {
        db::CandidateRecord record = toCandidateRecord(draft, reference);
        record.importRunId = importRunId;
        auto created = candidates.create(record, userName_);
        if (!created) return created.error();
        stored = created.value();
        return stored.id;
    });
    if (saved && liveIndex && saved.value().keptFace) {
        liveIndex->upsertCandidate(galleryCandidateOf(stored));
        const db::FaceRow& face = *saved.value().keptFace;
        if (auto added = liveIndex->addFace(face.id, stored.id, face.embedding); !added) return added.error();
    }
    return saved;
}

Result<FlyerSaveResult> FlyerRecordWriter::save(const std::filesystem::path& flyer, const FacePick& pick,
                                                db::PhotoOwnerKind kind, const CreateRecord& createRecord) {
    auto transaction = db::Transaction::begin(database_);
    if (!transaction) return transaction.error();
    Result<std::int64_t> recordId = createRecord();
    if (!recordId) return recordId.error();

    PhotoToAttach request;
    request.file = flyer;
    request.owner = db::PhotoOwner{kind, recordId.value()};
    request.provenance = "missing-person flyer " + flyer.filename().string();
    auto attached = attachPhoto(database_, pipeline_, store_, request, userName_);
    if (!attached) return attached.error();
    Result<int> chosen = chooseFace(attached.value(), pick);
    if (!chosen) return chosen.error();

    FlyerSaveResult result;
    result.recordId = recordId.value();
    result.photo = attached.value().photo;
    result.facesFound = static_cast<int>(attached.value().faces.size());
    if (chosen.value() >= 0) {
        ChildFaceSelection selection(database_);
        auto kept = selection.keepOnly(result.photo.id, attached.value().faces[static_cast<std::size_t>(chosen.value())].id);
        if (!kept) return kept.error();
        result.keptFace = kept.value();
    } else if (!attached.value().faces.empty()) {
        // Only a fallback box (the whole flyer taken for a face): no face is kept.
        db::FaceRepository faces(database_);
        if (auto removed = faces.removeForPhoto(result.photo.id); !removed) return removed.error();
        db::PhotoRepository photos(database_);
        if (auto marked = photos.setStatus(result.photo.id, db::PhotoStatus::NoFace); !marked) return marked.error();
        result.photo.status = db::PhotoStatus::NoFace;
    }
    if (auto committed = transaction.value().commit(); !committed) return committed.error();
    return result;
}

}  // namespace reunite::workflows
