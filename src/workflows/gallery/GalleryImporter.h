#pragma once
// GalleryImporter: stores the photos of an ImportManifest as gallery candidates with their faces.
// Faces are found on all cores (BatchProcessor). A record holds one person's face: of a group
// photo it gets the face its row chooses (ImportItem::face), or none when the row chooses none;
// the faces no row chooses are stored as unnamed candidates (CandidateRecord::groupPhotoOf), so
// a record's name is never shown for another person's face. A photo without a face is stored as
// such; a face choice that fits no detected face is an import error of its row; each bad file or row becomes an import error and the batch
// goes on. Idempotent and resumable: a photo already stored for the same candidate (same sha256)
// is skipped, so re-running an interrupted import completes it without duplicates. Work is
// committed in batches; a killed process loses at most the uncommitted batch.
// Progress (domain Progress: processed and saved separately, faces/s, ETA) is reported from
// worker threads; cancelling options.cancel (any thread) stops after the photos in flight.
// If a GalleryIndex is given, committed faces are added to it (the live search gallery).
// Thread safety: run() uses the Database from the worker threads one at a time; do not use the
// same Database elsewhere while it runs.
#include <string>

#include "core/pipeline/FacePipeline.h"
#include "db/records/GalleryCandidateRow.h"
#include "db/records/ImportCounts.h"
#include "db/sqlite/Database.h"
#include "domain/CancellationToken.h"
#include "domain/Progress.h"
#include "search/GalleryIndex.h"
#include "workflows/gallery/ImportManifest.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite {

struct ImportOptions {
    std::string userName;            // the acting user (not blank)
    int threads = 0;                 // 0: all cores
    std::size_t commitEvery = 64;    // photos per transaction
    bool copyIntoStore = true;       // keep the workstation's own copy of each photo
    CancellationToken cancel;
};

struct ImportSummary {
    std::int64_t runId = 0;
    db::ImportCounts counts;
    std::int64_t groupPhotos = 0;               // photos with several faces
    std::int64_t groupPhotosWithoutChoice = 0;  // of those, the ones whose row named no face
    bool cancelled = false;
    double seconds = 0;
};

class GalleryImporter {
public:
    GalleryImporter(db::Database& database, const FacePipeline& pipeline, PhotoStore store, ImportOptions options = {},
                    GalleryIndex* liveIndex = nullptr);

    Result<ImportSummary> run(const ImportManifest& manifest, const std::string& sourceDescription,
                              const ProgressCallback& onProgress = {});
    void cancel() const { options_.cancel.cancel(); }

private:
    db::Database& database_;
    const FacePipeline& pipeline_;
    PhotoStore store_;
    ImportOptions options_;
    GalleryIndex* liveIndex_;
};

// Candidate birth years as the search filters them: exact, or +-2 years around an estimate.
GalleryCandidate galleryCandidateOf(const db::CandidateRecord& record);
GalleryCandidate galleryCandidateOf(const db::GalleryCandidateRow& row);

}  // namespace reunite
