#pragma once
// CandidateSearchPanel: "Find candidates" for one case. Runs the search in the background
// (CaseSearchWorker) with a busy indicator and Cancel, and shows the top 30 as a grid of aligned face
// chips with name, birth year, region, source and a score bar (CandidateResultDelegate). The filter
// panel (sex, birth-year window, unknown birth years, regions, sources) re-runs the search when
// changed. On opening a case the latest stored run of that case is shown.
// Inputs: setCase(record) (nullopt: nothing selected).
// Guarantees: a warning names case photos that would make poor probes (no face, several faces);
// candidates the analyst rejected for this case are left out of every new run (CaseSearch); every
// score on screen is accompanied by the lead-not-identification notice.
// Thread safety: GUI thread only.
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include "db/records/CaseRecord.h"
#include "workflows/photos/PhotoWithFaces.h"
#include "workflows/search/CaseSearchOptions.h"
#include "workflows/search/RankedLeads.h"

namespace Ui {
class CandidateSearchPanel;
}

namespace reunite::gui {

class CandidateResultModel;
class CaseSearchWorker;
class FaceImageProvider;
class Workstation;

class CandidateSearchPanel : public QWidget {
    Q_OBJECT

public:
    CandidateSearchPanel(Workstation& workstation, FaceImageProvider& images, QWidget* parent = nullptr);
    ~CandidateSearchPanel() override;

    void setCase(const std::optional<db::CaseRecord>& record);
    // Refreshes the probe warnings (after the case's photos changed).
    void refreshProbeWarnings();
    bool runSearch();
    workflows::CaseSearchOptions optionsFromFilters() const;
    void showProbeWarnings(const std::vector<workflows::PhotoWithFaces>& photos);
    CandidateResultModel& results() { return *results_; }
    CaseSearchWorker& worker() { return *worker_; }
    void selectResult(int row);

signals:
    void compareRequested(int row);
    void searchFinished();

private:
    void showLatestRun();
    void applyKindScales();
    void onFinished(const workflows::RankedLeads& results);
    // "3 leads. 19 of the 20 gallery faces (7 candidates) passed the filters. The search took 5.2 s."
    QString summaryOf(const workflows::RankedLeads& results) const;
    void onFiltersChanged();
    void refreshRegions();
    void updateControls();

    Workstation& workstation_;
    std::unique_ptr<Ui::CandidateSearchPanel> ui_;
    CandidateResultModel* results_;
    CaseSearchWorker* worker_;
    std::optional<db::CaseRecord> case_;
    QTimer rerunTimer_;
    QElapsedTimer searchClock_;  // from the request to the ranked leads, as the analyst waited
    bool searchedThisCase_ = false;
};

}  // namespace reunite::gui
