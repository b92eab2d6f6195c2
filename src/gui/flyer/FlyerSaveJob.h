#pragma once
// FlyerSaveJob: stores the reviewed flyer off the GUI thread, as a case or as a gallery candidate,
// through the application layer (workflows::FlyerActions: record + flyer photo + the picked face,
// in one transaction).
// Inputs: the flyer file, the corrected draft and the picked face. start() returns false while a
// save runs or before the face models are loaded.
// Guarantees: ends with exactly one of saved() or saveFailed(), on the GUI thread. A candidate's
// face joins the engine's loaded gallery; every list hears of the new record.
// Thread safety: GUI-thread object (BackgroundJob).
#include <QString>

#include "gui/shell/BackgroundJob.h"
#include "workflows/flyer/FlyerDraft.h"
#include "workflows/flyer/FlyerRecordWriter.h"

namespace reunite::gui {

class FlyerSaveJob : public BackgroundJob {
    Q_OBJECT

public:
    enum class Target { Case, Gallery };
    Q_ENUM(Target)

    explicit FlyerSaveJob(Workstation& workstation, QObject* parent = nullptr);

    bool start(Target target, const QString& file, const workflows::FlyerDraft& draft, const workflows::FacePick& pick);

signals:
    // recordId: the case id or the candidate id.
    void saved(reunite::gui::FlyerSaveJob::Target target, qint64 recordId, qint64 photoId, bool faceKept);
    void saveFailed(const QString& message);
};

}  // namespace reunite::gui
