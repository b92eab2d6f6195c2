#include "gui/gallery/GalleryBrowserPage.h"

#include <QHeaderView>
#include <QMessageBox>

#include "gui/gallery/CandidateTableModel.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/common/FaceImageProvider.h"
#include "gui/common/PhotoListIcons.h"
#include "gui/common/RemovalQuestion.h"
#include "gui/gallery/ImportErrorTable.h"
#include "workflows/gallery/GalleryActions.h"
#include "gui/gallery/ImportRunTableModel.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/QualityWarnings.h"
#include "gui/shell/Workstation.h"
#include "ui_GalleryBrowserPage.h"

namespace reunite::gui {
namespace {

constexpr int kPhotoSide = 440;
constexpr int kStoredPathRole = Qt::UserRole;

}  // namespace

GalleryBrowserPage::GalleryBrowserPage(Workstation& workstation, FaceImageProvider& images, QWidget* parent)
    : QWidget(parent),
      workstation_(workstation),
      images_(images),
      ui_(std::make_unique<Ui::GalleryBrowserPage>()),
      candidates_(new CandidateTableModel(workstation, images, this)),
      runs_(new ImportRunTableModel(workstation, this)) {
    ui_->setupUi(this);
    ui_->candidatesTable->setModel(candidates_);
    ui_->candidatesTable->verticalHeader()->setDefaultSectionSize(CandidateTableModel::ChipSide + 6);
    ui_->candidatesTable->setIconSize(QSize(CandidateTableModel::ChipSide, CandidateTableModel::ChipSide));
    ui_->candidatesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->candidatesTable->horizontalHeader()->setSectionResizeMode(CandidateTableModel::NameColumn, QHeaderView::Stretch);
    ui_->importRunsTable->setModel(runs_);
    ui_->importRunsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->importRunsTable->horizontalHeader()->setSectionResizeMode(ImportRunTableModel::SourceColumn, QHeaderView::Stretch);
    ImportErrorTable::prepare(*ui_->importErrorsTable);
    ui_->verticalSplitter->setStretchFactor(0, 3);
    ui_->verticalSplitter->setStretchFactor(1, 2);
    ui_->importsSplitter->setSizes({700, 400});

    connect(ui_->refreshButton, &QPushButton::clicked, this, &GalleryBrowserPage::reload);
    connect(ui_->removeCandidateButton, &QPushButton::clicked, this, &GalleryBrowserPage::askToRemoveCandidate);
    connect(candidates_, &CandidateTableModel::pageLoaded, this, [this] {
        if (!ui_->candidatesTable->currentIndex().isValid() && candidates_->rowCount() > 0) selectCandidateRow(0);
    });
    connect(runs_, &ImportRunTableModel::reloaded, this, [this] {
        refreshCounts();
        if (runs_->rowCount() > 0) selectImportRun(0);
        else ui_->importErrorsTable->setRowCount(0);
    });
    connect(ui_->candidatesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GalleryBrowserPage::showCandidatePhotos);
    connect(ui_->importRunsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GalleryBrowserPage::showRunErrors);
    followPhotoIcons(images_, *ui_->candidatePhotosList, kStoredPathRole, kPhotoSide);
    // Hidden, the page reads nothing (showEvent() reloads it): opening a large database stays quick.
    const auto reloadIfVisible = [this] {
        if (isVisible()) reload();
    };
    connect(&workstation_, &Workstation::databaseOpened, this, reloadIfVisible);
    connect(&workstation_, &Workstation::accountChanged, this, reloadIfVisible);
    connect(&workstation_, &Workstation::galleryChanged, this, reloadIfVisible);
    connect(&workstation_, &Workstation::phaseChanged, this, [this] {
        if (isVisible()) refreshCounts();
    });
}

GalleryBrowserPage::~GalleryBrowserPage() = default;

void GalleryBrowserPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void GalleryBrowserPage::reload() {
    ui_->candidatePhotosList->clear();
    candidates_->reload();
    runs_->reload();
    refreshCounts();
}

void GalleryBrowserPage::refreshCounts() {
    if (!workstation_.hasDatabase()) {
        ui_->countsLabel->setText(tr("No database is open."));
        return;
    }
    workstation_.run<workflows::GalleryCounts>(
        this, [](workflows::Session& session) { return workflows::GalleryActions(session).counts(); },
        [this](Result<workflows::GalleryCounts> counts) {
            if (!counts) {
                ui_->countsLabel->setText(errorText(counts.error()));
                return;
            }
            const std::shared_ptr<GalleryIndex> index = workstation_.gallery();
            const QString loaded = index && workstation_.isReady()
                                       ? tr("%n face(s) in memory for searching", nullptr, static_cast<int>(index->faceCount()))
                                       : workstation_.statusText();
            const QString candidatesText = tr("%n candidate(s)", nullptr, static_cast<int>(counts.value().candidates));
            const QString facesText = tr("%n gallery face(s)", nullptr, static_cast<int>(counts.value().faces));
            const QString runsText = tr("%n import run(s)", nullptr, runs_->rowCount());
            ui_->countsLabel->setText(QStringLiteral("%1 · %2 · %3 · %4").arg(candidatesText, facesText, runsText, loaded));
        });
}

void GalleryBrowserPage::selectCandidateRow(int row) {
    if (row < 0 || row >= candidates_->rowCount()) return;
    ui_->candidatesTable->setCurrentIndex(candidates_->index(row, CandidateTableModel::NameColumn));
}

void GalleryBrowserPage::selectImportRun(int row) {
    if (row < 0 || row >= runs_->rowCount()) return;
    ui_->importRunsTable->setCurrentIndex(runs_->index(row, ImportRunTableModel::StartedColumn));
}

void GalleryBrowserPage::askToRemoveCandidate() {
    const db::CandidateRecord* candidate = candidates_->candidateAt(ui_->candidatesTable->currentIndex().row());
    if (!candidate) return;
    const qint64 candidateId = candidate->id;
    const QString name = QStringLiteral("%1 (%2)").arg(CandidateResultModel::candidateName(*candidate), toQString(candidate->externalRef));
    workstation_.run<workflows::CandidateRemoval>(
        this, [candidateId](workflows::Session& session) { return workflows::GalleryActions(session).removalOf(candidateId); },
        [this, candidateId, name](Result<workflows::CandidateRemoval> removal) {
            if (!removal) {
                QMessageBox::warning(this, tr("Remove record"), errorText(removal.error()));
                return;
            }
            if (removalConfirmed(name, removal.value())) removeCandidate(candidateId);
        });
}

bool GalleryBrowserPage::removalConfirmed(const QString& name, const workflows::CandidateRemoval& removal) {
    const db::CandidateReferences& r = removal.references;
    if (r.any()) {
        QMessageBox box(QMessageBox::Information, tr("Remove record"),
                        tr("%1 cannot be removed: it is evidence of earlier work.").arg(name), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("removeCandidateRefusal"));
        box.setInformativeText(tr("Stored search results: %1 · review decisions: %2 · DNA requests: %3 (counting the unnamed "
                                  "faces of its group photos).")
                                   .arg(r.searchResults)
                                   .arg(r.reviewDecisions)
                                   .arg(r.dnaRequests));
        box.exec();
        return false;
    }
    QString details = tr("No stored search, decision or DNA request refers to it; later searches will not find it.");
    if (removal.unnamedFaces > 0) {
        details += QLatin1Char(' ') + tr("The %n unnamed face(s) of its group photos go with it.", nullptr,
                                         static_cast<int>(removal.unnamedFaces));
    }
    details += QLatin1Char(' ') + tr("The workstation's copies of the files are deleted unless another record uses them.");
    return confirmRemoval(this, QStringLiteral("removeCandidateQuestion"), tr("Remove record"),
                               tr("Remove %1 with %n photo(s) and their faces?", nullptr, static_cast<int>(removal.photos)).arg(name),
                               details);
}

void GalleryBrowserPage::removeCandidate(qint64 candidateId) {
    workstation_.run<workflows::CandidateRemoval>(
        this, [candidateId](workflows::Session& session) { return workflows::GalleryActions(session).removeCandidate(candidateId); },
        [this](Result<workflows::CandidateRemoval> removed) {
            if (!removed) {
                QMessageBox::warning(this, tr("Remove record"), errorText(removed.error()));
                return;
            }
            reload();
        });
}

int GalleryBrowserPage::errorRowCount() const { return ui_->importErrorsTable->rowCount(); }

int GalleryBrowserPage::candidatePhotoCount() const { return ui_->candidatePhotosList->count(); }

void GalleryBrowserPage::showCandidatePhotos() {
    ui_->candidatePhotosList->clear();
    const db::CandidateRecord* candidate = candidates_->candidateAt(ui_->candidatesTable->currentIndex().row());
    if (!candidate) return;
    const qint64 candidateId = candidate->id;
    workstation_.run<workflows::CandidateFile>(
        this, [candidateId](workflows::Session& session) { return workflows::GalleryActions(session).candidate(candidateId); },
        [this, candidateId](Result<workflows::CandidateFile> file) {
            const db::CandidateRecord* current = candidates_->candidateAt(ui_->candidatesTable->currentIndex().row());
            if (!file || !current || current->id != candidateId) return;
            showPhotos(file.value());
        });
}

void GalleryBrowserPage::showPhotos(const workflows::CandidateFile& file) {
    ui_->candidatePhotosList->clear();
    for (const workflows::PhotoWithFaces& entry : file.photos) {
        const int faceCount = static_cast<int>(entry.faces.size());
        auto* item = new QListWidgetItem(ui_->candidatePhotosList);
        const QString path = toQString(entry.photo.storedPath);
        item->setData(kStoredPathRole, path);
        QString text = QStringLiteral("%1\n%2").arg(toQString(entry.photo.originalFileName), tr("%n face(s)", nullptr, faceCount));
        if (faceCount == 1 && !entry.estimatedAges.empty() && entry.estimatedAges.front()) {
            text += QLatin1Char('\n') + tr("looks about %1 (± %2), estimated")
                                            .arg(qRound(entry.estimatedAges.front()->years))
                                            .arg(qRound(entry.estimatedAges.front()->plusMinus));
        }
        item->setText(text);
        item->setToolTip(QualityWarnings::forPhoto(faceCount).join(QLatin1Char('\n')));
        showPhotoIcon(images_, *item, path, kPhotoSide);
    }
}

void GalleryBrowserPage::showRunErrors() {
    ui_->importErrorsTable->setRowCount(0);
    const db::ImportRunRecord* run = runs_->runAt(ui_->importRunsTable->currentIndex().row());
    if (!run) return;
    const qint64 runId = run->id;
    workstation_.run<std::vector<db::ImportErrorRecord>>(
        this, [runId](workflows::Session& session) { return workflows::GalleryActions(session).importErrors(runId); },
        [this, runId](Result<std::vector<db::ImportErrorRecord>> errors) {
            const db::ImportRunRecord* current = runs_->runAt(ui_->importRunsTable->currentIndex().row());
            if (!errors || !current || current->id != runId) return;
            ImportErrorTable::fill(*ui_->importErrorsTable, errors.value(), 0);
        });
}

}  // namespace reunite::gui
