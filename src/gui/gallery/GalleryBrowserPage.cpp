#include "gui/gallery/GalleryBrowserPage.h"

#include <QHeaderView>

#include "db/repositories/CandidateRepository.h"
#include "gui/gallery/CandidateTableModel.h"
#include "gui/common/FaceImageProvider.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "gui/gallery/ImportRunTableModel.h"
#include "db/repositories/PhotoRepository.h"
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
    ui_->importErrorsTable->setColumnCount(3);
    ui_->importErrorsTable->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Problem")});
    ui_->verticalSplitter->setStretchFactor(0, 3);
    ui_->verticalSplitter->setStretchFactor(1, 2);
    ui_->importsSplitter->setSizes({700, 400});

    connect(ui_->refreshButton, &QPushButton::clicked, this, &GalleryBrowserPage::reload);
    connect(ui_->candidatesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GalleryBrowserPage::showCandidatePhotos);
    connect(ui_->importRunsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GalleryBrowserPage::showRunErrors);
    connect(&images_, &FaceImageProvider::photoReady, this, [this](const QString& path, int maxSide) {
        if (maxSide != kPhotoSide) return;
        for (int i = 0; i < ui_->candidatePhotosList->count(); ++i) {
            QListWidgetItem* item = ui_->candidatePhotosList->item(i);
            if (item->data(kStoredPathRole).toString() != path) continue;
            if (auto loaded = images_.photo(path, kPhotoSide)) item->setIcon(QPixmap::fromImage(loaded->image));
        }
    });
    // Hidden, the page reads nothing (showEvent() reloads it): opening a large database stays quick.
    const auto reloadIfVisible = [this] {
        if (isVisible()) reload();
    };
    connect(&workstation_, &Workstation::databaseOpened, this, reloadIfVisible);
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
    candidates_->reload();
    runs_->reload();
    refreshCounts();
    if (candidates_->rowCount() > 0) selectCandidateRow(0);
    if (runs_->rowCount() > 0) selectImportRun(0);
    else ui_->importErrorsTable->setRowCount(0);
}

void GalleryBrowserPage::refreshCounts() {
    if (!workstation_.hasDatabase()) {
        ui_->countsLabel->setText(tr("No database is open."));
        return;
    }
    db::CandidateRepository candidates(workstation_.database());
    db::FaceRepository faces(workstation_.database());
    auto candidateCount = candidates.count();
    auto faceCount = faces.countGalleryFaces();
    const QString loaded = workstation_.gallery()
                               ? tr("%n face(s) in memory for searching", nullptr, static_cast<int>(workstation_.gallery()->faceCount()))
                               : workstation_.statusText();
    const QString candidatesText = tr("%n candidate(s)", nullptr, candidateCount ? static_cast<int>(candidateCount.value()) : 0);
    const QString facesText = tr("%n gallery face(s)", nullptr, faceCount ? static_cast<int>(faceCount.value()) : 0);
    const QString runsText = tr("%n import run(s)", nullptr, runs_->rowCount());
    ui_->countsLabel->setText(QStringLiteral("%1 · %2 · %3 · %4").arg(candidatesText, facesText, runsText, loaded));
}

void GalleryBrowserPage::selectCandidateRow(int row) {
    if (row < 0 || row >= candidates_->rowCount()) return;
    ui_->candidatesTable->setCurrentIndex(candidates_->index(row, CandidateTableModel::NameColumn));
}

void GalleryBrowserPage::selectImportRun(int row) {
    if (row < 0 || row >= runs_->rowCount()) return;
    ui_->importRunsTable->setCurrentIndex(runs_->index(row, ImportRunTableModel::StartedColumn));
}

int GalleryBrowserPage::errorRowCount() const { return ui_->importErrorsTable->rowCount(); }

void GalleryBrowserPage::showCandidatePhotos() {
    ui_->candidatePhotosList->clear();
    const db::CandidateRecord* candidate = candidates_->candidateAt(ui_->candidatesTable->currentIndex().row());
    if (!candidate) return;
    db::PhotoRepository photos(workstation_.database());
    db::FaceRepository faces(workstation_.database());
    auto listed = photos.listByOwner(db::PhotoOwner::ofCandidate(candidate->id));
    if (!listed) return;
    for (const db::PhotoRecord& photo : listed.value()) {
        auto photoFaces = faces.listByPhoto(photo.id);
        const int faceCount = photoFaces ? static_cast<int>(photoFaces.value().size()) : 0;
        auto* item = new QListWidgetItem(ui_->candidatePhotosList);
        const QString path = toQString(photo.storedPath);
        item->setData(kStoredPathRole, path);
        item->setText(QStringLiteral("%1\n%2").arg(toQString(photo.originalFileName), tr("%n face(s)", nullptr, faceCount)));
        item->setToolTip(QualityWarnings::forPhoto(faceCount).join(QLatin1Char('\n')));
        if (auto loaded = images_.photo(path, kPhotoSide)) item->setIcon(QPixmap::fromImage(loaded->image));
    }
}

void GalleryBrowserPage::showRunErrors() {
    ui_->importErrorsTable->setRowCount(0);
    const db::ImportRunRecord* run = runs_->runAt(ui_->importRunsTable->currentIndex().row());
    if (!run) return;
    db::ImportRunRepository repository(workstation_.database());
    auto errors = repository.errors(run->id);
    if (!errors) return;
    ui_->importErrorsTable->setRowCount(static_cast<int>(errors.value().size()));
    for (std::size_t i = 0; i < errors.value().size(); ++i) {
        const db::ImportErrorRecord& error = errors.value()[i];
        const int row = static_cast<int>(i);
        ui_->importErrorsTable->setItem(row, 0, new QTableWidgetItem(toQString(error.file)));
        ui_->importErrorsTable->setItem(row, 1, new QTableWidgetItem(error.rowNumber ? QString::number(*error.rowNumber) : QString()));
        ui_->importErrorsTable->setItem(row, 2, new QTableWidgetItem(toQString(error.message)));
    }
    ui_->importErrorsTable->resizeColumnToContents(1);
}

}  // namespace reunite::gui
