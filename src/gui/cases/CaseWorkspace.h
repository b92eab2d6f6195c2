#pragma once
// CaseWorkspace: everything about one missing child, in tabs: Details (CaseDetailsForm), Childhood
// photos (PhotoPanel), Relatives (RelativesPanel), Find candidates (CandidateSearchPanel), Compare
// and decide (ComparePanel, sharing the search panel's results), Age progression (AgeProgressionPanel)
// and, last, DNA confirmation (DnaPanel), which can close the case; the header's buttons export the
// case report and the alert poster (CaseExporter).
// Inputs: startNewCase() or showCase(record).
// Guarantees: photo, relative, search, compare, age-progression and DNA tabs and the exports are enabled only once
// the case is saved;
// caseSaved() reports every save (the case list refreshes).
// Thread safety: GUI thread only.
#include <memory>
#include <optional>

#include <QWidget>

#include "db/records/CaseRecord.h"

namespace Ui {
class CaseWorkspace;
}

namespace reunite::gui {

class AgeProgressionPanel;
class CandidateSearchPanel;
class CaseDetailsForm;
class CaseExporter;
class ComparePanel;
class DnaPanel;
class FaceImageProvider;
class PhotoPanel;
class RelativesPanel;
class Workstation;

class CaseWorkspace : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Details, Photos, Relatives, Search, Compare, AgeProgression, Dna };

    CaseWorkspace(Workstation& workstation, FaceImageProvider& images, QWidget* parent = nullptr);
    ~CaseWorkspace() override;

    void startNewCase();
    void showCase(const db::CaseRecord& record);
    std::optional<db::CaseRecord> currentCase() const { return case_; }
    void showTab(Tab tab);
    Tab currentTab() const;

    CaseDetailsForm& detailsForm() { return *details_; }
    PhotoPanel& photoPanel() { return *photos_; }
    RelativesPanel& relativesPanel() { return *relatives_; }
    CandidateSearchPanel& searchPanel() { return *search_; }
    ComparePanel& comparePanel() { return *compare_; }
    AgeProgressionPanel& progressionPanel() { return *progression_; }
    DnaPanel& dnaPanel() { return *dna_; }
    CaseExporter& exporter() { return *exporter_; }

signals:
    void caseSaved(const reunite::db::CaseRecord& record);

private:
    void applyCase(const std::optional<db::CaseRecord>& record);

    std::unique_ptr<Ui::CaseWorkspace> ui_;
    CaseDetailsForm* details_;
    PhotoPanel* photos_;
    RelativesPanel* relatives_;
    CandidateSearchPanel* search_;
    ComparePanel* compare_;
    AgeProgressionPanel* progression_;
    DnaPanel* dna_;
    CaseExporter* exporter_;
    std::optional<db::CaseRecord> case_;
};

}  // namespace reunite::gui
