#pragma once
// AgeProgressionWorker: renders an age-progressed version of one face off the GUI thread with
// reunite::AgeProgressor, and writes the marked PNG (ProgressionMark: visible investigative-aid band
// plus PNG text metadata) off the GUI thread too.
// Inputs: start(input): the stored photo path, the face's 68 landmarks (as stored), the age at the
// photo, the target age and the child's sex; exportPng(path) after a render finished.
// Guarantees: the age model is loaded once (AgeModel::discover(), resources/age_model) and kept;
// exactly one of rendered()/failed()/cancelled() ends a started render, exported() ends an export
// (with an empty message on success). The written PNG is always stamped "AGE-PROGRESSED -
// INVESTIGATIVE AID" with the source/target ages.
// Thread safety: GUI-thread object (see BackgroundJob); signals arrive on the GUI thread.
#include <memory>
#include <optional>

#include <QImage>
#include <QString>

#include "age/progression/AgeProgressor.h"
#include "gui/shell/BackgroundJob.h"
#include "core/pipeline/FaceTypes.h"

namespace reunite::gui {

struct AgeProgressionInput {
    QString storedPhotoPath;
    Landmarks landmarks{};
    double sourceAge = 0;
    double targetAge = 0;
    Sex sex = Sex::Unknown;
};

class AgeProgressionWorker : public BackgroundJob {
    Q_OBJECT

public:
    explicit AgeProgressionWorker(Workstation& workstation, QObject* parent = nullptr);

    // False when a render or export is running.
    bool start(const AgeProgressionInput& input);
    // Writes the last rendered image; false when there is none or a job is running.
    bool exportPng(const QString& path);
    bool hasResult() const { return last_ != nullptr; }

signals:
    void rendered(const QImage& before, const QImage& after, const QString& warning);
    void failed(const QString& message);
    void cancelled();
    void exported(const QString& path, const QString& errorMessage);

private:
    std::shared_ptr<const AgeProgressor> progressor_;
    std::shared_ptr<const ProgressionResult> last_;
};

}  // namespace reunite::gui
