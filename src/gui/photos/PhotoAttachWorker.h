#pragma once
// PhotoAttachWorker: adds photos to a case, a relative or a candidate off the GUI thread, one file
// after the other, through reunite::attachPhoto (faces found, copy kept in the photo store, photo
// and faces stored in one transaction).
// Inputs: start(files, owner, age): local file paths; the owner must exist; age (years) is stored
// with every photo of this batch when given.
// Guarantees: one own database connection and one own pipeline clone per run; each file succeeds or
// fails on its own (photoFailed() with the reason, e.g. "already attached", "no face", unreadable);
// cancel() stops before the next file; finished() always ends a started run.
// Thread safety: GUI-thread object (see BackgroundJob); signals arrive on the GUI thread.
#include <optional>

#include <QStringList>

#include "gui/shell/BackgroundJob.h"
#include "db/records/PhotoOwner.h"

namespace reunite::gui {

class PhotoAttachWorker : public BackgroundJob {
    Q_OBJECT

public:
    explicit PhotoAttachWorker(Workstation& workstation, QObject* parent = nullptr);

    // Returns false when a run is already going or the face models are not loaded yet.
    bool start(const QStringList& files, const db::PhotoOwner& owner, std::optional<double> ageAtPhotoYears = {});

signals:
    void progressed(int done, int total, const QString& currentFile);
    void photoAttached(qint64 photoId, int faceCount);
    void photoFailed(const QString& file, const QString& message);
    void finished(int attached, int failed, bool cancelled);
};

}  // namespace reunite::gui
