#pragma once
// FaceRedetectWorker: finds the faces of an already stored photo again (workflows::PhotoActions::
// redetect, from the workstation's own
// copy in the photo store) and replaces the photo's face rows with all faces found. It undoes a
// "this face is the child" choice (PhotoActions::chooseFace), which keeps only the chosen face.
// Inputs: start(photoId) for a photo of the open database.
// Guarantees: the old faces are removed and the new ones stored in one transaction (all or
// nothing); the photo's status follows (faces / no face); finished() reports the new face count or
// an error message.
// Thread safety: GUI-thread object (see BackgroundJob); the work uses its own connection.
#include "gui/shell/BackgroundJob.h"

namespace reunite::gui {

class FaceRedetectWorker : public BackgroundJob {
    Q_OBJECT

public:
    explicit FaceRedetectWorker(Workstation& workstation, QObject* parent = nullptr);

    bool start(qint64 photoId);

signals:
    void finished(qint64 photoId, int faceCount, const QString& errorMessage);
};

}  // namespace reunite::gui
