#pragma once
// DnaPanel: "DNA confirmation", the last step of a case: the DNA requests made with
// Request DNA…; for the chosen request, sample registration and each sample's chain-of-custody
// timeline; drag-and-drop import of the lab's results (all or nothing, with the per-row report);
// the kinship analysis (KinshipAnalysisView: per-locus table, combined index, probability with
// its prior, conclusion and rule); and the closing actions — confirm the reunion (the case is
// closed), exclude the candidate (rejected with the DNA reason), request more loci — each asking
// for a note (ClosingNoteDialog).
// Every read and write runs on a worker thread through workflows::DnaActions (Workstation::run);
// the panel refreshes itself when any screen or job changes the case's DNA records.
// Inputs: setCase(); the test-facing entry points below do what the buttons do after their dialogs.
// Thread safety: GUI thread only.
#include <optional>
#include <vector>

#include <QWidget>

#include "db/records/CaseRecord.h"
#include "db/records/FrequencyTableRecord.h"
#include "workflows/dna/DnaCaseFile.h"
#include "workflows/dna/DnaRequestInputs.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace reunite::gui {

class KinshipAnalysisView;
class LabFileDropArea;
class Workstation;

// What the panel shows: the case's DNA file and the stored frequency tables (for their names).
struct DnaScreenData {
    workflows::DnaCaseFile file;
    std::vector<db::FrequencyTableRecord> tables;
};

class DnaPanel : public QWidget {
    Q_OBJECT

public:
    explicit DnaPanel(Workstation& workstation, QWidget* parent = nullptr);
    ~DnaPanel() override;

    void setCase(const std::optional<db::CaseRecord>& record);
    void reload();

    int requestCount() const;
    std::optional<qint64> currentRequestId() const;
    bool selectRequest(qint64 requestId);
    int sampleCount() const;
    int custodyEventCount() const;
    KinshipAnalysisView& analysisView() { return *analysis_; }

    // What the buttons do once their dialogs are accepted (used by the tests too).
    void registerSample(workflows::SampleRegistration input);
    void addCustodyEvent(const workflows::CustodyEventInput& input);
    void importLabFile(const QString& path);
    void analyse();
    // Stores a Familias frequency table (checked first); it becomes the table of the next analysis.
    void importFrequencyTable(const QString& path);
    // Asks for the note, then records; false when cancelled.
    bool close(db::DnaOutcome outcome);
    void recordClosing(db::DnaOutcome outcome, const QString& note);

signals:
    void reloaded();
    void actionFinished(bool ok, const QString& message);
    void labImportFinished(bool imported, int errors);
    void caseChanged(const reunite::db::CaseRecord& record);

private:
    void buildLayout();
    QWidget* buildSamplesColumn();
    QWidget* buildAnalysisColumn();
    void show(DnaScreenData data);
    void showRequests();
    void showTables();
    void showSelectedRequest();
    void showSamples(const workflows::DnaRequestFile& request);
    void showCustody();
    void showAnalysis(const workflows::DnaRequestFile& request);
    void showOutcome(const workflows::DnaRequestFile& request);
    void updateButtons();
    void finish(bool ok, const QString& message);
    void startRegisterSample();
    void startCustodyEvent();
    const workflows::DnaRequestFile* currentRequest() const;
    const workflows::DnaSampleFile* currentSample() const;
    QString tableName(qint64 tableId) const;

    Workstation& workstation_;
    std::optional<db::CaseRecord> case_;
    DnaScreenData data_;
    std::optional<qint64> selectedRequestId_;
    bool busy_ = false;

    QTableWidget* requests_;
    QTableWidget* samples_;
    QListWidget* custody_;
    QPushButton* registerButton_;
    QPushButton* custodyButton_;
    QLineEdit* kitEdit_;
    QLineEdit* labEdit_;
    QLineEdit* reportIdEdit_;
    LabFileDropArea* dropArea_;
    QListWidget* importReport_;
    QComboBox* hypothesisCombo_;
    QDoubleSpinBox* priorSpin_;
    QDoubleSpinBox* thetaSpin_;
    QComboBox* tableCombo_;
    QPushButton* importTableButton_;
    QPushButton* analyseButton_;
    KinshipAnalysisView* analysis_;
    QPushButton* confirmButton_;
    QPushButton* excludeButton_;
    QPushButton* moreLociButton_;
    QLabel* outcomeLabel_;
    QLabel* messageLabel_;
};

}  // namespace reunite::gui
