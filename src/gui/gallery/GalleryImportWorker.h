#pragma once
// GalleryImportWorker: imports a folder of photos or a CSV manifest into the gallery off the GUI
// thread through reunite::GalleryImporter (faces on all cores, idempotent, resumable), adding the
// committed faces to the Workstation's live GalleryIndex so searches see them at once.
// Inputs: start(path, source): a folder (every image below it; sub-folders name candidates) or a
// .csv manifest (see ImportManifest.h); source is used for rows/photos that name none.
// Guarantees: progress (done/total, faces/s, ETA) at most every 100 ms and once at the end;
// every bad file or row becomes an import error of the run (ImportRunRepository) and the import goes
// on; photos are committed one at a time so the GUI's own writes never wait long for the lock;
// cancel() stops after the photos in flight; finished() always ends a started run, with the run id
// and counts (or an error message when the import could not run at all).
// Thread safety: GUI-thread object (see BackgroundJob); own database connection per run.
#include <mutex>

#include <QString>

#include "gui/shell/BackgroundJob.h"
#include "workflows/gallery/GalleryImporter.h"
#include "db/records/RecordEnums.h"

namespace reunite::gui {

struct GalleryImportOutcome {
    qint64 runId = 0;
    db::ImportCounts counts;
    bool cancelled = false;
    double seconds = 0;
    QString errorMessage;  // non-empty: the import could not run (nothing or part was stored)
    QStringList regions;   // regions of the manifest's candidates
};

class GalleryImportWorker : public BackgroundJob {
    Q_OBJECT

public:
    explicit GalleryImportWorker(Workstation& workstation, QObject* parent = nullptr);
    ~GalleryImportWorker() override;

    // Returns false when a run is already going or the workstation is not ready.
    bool start(const QString& folderOrCsv, db::CandidateSource source);
    void cancel() override;

signals:
    void progressed(const reunite::ImportProgress& progress);
    void finished(const reunite::gui::GalleryImportOutcome& outcome);

private:
    std::mutex importerMutex_;
    GalleryImporter* activeImporter_ = nullptr;  // set while the work thread runs an import
};

}  // namespace reunite::gui
