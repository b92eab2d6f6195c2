#pragma once
// AgeProgressionPanel: "Age progression" for one case: pick a childhood photo (with its face and the
// age at the photo), choose a target age on a slider (default: the age the child would be today,
// from the case's date of birth), and see the photo before and after age progression side by side at
// the same scale; export the result as a PNG stamped as an investigative aid, with its parameters in
// the PNG text metadata (ProgressionMark). Rendering and export run off the GUI thread
// (AgeProgressionWorker); a new slider position re-renders once the current render is done.
// Inputs: setCase(record); reload() after the case's photos changed.
// Guarantees: the notice that a progressed image is an investigative aid, never a photograph of the
// child, is always on screen with the result; photos without a face or without an age at the photo
// are listed but explain what is missing instead of rendering.
// Thread safety: GUI thread only.
#include <optional>

#include <QImage>
#include <QTimer>
#include <QCheckBox>
#include <QWidget>

#include "db/records/CaseRecord.h"
#include "workflows/photos/PhotoWithFaces.h"
#include "core/pipeline/FaceTypes.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;

namespace reunite::gui {

class AgeProgressionWorker;
class Workstation;

class AgeProgressionPanel : public QWidget {
    Q_OBJECT

public:
    explicit AgeProgressionPanel(Workstation& workstation, QWidget* parent = nullptr);
    ~AgeProgressionPanel() override;

    void setCase(const std::optional<db::CaseRecord>& record);
    void reload();
    // Starts rendering the selected photo at the slider's age; false if nothing can be rendered.
    bool render();
    int targetAge() const;
    void setTargetAge(int years);
    // The age the child would be today (nullopt: no date of birth).
    std::optional<int> ageToday() const;
    bool hasResult() const { return !after_.isNull(); }
    AgeProgressionWorker& worker() { return *worker_; }

signals:
    void renderFinished();

private:
    struct Source {
        qint64 faceId = 0;  // 0: the photo has no face
        std::optional<double> age;
    };

    void showSources(const std::vector<workflows::PhotoWithFaces>& photos);
    void onRendered(const QImage& before, const QImage& after, const QString& warning);
    void showImages();
    void chooseExportFile();
    void updateControls();
    void updateTargetLabel();
    std::optional<Source> selectedSource() const;
    int firstRenderableSource() const;

    Workstation& workstation_;
    AgeProgressionWorker* worker_;
    std::optional<db::CaseRecord> case_;
    std::vector<Source> sources_;
    QComboBox* photoCombo_;
    QLabel* sourceAgeLabel_;
    QSlider* targetSlider_;
    QLabel* targetLabel_;
    QPushButton* todayButton_;
    QCheckBox* parentBlendBox_;
    QPushButton* renderButton_;
    QPushButton* exportButton_;
    QProgressBar* busyBar_;
    QLabel* statusLabel_;
    QLabel* beforeTitle_;
    QLabel* afterTitle_;
    QLabel* beforeView_;
    QLabel* afterView_;
    QTimer rerenderTimer_;
    QImage before_;
    QImage after_;
    int renderedAge_ = 0;
    qint64 renderedFaceId_ = 0;  // the face being rendered or shown; 0 after a case switch
    bool rerenderPending_ = false;
};

}  // namespace reunite::gui
