#include "workflows/gallery/GalleryActions.h"

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "workflows/photos/PhotoActions.h"

namespace reunite::workflows {
namespace {

Result<ImportManifest> manifestOf(const GalleryImportRequest& request) {
    std::error_code ec;
    if (std::filesystem::is_directory(request.input, ec)) return ImportManifest::fromFolder(request.input, request.source);
    return ImportManifest::fromCsv(request.input, request.source, request.manifestPaths);
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
    const std::shared_ptr<GalleryIndex> liveIndex = session_.engine().loadedGallery();
    GalleryImporter importer(session_.database(), *pipeline.value(), session_.photoStore(), options, liveIndex.get());
    Result<ImportSummary> summary = importer.run(manifest, sourceDescription, onProgress);
    if (summary) {
        session_.changed(RecordKind::ImportRun, summary.value().runId);
        session_.changed(RecordKind::Candidate, 0);
    }
    return summary;
}

Result<std::size_t> GalleryActions::loadSearchGallery() {
    if (Status allowed = session_.authorize(Permission::BrowseGallery); !allowed) return allowed.error();
    Result<std::shared_ptr<GalleryIndex>> gallery = session_.engine().gallery(session_.database());
    if (!gallery) return gallery.error();
    return gallery.value()->faceCount();
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
    return CandidateFile{std::move(record).value(), std::move(photos).value()};
}

Result<std::vector<db::ImportRunRecord>> GalleryActions::importRuns(int limit) {
    return session_.authorized(Permission::BrowseGallery, [&] {
        return db::ImportRunRepository(session_.database()).listRecent(limit);
    });
}

Result<db::ImportRunRecord> GalleryActions::importRun(std::int64_t runId) {
    return session_.authorized(Permission::BrowseGallery, [&] {
        return db::ImportRunRepository(session_.database()).get(runId);
    });
}

Result<std::vector<db::ImportErrorRecord>> GalleryActions::importErrors(std::int64_t runId) {
    return session_.authorized(Permission::BrowseGallery, [&] {
        return db::ImportRunRepository(session_.database()).errors(runId);
    });
}

}  // namespace reunite::workflows
