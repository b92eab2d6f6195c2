#include "workflows/gallery/GalleryActions.h"

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/sqlite/Transaction.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite::workflows {
namespace {

Result<ImportManifest> manifestOf(const GalleryImportRequest& request) {
    std::error_code ec;
    if (std::filesystem::is_directory(request.input, ec)) return ImportManifest::fromFolder(request.input, request.source);
    return ImportManifest::fromCsv(request.input, request.source, request.manifestPaths);
}

// What removing a record takes away (the record, the unnamed faces of its group photos, their
// photos and faces) and what refers to it, read in one pass.
struct RemovalPlan {
    CandidateRemoval removal;
    std::vector<db::PhotoRecord> photos;
    std::vector<std::int64_t> faceIds;
};

Result<RemovalPlan> planRemoval(db::Database& database, std::int64_t candidateId) {
    db::CandidateRepository candidates(database);
    if (Result<db::CandidateRecord> record = candidates.get(candidateId); !record) return record.error();
    Result<db::CandidateReferences> references = candidates.referencesTo(candidateId);
    if (!references) return references.error();
    Result<std::vector<db::CandidateRecord>> unnamed = candidates.unnamedFacesOf(candidateId);
    if (!unnamed) return unnamed.error();
    RemovalPlan plan;
    plan.removal.references = references.value();
    plan.removal.unnamedFaces = static_cast<std::int64_t>(unnamed.value().size());
    std::vector<std::int64_t> owners{candidateId};
    for (const db::CandidateRecord& c : unnamed.value()) owners.push_back(c.id);
    for (std::int64_t id : owners) {
        const db::PhotoOwner owner = db::PhotoOwner::ofCandidate(id);
        Result<std::vector<db::PhotoRecord>> photos = db::PhotoRepository(database).listByOwner(owner);
        if (!photos) return photos.error();
        plan.photos.insert(plan.photos.end(), photos.value().begin(), photos.value().end());
        Result<std::vector<db::FaceRow>> faces = db::FaceRepository(database).listByOwner(owner);
        if (!faces) return faces.error();
        for (const db::FaceRow& face : faces.value()) plan.faceIds.push_back(face.id);
    }
    plan.removal.photos = static_cast<std::int64_t>(plan.photos.size());
    plan.removal.faces = static_cast<std::int64_t>(plan.faceIds.size());
    return plan;
}

std::string referencesText(const db::CandidateReferences& r) {
    std::vector<std::string> parts;
    if (r.searchResults) parts.push_back(std::to_string(r.searchResults) + " stored search result(s)");
    if (r.reviewDecisions) parts.push_back(std::to_string(r.reviewDecisions) + " review decision(s)");
    if (r.dnaRequests) parts.push_back(std::to_string(r.dnaRequests) + " DNA request(s)");
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) text += (i ? ", " : "") + parts[i];
    return text;
}

}  // namespace

Result<ImportSummary> GalleryActions::import(const GalleryImportRequest& request, const ProgressCallback& onProgress,
                                             const CancellationToken& cancel) {
    if (Status allowed = session_.authorize(Permission::ImportGallery); !allowed) return allowed.error();
    Result<ImportManifest> manifest = manifestOf(request);
    if (!manifest) return manifest.error();
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(request.input, ec);
    return importManifest(manifest.value(), (ec ? request.input : absolute).string(), request, onProgress, cancel);
}

Result<ImportSummary> GalleryActions::importManifest(const ImportManifest& manifest, const std::string& sourceDescription,
                                                     const GalleryImportRequest& request, const ProgressCallback& onProgress,
                                                     const CancellationToken& cancel) {
    if (Status allowed = session_.authorize(Permission::ImportGallery); !allowed) return allowed.error();
    Result<std::shared_ptr<const FacePipeline>> pipeline = session_.engine().pipeline();
    if (!pipeline) return pipeline.error();
    ImportOptions options;
    options.userName = session_.userName();
    options.threads = request.threads;
    options.commitEvery = request.commitEvery;
    options.copyIntoStore = request.copyIntoStore;
    options.cancel = cancel;
    const std::shared_ptr<GalleryIndex> liveIndex = session_.engine().loadedGalleryOf(session_.database());
    GalleryImporter importer(session_.database(), *pipeline.value(), session_.photoStore(), options, liveIndex.get());
    Result<ImportSummary> summary = session_.recorded(importer.run(manifest, sourceDescription, onProgress), [&](const ImportSummary& done) {
        return AuditEvent{"import.gallery", std::nullopt, {{"import_run", std::to_string(done.runId)}},
                          {{"source", sourceDescription}, {"cancelled", done.cancelled ? "yes" : "no"}}};
    });
    session_.engine().updateEstimatedBirthYears(session_.database());
    if (summary) {
        session_.changed(RecordKind::ImportRun, summary.value().runId);
        session_.changed(RecordKind::Candidate, 0);
    }
    return summary;
}

Result<std::vector<db::CandidateRecord>> GalleryActions::candidates(std::int64_t afterId, int limit) {
    return session_.authorized(Permission::BrowseGallery, [&] {
        return db::CandidateRepository(session_.database()).list(afterId, limit);
    });
}

