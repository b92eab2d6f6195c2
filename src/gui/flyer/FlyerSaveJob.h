#pragma once
// FlyerSaveJob: stores the reviewed flyer off the GUI thread, as a case or as a gallery candidate
// (FlyerRecordWriter: record + flyer photo + the picked face, in one transaction).
// Inputs: the flyer file, its SHA-256 (gallery reference), the corrected draft and the picked face.
// start*() returns false while a save runs or before the face models are loaded.
// Guarantees: one own database connection and one own pipeline clone per save; ends with exactly
// one of saved() or saveFailed(), on the GUI thread. A candidate's face joins the Workstation's
// live gallery and the Workstation is told the gallery changed.
// Thread safety: GUI-thread object (BackgroundJob).
#include <QString>

#include "gui/shell/BackgroundJob.h"
#include "gui/flyer/FlyerDraft.h"
#include "workflows/flyer/FlyerRecordWriter.h"

namespace reunite::gui {

class FlyerSaveJob : public BackgroundJob {
    Q_OBJECT

public:
    enum class Target { Case, Gallery };
    Q_ENUM(Target)

    explicit FlyerSaveJob(Workstation& workstation, QObject* parent = nullptr);

    bool start(Target target, const QString& file, const QString& sha256, const FlyerDraft& draft, const FacePick& pick);

signals:
    // recordId: the case id or the candidate id.
    void saved(reunite::gui::FlyerSaveJob::Target target, qint64 recordId, qint64 photoId, bool faceKept);
    void saveFailed(const QString& message);
};

}  // namespace reunite::gui
