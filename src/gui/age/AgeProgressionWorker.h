#pragma once
// AgeProgressionWorker: renders an age-progressed version of one stored face off the GUI thread,
// and writes the marked PNG (visible investigative-aid band plus PNG text metadata), both through
// the application layer (workflows::ProgressionActions).
// Inputs: start(order): the stored face, the age at the photo, the target age and the child's sex;
// exportPng(path) after a render finished.
// Guarantees: exactly one of rendered()/failed()/cancelled() ends a started render, exported()
// ends an export (with an empty message on success). The written PNG is always stamped
// "AGE-PROGRESSED - INVESTIGATIVE AID" with the source/target ages.
// Thread safety: GUI-thread object (see BackgroundJob); signals arrive on the GUI thread.
#include <memory>
#include <optional>

#include <QImage>
#include <QString>

#include "gui/shell/BackgroundJob.h"
#include "workflows/age/ProgressionActions.h"

namespace reunite::gui {

class AgeProgressionWorker : public BackgroundJob {
    Q_OBJECT

public:
    explicit AgeProgressionWorker(Workstation& workstation, QObject* parent = nullptr);

    // False when a render or export is running.
    bool start(const workflows::ProgressionOrder& order);
    // Writes the last rendered image; false when there is none or a job is running.
    bool exportPng(const QString& path);
    bool hasResult() const { return last_ != nullptr; }
    // Drops the last rendering (another case is shown): nothing is left to export.
    void forgetResult() { last_.reset(); }

signals:
    void rendered(const QImage& before, const QImage& after, const QString& warning);
    void failed(const QString& message);
    void cancelled();
    void exported(const QString& path, const QString& errorMessage);

private:
    std::shared_ptr<const workflows::RenderedProgression> last_;
};

}  // namespace reunite::gui
