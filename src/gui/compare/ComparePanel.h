#pragma once
// ComparePanel: "Compare and decide" for one search result: the case's probe face and the
// candidate's best-matching face side by side as aligned chips of the same size (same scale), with
// synchronized zoom and panning, a landmark toggle, blink (alternate) and overlay (alpha blend)
// modes, the candidate's details and score breakdown, a strip with all of the candidate's photos,
// and, on demand, a strip with the faces of the case's relatives (parents, siblings).
// Reject, Keep and Request DNA each ask for a note (DecisionNoteDialog; an empty note is refused)
// and are stored off the GUI thread through workflows::ReviewActions (user, time, search run).
// Keyboard: N / Page Down next candidate, P / Page Up previous, R reject, K keep, D request DNA.
// Inputs: the CandidateResultModel shared with the results grid; setCase(); showResult(row).
// Guarantees: after a rejection the grid shows the candidate as rejected and the next candidate is
// shown; later searches of the case leave rejected candidates out (CaseSearch).
// Thread safety: GUI thread only.
#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <QTimer>
#include <QWidget>

#include "db/records/CaseRecord.h"
#include "db/records/RecordEnums.h"
#include "workflows/gallery/CandidateFile.h"
#include "workflows/search/RankedLeads.h"

namespace Ui {
class ComparePanel;
}

namespace reunite::gui {

class CandidateResultModel;
class FaceImageProvider;
class Workstation;

// One face of a relative of the case, as the relatives strip shows it.
struct RelativeFace {
    qint64 faceId = 0;
    QString label;  // "Mother — Li Na"
};

class ComparePanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int ChipSide = 300;

    ComparePanel(Workstation& workstation, FaceImageProvider& images, CandidateResultModel& results, QWidget* parent = nullptr);
    ~ComparePanel() override;

    void setCase(const std::optional<db::CaseRecord>& record);
    void showResult(int row);
    int currentRow() const { return row_; }
    void showNext();
    void showPrevious();
    // Asks for a note, then stores the decision; false if cancelled or refused.
    bool decide(db::ReviewDecision decision);
    // Stores the decision with this note (what decide() does after the dialog).
    bool recordDecision(db::ReviewDecision decision, const QString& note);
    void setShowLandmarks(bool show);
    void setOverlayMode(bool overlay);
    // True when both chips are on screen (tests and the screenshot tour wait for it).
    bool chipsShown() const;
    // Shows (or hides) the faces of the case's relatives below the candidate, for the reviewer's eye.
    void setShowRelatives(bool show);
    // Relatives' faces listed in the strip (loaded in the background once shown).
    int relativeFaceCount() const;

signals:
    void currentRowChanged(int row);
    void decisionRecorded(qint64 candidateId, reunite::db::ReviewDecision decision);

private:
    void refreshChips();
    void refreshDetails();
    void refreshPhotoStrip();
    void showPhotoStrip(const workflows::CandidateFile& file, const workflows::Lead& lead);
    void onStripPhotoChosen();
    void applyMode();
    void updateButtons();
    void refreshRelatives();
    void showRelativeFaces(const std::vector<RelativeFace>& faces);
    void refreshRelativeIcons();

    Workstation& workstation_;
    FaceImageProvider& images_;
    CandidateResultModel& results_;
    std::unique_ptr<Ui::ComparePanel> ui_;
    std::optional<db::CaseRecord> case_;
    int row_ = -1;
    std::optional<qint64> shownCandidateFaceId_;
    QTimer blinkTimer_;
    bool blinkShowsProbe_ = false;
};

}  // namespace reunite::gui
