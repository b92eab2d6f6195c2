#pragma once
// GalleryActions: the user actions on the photo database (the gallery of candidates): import
// photos from a CSV manifest or a folder, browse candidates, open one, and read the import
// reports.
// import(): reads the manifest (a bad manifest -> InvalidArgument / NotFound naming it, nothing
// stored), imports with all cores into the database and the engine's loaded gallery (if any),
// and reports progress; per-row problems become the run's import errors.
// Guarantees: ImportGallery / BrowseGallery authorized; listeners hear of the import run and new
// candidates after each commit.
// Thread safety: uses the Session from the calling thread; progress is reported from worker
// threads; cancel from any thread through the token.
#include <cstdint>
#include <vector>

#include "db/records/CandidateReferences.h"
#include "db/records/ImportErrorRecord.h"
#include "db/records/ImportRunRecord.h"
#include "domain/CancellationToken.h"
#include "domain/Progress.h"
#include "domain/Result.h"
#include "workflows/gallery/CandidateFile.h"
#include "workflows/gallery/GalleryImportRequest.h"
#include "workflows/gallery/GalleryImporter.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

// One row of the photo database browser: the record and its first face (0: none).
struct CandidateListing {
    db::CandidateRecord record;
    std::int64_t firstFaceId = 0;
    int faceCount = 0;
};

struct GalleryCounts {
    std::int64_t candidates = 0;
    std::int64_t faces = 0;
};

// What removing a gallery record does: its photos and faces go, with the unnamed faces of its
// group photos. A record that stored search results, review decisions or DNA requests refer to
// (directly or through those unnamed faces) is evidence and cannot be removed.
struct CandidateRemoval {
    db::CandidateReferences references;  // any(): the removal is refused
    std::int64_t photos = 0;             // the record's and its unnamed faces' photo rows
    std::int64_t faces = 0;
    std::int64_t unnamedFaces = 0;       // unnamed candidates from its group photos
};

class GalleryActions {
public:
    explicit GalleryActions(Session& session) : session_(session) {}

    Result<ImportSummary> import(const GalleryImportRequest& request, const ProgressCallback& onProgress = {},
                                 const CancellationToken& cancel = CancellationToken());
    // The same from a manifest built by the caller (e.g. the demo workspace).
    Result<ImportSummary> importManifest(const ImportManifest& manifest, const std::string& sourceDescription,
                                         const GalleryImportRequest& request, const ProgressCallback& onProgress = {},
                                         const CancellationToken& cancel = CancellationToken());

    // One page of candidates with id > afterId, ascending.
    Result<std::vector<db::CandidateRecord>> candidates(std::int64_t afterId = 0, int limit = 1000);
    // The same with each candidate's first face, for the browser.
    Result<std::vector<CandidateListing>> candidatePage(std::int64_t afterId, int limit);
    Result<std::int64_t> candidateCount();
    Result<GalleryCounts> counts();
    Result<CandidateFile> candidate(std::int64_t candidateId);
    // Newest first.
    Result<std::vector<db::ImportRunRecord>> importRuns(int limit = 50);
    Result<db::ImportRunRecord> importRun(std::int64_t runId);
    Result<std::vector<db::ImportErrorRecord>> importErrors(std::int64_t runId);

    // What removeCandidate() would do (nothing changes), for the confirmation question.
    Result<CandidateRemoval> removalOf(std::int64_t candidateId);
    // Removes the record as removalOf() describes it, in one transaction; its faces leave the live
    // search gallery and its photo copies no other record uses are deleted. A record with
    // references -> InvalidArgument saying what refers to it, and nothing changes.
    Result<CandidateRemoval> removeCandidate(std::int64_t candidateId);

private:
    // Volunteers see only the runs they started.
    bool seesRun(const db::ImportRunRecord& run) const;
    Session& session_;
};

}  // namespace reunite::workflows