Result<std::vector<CandidateListing>> GalleryActions::candidatePage(std::int64_t afterId, int limit) {
    Result<std::vector<db::CandidateRecord>> page = candidates(afterId, limit);
    if (!page) return page.error();
    db::FaceRepository faces(session_.database());
    std::vector<CandidateListing> listings;
    for (db::CandidateRecord& record : page.value()) {
        Result<std::vector<db::FaceRow>> owned = faces.listByOwner(db::PhotoOwner::ofCandidate(record.id));
        if (!owned) return owned.error();
        CandidateListing listing{std::move(record), 0, static_cast<int>(owned.value().size())};
        if (!owned.value().empty()) listing.firstFaceId = owned.value().front().id;
        listings.push_back(std::move(listing));
    }
    return listings;
}

Result<GalleryCounts> GalleryActions::counts() {
    if (Status allowed = session_.authorize(Permission::BrowseGallery); !allowed) return allowed.error();
    Result<std::int64_t> candidates = db::CandidateRepository(session_.database()).count();
    if (!candidates) return candidates.error();
    Result<std::int64_t> faces = db::FaceRepository(session_.database()).countGalleryFaces();
    if (!faces) return faces.error();
    return GalleryCounts{candidates.value(), faces.value()};
}

Result<std::int64_t> GalleryActions::candidateCount() {
    return session_.authorized(Permission::BrowseGallery, [&] {
        return db::CandidateRepository(session_.database()).count();
    });
}

Result<CandidateFile> GalleryActions::candidate(std::int64_t candidateId) {
    if (Status allowed = session_.authorize(Permission::BrowseGallery); !allowed) return allowed.error();
    Result<db::CandidateRecord> record = db::CandidateRepository(session_.database()).get(candidateId);
    if (!record) return record.error();
    Result<std::vector<PhotoWithFaces>> photos = PhotoActions(session_).list(db::PhotoOwner::ofCandidate(candidateId));
    if (!photos) return photos.error();
    if (Status recorded = session_.audit({"candidate.open", std::nullopt, {{"candidate", std::to_string(candidateId)}}, {}}); !recorded) {
        return recorded.error();
    }
    return CandidateFile{std::move(record).value(), std::move(photos).value()};
}

bool GalleryActions::seesRun(const db::ImportRunRecord& run) const {
    return session_.actor().role != Role::Volunteer || run.importedBy == session_.userName();
}

Result<std::vector<db::ImportRunRecord>> GalleryActions::importRuns(int limit) {
    if (Status allowed = session_.authorize(Permission::ViewImports); !allowed) return allowed.error();
    // A volunteer's own runs are selected by the query, so the limit counts only those.
    const std::optional<std::string> onlyOf =
        session_.actor().role == Role::Volunteer ? std::optional<std::string>(session_.userName()) : std::nullopt;
    return db::ImportRunRepository(session_.database()).listRecent(limit, onlyOf);
}

Result<db::ImportRunRecord> GalleryActions::importRun(std::int64_t runId) {
    if (Status allowed = session_.authorize(Permission::ViewImports); !allowed) return allowed.error();
    Result<db::ImportRunRecord> run = db::ImportRunRepository(session_.database()).get(runId);
    if (run && !seesRun(run.value())) return makeError(ErrorCode::AccessDenied, "a volunteer sees only their own imports");
    return run;
}

Result<std::vector<db::ImportErrorRecord>> GalleryActions::importErrors(std::int64_t runId) {
    if (Result<db::ImportRunRecord> run = importRun(runId); !run) return run.error();
    return db::ImportRunRepository(session_.database()).errors(runId);
}

Result<CandidateRemoval> GalleryActions::removalOf(std::int64_t candidateId) {
    if (Status allowed = session_.authorize(Permission::BrowseGallery); !allowed) return allowed.error();
    Result<RemovalPlan> plan = planRemoval(session_.database(), candidateId);
    if (!plan) return plan.error();
    return plan.value().removal;
}

Result<CandidateRemoval> GalleryActions::removeCandidate(std::int64_t candidateId) {
    if (Status allowed = session_.authorize(Permission::EditGallery); !allowed) return allowed.error();
    db::Database& database = session_.database();
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    Result<RemovalPlan> plan = planRemoval(database, candidateId);
    if (!plan) return plan.error();
    const CandidateRemoval& removal = plan.value().removal;
    if (removal.references.any()) {
        return makeError(ErrorCode::InvalidArgument, "gallery record " + std::to_string(candidateId) + " is kept as evidence: " +
                                                         referencesText(removal.references) +
                                                         " refer to it or to the faces of its group photos");
    }
    if (Status removed = db::CandidateRepository(database).remove(candidateId); !removed) return removed.error();
    if (Status recorded = session_.audit({"candidate.remove", std::nullopt, {{"candidate", std::to_string(candidateId)}}, {}}); !recorded) {
        return recorded.error();
    }
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    if (const std::shared_ptr<GalleryIndex> live = session_.engine().loadedGalleryOf(database)) live->removeFaces(plan.value().faceIds);
    removeUnreferencedCopies(database, session_.photoStore(), plan.value().photos);
    session_.changed(RecordKind::Candidate, candidateId);
    return removal;
}

}  // namespace reunite::workflows
