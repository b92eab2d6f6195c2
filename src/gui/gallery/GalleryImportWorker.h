#pragma once
// GalleryImportWorker: imports a folder of photos or a CSV manifest into the gallery off the GUI
// thread through the application layer (workflows::GalleryActions::import: faces on all cores,
// idempotent, resumable; committed faces join the engine's loaded gallery, so searches see them
// at once).
// Inputs: start(path, source): a folder (every image below it; sub-folders name candidates) or a
// .csv manifest (see ImportManifest.h); source is used for rows/photos that name none.
// Guarantees: progress (processed and saved, faces/s, ETA) at most every 100 ms and once at the
// end; every bad file or row becomes an import error of the run and the import goes on; photos
// are committed one at a time so other writers never wait long for the lock; cancel() stops
// after the photos in flight; finished() always ends a started run, with the run id and counts
// (or an error message when the import could not run at all).
// Thread safety: GUI-thread object (see BackgroundJob); the work uses its own connection.
#include <QString>
#include <QStringList>

#include "db/records/ImportCounts.h"
#include "db/records/RecordEnums.h"
#include "domain/Progress.h"
#include "gui/shell/BackgroundJob.h"

namespace reunite::gui {

struct GalleryImportOutcome {
    qint64 runId = 0;
    db::ImportCounts counts;
    bool cancelled = false;
    double seconds = 0;
    qint64 groupPhotos = 0;               // photos with several faces
    qint64 groupPhotosWithoutChoice = 0;  // of those, the ones whose row named no face
    QString errorMessage;  // non-empty: the import could not run (nothing or part was stored)
};

class GalleryImportWorker : public BackgroundJob {
    Q_OBJECT

public:
    explicit GalleryImportWorker(Workstation& workstation, QObject* parent = nullptr);

    // Returns false when a run is already going or the workstation is not ready.
    bool start(const QString& folderOrCsv, db::CandidateSource source);

signals:
    void progressed(const reunite::Progress& progress);
    void finished(const reunite::gui::GalleryImportOutcome& outcome);
};

}  // namespace reunite::gui
