#pragma once
// FlyerAnalysisJob: analyses one flyer off the GUI thread, in two stages so the volunteer can pick
// the child's face while the text is still being read:
//  1. decode + faces (a clone of the Workstation's face pipeline) -> facesFound(), or failed()
//     when the file cannot be read as an image;
//  2. OCR (FlyerTextRecognizer, eng+chi_sim) + FlyerFieldParser -> textRead() (with
//     FlyerReading::error set when the text could not be read).
// Inputs: start(file, dateOrder); the face models must be loaded (start() returns false otherwise,
// or while an analysis runs). cancel() after stage 1 skips stage 2 (nothing more is emitted).
// Guarantees: every signal is emitted on the GUI thread; a started analysis ends with exactly one
// of failed() or textRead(), unless cancelled. The pipeline clone and the OCR engine are kept
// between analyses (loading the OCR languages takes about a second).
// Thread safety: GUI-thread object (BackgroundJob); its cached engines are only used by its own
// work, one stage at a time.
#include <memory>

#include <QString>

#include "gui/shell/BackgroundJob.h"
#include "ocr/FlyerDateParser.h"
#include "gui/flyer/FlyerFaces.h"
#include "gui/flyer/FlyerReading.h"
#include "core/image/Image.h"

namespace reunite {
class FacePipeline;
namespace ocr {
class FlyerTextRecognizer;
}
}  // namespace reunite

namespace reunite::gui {

class FlyerAnalysisJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit FlyerAnalysisJob(Workstation& workstation, QObject* parent = nullptr);
    ~FlyerAnalysisJob() override;

    bool start(const QString& file, ocr::NumericDateOrder dateOrder = ocr::NumericDateOrder::MonthFirst);

signals:
    void stageChanged(const QString& description);
    void facesFound(const reunite::gui::FlyerFaces& faces);
    void textRead(const reunite::gui::FlyerReading& reading);
    void failed(const QString& file, const QString& message);

private:
    void readText(const QString& file, std::shared_ptr<const Image> image, ocr::NumericDateOrder dateOrder);

    std::shared_ptr<const FacePipeline> cloneSource_;
    std::unique_ptr<FacePipeline> pipeline_;
    std::unique_ptr<ocr::FlyerTextRecognizer> recognizer_;
};

}  // namespace reunite::gui
