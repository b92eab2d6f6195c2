#include "gui/cases/CaseWorkspace.h"

#include "domain/PersonName.h"
#include "gui/age/AgeProgressionPanel.h"
#include "gui/search/CandidateSearchPanel.h"
#include "gui/cases/CaseDetailsForm.h"
#include "gui/compare/ComparePanel.h"
#include "gui/dna/DnaPanel.h"
#include "gui/report/CaseExporter.h"
#include "gui/photos/PhotoPanel.h"
#include "gui/shell/QtBridge.h"
#include "gui/relatives/RelativesPanel.h"
#include "ui_CaseWorkspace.h"

namespace reunite::gui {

CaseWorkspace::CaseWorkspace(Workstation& workstation, FaceImageProvider& images, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::CaseWorkspace>()) {
    ui_->setupUi(this);
    details_ = new CaseDetailsForm(workstation, ui_->detailsTab);
    ui_->detailsSlot->addWidget(details_);
    photos_ = new PhotoPanel(workstation, images, ui_->photosTab);
    ui_->photosSlot->addWidget(photos_);
    relatives_ = new RelativesPanel(workstation, images, ui_->relativesTab);
    ui_->relativesSlot->addWidget(relatives_);
    search_ = new CandidateSearchPanel(workstation, images, ui_->searchTab);
    ui_->searchSlot->addWidget(search_);
    compare_ = new ComparePanel(workstation, images, search_->results(), ui_->compareTab);
    ui_->compareSlot->addWidget(compare_);
    progression_ = new AgeProgressionPanel(workstation, ui_->tabs);
    ui_->tabs->addTab(progression_, tr("Age progression"));
    dna_ = new DnaPanel(workstation, ui_->tabs);
    ui_->tabs->addTab(dna_, tr("DNA confirmation"));
    exporter_ = new CaseExporter(workstation, this);
    connect(ui_->exportReportButton, &QPushButton::clicked, exporter_, &CaseExporter::exportReport);
    connect(ui_->exportPosterButton, &QPushButton::clicked, exporter_, &CaseExporter::exportPoster);
    connect(exporter_, &CaseExporter::availabilityChanged, this, [this](bool available) {
        ui_->exportReportButton->setEnabled(available);
        ui_->exportPosterButton->setEnabled(available);
    });

    connect(details_, &CaseDetailsForm::saved, this, [this](const db::CaseRecord& record) {
        applyCase(record);
        emit caseSaved(record);
    });
    connect(photos_, &PhotoPanel::photosChanged, search_, &CandidateSearchPanel::refreshProbeWarnings);
    connect(photos_, &PhotoPanel::photosChanged, progression_, &AgeProgressionPanel::reload);
    connect(search_, &CandidateSearchPanel::compareRequested, this, [this](int row) {
        compare_->showResult(row);
        showTab(Tab::Compare);
        compare_->setFocus();
    });
    connect(compare_, &ComparePanel::currentRowChanged, search_, &CandidateSearchPanel::selectResult);
    connect(dna_, &DnaPanel::caseChanged, this, [this](const db::CaseRecord& record) {
        showCase(record);
        emit caseSaved(record);
    });
    startNewCase();
}

CaseWorkspace::~CaseWorkspace() = default;

void CaseWorkspace::startNewCase() {
    details_->startNewCase();
    applyCase(std::nullopt);
    showTab(Tab::Details);
}

void CaseWorkspace::showCase(const db::CaseRecord& record) {
    details_->showCase(record);
    applyCase(record);
}

void CaseWorkspace::applyCase(const std::optional<db::CaseRecord>& record) {
    const bool changedCase = !record || !case_ || record->id != case_->id;
    case_ = record;
    if (record) {
        const QString name = toQString(personDisplayName(record->givenNames, record->familyName));
        ui_->headerLabel->setText(name.isEmpty() ? toQString(record->caseNumber).toHtmlEscaped()
                                                 : QStringLiteral("%1 — %2").arg(toQString(record->caseNumber).toHtmlEscaped(),
                                                                                name.toHtmlEscaped()));
    } else {
        ui_->headerLabel->setText(tr("New case"));
    }
    for (int tab = 1; tab < ui_->tabs->count(); ++tab) ui_->tabs->setTabEnabled(tab, record.has_value());
    if (changedCase) {
        photos_->setOwner(record ? std::optional<db::PhotoOwner>(db::PhotoOwner::ofCase(record->id)) : std::nullopt);
        relatives_->setCase(record ? std::optional<qint64>(record->id) : std::nullopt);
    }
    search_->setCase(record);
    compare_->setCase(record);
    progression_->setCase(record);
    dna_->setCase(record);
    exporter_->setCase(record);
}

void CaseWorkspace::showTab(Tab tab) { ui_->tabs->setCurrentIndex(static_cast<int>(tab)); }

CaseWorkspace::Tab CaseWorkspace::currentTab() const { return static_cast<Tab>(ui_->tabs->currentIndex()); }

}  // namespace reunite::gui
