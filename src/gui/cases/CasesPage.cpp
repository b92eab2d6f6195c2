#include "gui/cases/CasesPage.h"

#include <utility>

#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTimer>

#include "workflows/gallery/GalleryActions.h"
#include "gui/cases/CaseDetailsForm.h"
#include "gui/relatives/RelativesPanel.h"
#include "gui/cases/CaseListModel.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/common/SaveBeforeLeaving.h"
#include "gui/demo/DemoWorkspaceBuilder.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/SamplesFolder.h"
#include "gui/shell/Workstation.h"
#include "ui_CasesPage.h"

namespace reunite::gui {

CasesPage::CasesPage(Workstation& workstation, FaceImageProvider& images, QWidget* parent)
    : QWidget(parent),
      workstation_(workstation),
      ui_(std::make_unique<Ui::CasesPage>()),
      cases_(new CaseListModel(workstation, this)),
      filtered_(new QSortFilterProxyModel(this)),
      demoBuilder_(new DemoWorkspaceBuilder(workstation, this)) {
    ui_->setupUi(this);
    filtered_->setSourceModel(cases_);
    filtered_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    ui_->caseList->setModel(filtered_);
    workspace_ = new CaseWorkspace(workstation, images, ui_->workspaceColumn);
    ui_->workspaceSlot->addWidget(workspace_);
    ui_->splitter->setStretchFactor(1, 1);
    ui_->splitter->setSizes({260, 1000});
    ui_->demoProgress->hide();

    connect(ui_->filterEdit, &QLineEdit::textChanged, filtered_, &QSortFilterProxyModel::setFilterFixedString);
    connect(ui_->caseList->selectionModel(), &QItemSelectionModel::currentChanged, this, &CasesPage::showSelectedCase);
    connect(ui_->newCaseButton, &QPushButton::clicked, this, &CasesPage::startNewCase);
    connect(workspace_, &CaseWorkspace::caseSaved, this, &CasesPage::afterSave);
    connect(&workspace_->detailsForm(), &CaseDetailsForm::saveFailed, this, [this] { leaving_.failed(); });
    connect(ui_->buildDemoButton, &QPushButton::clicked, this, &CasesPage::buildDemoWorkspace);
    connect(demoBuilder_, &DemoWorkspaceBuilder::progressed, this, [this](const QString& step, int done, int total) {
        ui_->demoBannerLabel->setText(step);
        ui_->demoProgress->setMaximum(total);
        ui_->demoProgress->setValue(done);
    });
    connect(demoBuilder_, &DemoWorkspaceBuilder::finished, this, [this](qint64 caseId, const QString& error) {
        ui_->demoProgress->hide();
        if (!error.isEmpty()) {
            ui_->demoBannerLabel->setText(tr("The demo workspace could not be built: %1").arg(error));
            ui_->buildDemoButton->setEnabled(true);
            return;
        }
        reload(caseId);
        emit demoWorkspaceBuilt(caseId);
    });
    connect(cases_, &CaseListModel::reloaded, this, &CasesPage::afterReload);
    connect(&workstation_, &Workstation::phaseChanged, this, &CasesPage::updateDemoBanner);
    connect(&workstation_, &Workstation::galleryChanged, this, &CasesPage::updateDemoBanner);
    reload();
}

CasesPage::~CasesPage() = default;

int CasesPage::caseCount() const { return cases_->rowCount(); }

void CasesPage::reload(qint64 selectCaseId) {
    pendingSelection_ = selectCaseId;
    cases_->reload();
}

void CasesPage::afterReload() {
    const qint64 keep = pendingSelection_ ? pendingSelection_ : (workspace_->currentCase() ? workspace_->currentCase()->id : 0);
    pendingSelection_ = 0;
    if (keep == 0 && creatingNewCase_) {  // the user is filling in a new case: leave the form alone
        updateDemoBanner();
        return;
    }
    if (!selectCase(keep)) {
        if (cases_->rowCount() > 0) {
            selectCase(cases_->data(cases_->index(0), CaseListModel::CaseIdRole).value<qint64>());
        } else {
            workspace_->startNewCase();
            creatingNewCase_ = true;  // a later reload leaves the new case being written alone
        }
    }
    updateDemoBanner();
}

bool CasesPage::selectCase(qint64 caseId) {
    const int row = cases_->rowForCase(caseId);
    if (row < 0) return false;
    const QModelIndex index = filtered_->mapFromSource(cases_->index(row));
    if (!index.isValid()) {
        ui_->filterEdit->clear();
        return selectCase(caseId);
    }
    ui_->caseList->setCurrentIndex(index);
    showSelectedCase();
    return workspace_->currentCase() && workspace_->currentCase()->id == caseId;
}

void CasesPage::showSelectedCase() {
    const QModelIndex index = filtered_->mapToSource(ui_->caseList->currentIndex());
    const db::CaseRecord* record = cases_->caseAt(index.row());
    if (!record) return;
    const std::optional<db::CaseRecord> shown = workspace_->currentCase();
    if (shown && shown->id == record->id && shown->updatedAt == record->updatedAt) return;
    const qint64 next = record->id;
    if (!mayLeaveCurrentCase([this, next] { reload(next); })) {
        restoreListSelection();
        // A click selects its row after this slot returns: restore again once the click is done.
        QTimer::singleShot(0, this, &CasesPage::restoreListSelection);
        return;
    }
    creatingNewCase_ = false;
    workspace_->showCase(*record);
}

// Asks about each form with unsaved edits (the relative's, then the case's). After a save the
// question is asked again, so edits in the other form are not dropped on the way.
bool CasesPage::mayLeaveCurrentCase(std::function<void()> thenDo) {
    CaseDetailsForm& form = workspace_->detailsForm();
    if (leaving_.saving()) return false;
    auto askAgainThenDo = [this, thenDo] {
        if (mayLeaveCurrentCase(thenDo)) thenDo();
    };
    if (!workspace_->relativesPanel().mayLeaveRelative(askAgainThenDo)) return false;
    return leaving_.mayLeave(this, form.hasUnsavedChanges(), form.caseLabel(), [&form] { return form.save(); },
                             askAgainThenDo);
}

// The list shows the case the workspace still shows (none while a new case is being written).
void CasesPage::restoreListSelection() {
    const QSignalBlocker blocker(ui_->caseList->selectionModel());
    const std::optional<db::CaseRecord> shown = workspace_->currentCase();
    const int row = shown ? cases_->rowForCase(shown->id) : -1;
    const QModelIndex index = row < 0 ? QModelIndex() : filtered_->mapFromSource(cases_->index(row));
    ui_->caseList->clearSelection();
    ui_->caseList->setCurrentIndex(index);
}

// After a save the list reloads and keeps the saved case, or the user goes where they were heading
// when asked to save first.
void CasesPage::afterSave(const db::CaseRecord& record) {
    if (!leaving_.saved()) reload(record.id);
}

void CasesPage::startNewCase() {
    if (!mayLeaveCurrentCase([this] {
            reload();
            startNewCase();
        })) {
        return;
    }
    creatingNewCase_ = true;
    ui_->caseList->clearSelection();
    ui_->caseList->setCurrentIndex(QModelIndex());
    workspace_->startNewCase();
}

bool CasesPage::buildDemoWorkspace() {
    if (!demoBuilder_->start()) {
        ui_->demoBannerLabel->setText(workstation_.statusText());
        return false;
    }
    ui_->buildDemoButton->setEnabled(false);
    ui_->demoProgress->setValue(0);
    ui_->demoProgress->show();
    return true;
}

void CasesPage::updateDemoBanner() {
    if (workstation_.hasDatabase() && cases_->rowCount() == 0) {
        workstation_.run<std::int64_t>(
            this, [](workflows::Session& session) { return workflows::GalleryActions(session).candidateCount(); },
            [this](Result<std::int64_t> count) {
                const bool empty = count && count.value() == 0;
                if (empty == galleryEmpty_) return;
                galleryEmpty_ = empty;
                updateDemoBanner();
            });
    }
    const bool empty = workstation_.hasDatabase() && cases_->rowCount() == 0 && galleryEmpty_;
    const bool show = (empty || demoBuilder_->isRunning()) && SamplesFolder::isAvailable();
    ui_->demoBanner->setVisible(show);
    ui_->buildDemoButton->setEnabled(workstation_.isReady() && !demoBuilder_->isRunning());
    if (show && !workstation_.isReady() && !demoBuilder_->isRunning()) {
        ui_->demoBannerLabel->setText(tr("This database is empty. A demo workspace can be built once the face models and the "
                                         "photo database are loaded (%1)").arg(workstation_.statusText()));
    } else if (show && !demoBuilder_->isRunning()) {
        ui_->demoBannerLabel->setText(tr("This database is empty. Build a demo workspace from the sample photos to try case → "
                                         "search → compare → decide in a minute. Demo records are clearly marked DEMO."));
    }
}

}  // namespace reunite::gui
