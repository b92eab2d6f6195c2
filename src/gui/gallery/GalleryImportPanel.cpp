#include "gui/gallery/GalleryImportPanel.h"

#include <QFileDialog>
#include <QFileInfo>

#include "gui/gallery/ImportErrorTable.h"
#include "workflows/gallery/GalleryActions.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "gui/shell/Workstation.h"
#include "ui_GalleryImportPanel.h"

namespace reunite::gui {
namespace {

QString durationText(double seconds) {
    const int total = qRound(seconds);
    if (total < 60) return QCoreApplication::translate("reunite::gui::GalleryImportPanel", "%n s", nullptr, total);
    return QCoreApplication::translate("reunite::gui::GalleryImportPanel", "%1 min %2 s").arg(total / 60).arg(total % 60);
}

}  // namespace

GalleryImportPanel::GalleryImportPanel(Workstation& workstation, QWidget* parent)
    : QWidget(parent),
      workstation_(workstation),
      ui_(std::make_unique<Ui::GalleryImportPanel>()),
      worker_(new GalleryImportWorker(workstation, this)) {
    ui_->setupUi(this);
    RecordLabels::fillSources(*ui_->sourceCombo);
    ImportErrorTable::prepare(*ui_->errorsTable);
    ui_->progressBar->setFormat(tr("%v / %m photos"));
    errorPoll_.setInterval(1000);

    connect(ui_->chooseFolderButton, &QPushButton::clicked, this, &GalleryImportPanel::chooseFolder);
    connect(ui_->chooseCsvButton, &QPushButton::clicked, this, &GalleryImportPanel::chooseCsv);
    connect(ui_->startButton, &QPushButton::clicked, this, &GalleryImportPanel::startImport);
    connect(ui_->cancelButton, &QPushButton::clicked, worker_, &GalleryImportWorker::cancel);
    connect(ui_->pathEdit, &QLineEdit::textChanged, this, &GalleryImportPanel::updateControls);
    connect(worker_, &GalleryImportWorker::progressed, this, &GalleryImportPanel::onProgress);
    connect(worker_, &GalleryImportWorker::finished, this, &GalleryImportPanel::onFinished);
    connect(worker_, &BackgroundJob::runningChanged, this, &GalleryImportPanel::updateControls);
    connect(&workstation_, &Workstation::phaseChanged, this, &GalleryImportPanel::updateControls);
    connect(&errorPoll_, &QTimer::timeout, this, &GalleryImportPanel::refreshErrors);
    updateControls();
}

GalleryImportPanel::~GalleryImportPanel() = default;

void GalleryImportPanel::setPath(const QString& folderOrCsv) { ui_->pathEdit->setText(folderOrCsv); }

int GalleryImportPanel::errorRowCount() const { return ui_->errorsTable->rowCount(); }

void GalleryImportPanel::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of photos to import"), ui_->pathEdit->text());
    if (!folder.isEmpty()) setPath(folder);
}

void GalleryImportPanel::chooseCsv() {
    const QString file = QFileDialog::getOpenFileName(this, tr("CSV manifest to import"), ui_->pathEdit->text(),
                                                      tr("CSV manifests (*.csv);;All files (*)"));
    if (!file.isEmpty()) setPath(file);
}

bool GalleryImportPanel::startImport() {
    const QString path = ui_->pathEdit->text().trimmed();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        ui_->statsLabel->setText(tr("Choose an existing folder or CSV manifest first."));
        return false;
    }
    const auto source = db::parseCandidateSource(toUtf8(ui_->sourceCombo->currentData().toString()));
    if (!worker_->start(path, source.value_or(db::CandidateSource::NationalDatabase))) {
        ui_->statsLabel->setText(workstation_.isReady() ? tr("An import is already running.") : workstation_.statusText());
        return false;
    }
    runningSource_ = QFileInfo(path).absoluteFilePath();
    runId_ = 0;
    ui_->errorsTable->setRowCount(0);
    ui_->progressBar->setMaximum(0);
    ui_->progressBar->setValue(0);
    ui_->statsLabel->setText(tr("Reading the file list and checking what is already stored…"));
    errorPoll_.start();
    return true;
}

void GalleryImportPanel::onProgress(const Progress& progress) {
    ui_->progressBar->setMaximum(static_cast<int>(std::max<std::size_t>(progress.total, 1)));
    ui_->progressBar->setValue(static_cast<int>(progress.processed));
    ui_->statsLabel->setText(tr("%1 processed, %2 saved · %3 faces/s · about %4 left · %5 faces found · %6 failed · %7 already stored")
                                 .arg(progress.processed)
                                 .arg(progress.saved)
                                 .arg(progress.facesPerSecond, 0, 'f', 1)
                                 .arg(durationText(progress.etaSeconds))
                                 .arg(progress.faces)
                                 .arg(progress.failed)
                                 .arg(progress.skipped));
}

QString GalleryImportPanel::groupPhotoText(const GalleryImportOutcome& outcome) {
    const QString groups = tr("%n group photo(s): faces not named by the manifest's face column were stored as unnamed "
                              "candidates.", nullptr, static_cast<int>(outcome.groupPhotos));
    if (outcome.groupPhotosWithoutChoice == 0) return groups;
    return groups + QLatin1Char(' ') +
           tr("%n record(s) got no face because their group photo does not say which face is the person.", nullptr,
              static_cast<int>(outcome.groupPhotosWithoutChoice));
}

void GalleryImportPanel::onFinished(const GalleryImportOutcome& outcome) {
    errorPoll_.stop();
    runId_ = outcome.runId;
    if (!outcome.errorMessage.isEmpty()) {
        ui_->statsLabel->setText(tr("The import could not run: %1").arg(outcome.errorMessage));
    } else {
        const db::ImportCounts& c = outcome.counts;
        QString text = tr("%1: %2 photos imported, %3 faces, %4 already stored, %5 failed, in %6.")
                           .arg(outcome.cancelled ? tr("Cancelled") : tr("Finished"))
                           .arg(c.photosAdded)
                           .arg(c.facesAdded)
                           .arg(c.itemsSkipped)
                           .arg(c.itemsFailed)
                           .arg(durationText(outcome.seconds));
        if (outcome.groupPhotos > 0) text += QLatin1Char(' ') + groupPhotoText(outcome);
        ui_->statsLabel->setText(text);
        if (ui_->progressBar->maximum() == 0) ui_->progressBar->setMaximum(1);
        if (!outcome.cancelled) ui_->progressBar->setValue(ui_->progressBar->maximum());
    }
    refreshErrors();
    emit importFinished(outcome);
}

void GalleryImportPanel::refreshErrors() {
    if (!workstation_.hasDatabase()) return;
    const qint64 knownRun = runId_;
    const std::string source = toUtf8(runningSource_);
    struct RunErrors {
        qint64 runId = 0;
        std::vector<db::ImportErrorRecord> errors;
    };
    workstation_.run<RunErrors>(
        this,
        [knownRun, source](workflows::Session& session) -> Result<RunErrors> {
            workflows::GalleryActions gallery(session);
            RunErrors found{knownRun, {}};
            if (found.runId == 0) {
                Result<std::vector<db::ImportRunRecord>> recent = gallery.importRuns(5);
                if (!recent) return recent.error();
                for (const db::ImportRunRecord& run : recent.value()) {
                    if (run.sourcePath == source) {
                        found.runId = run.id;
                        break;
                    }
                }
                if (found.runId == 0) return found;
            }
            Result<std::vector<db::ImportErrorRecord>> errors = gallery.importErrors(found.runId);
            if (!errors) return errors.error();
            found.errors = std::move(errors).value();
            return found;
        },
        [this](Result<RunErrors> found) {
            if (!found || found.value().runId == 0) return;
            if (runId_ == 0) runId_ = found.value().runId;
            if (found.value().runId != runId_) return;
            ImportErrorTable::fill(*ui_->errorsTable, found.value().errors, ui_->errorsTable->rowCount());
        });
}

void GalleryImportPanel::updateControls() {
    const bool running = worker_->isRunning();
    ui_->startButton->setEnabled(!running && workstation_.isReady() && !ui_->pathEdit->text().trimmed().isEmpty());
    ui_->cancelButton->setEnabled(running);
    ui_->pathEdit->setEnabled(!running);
    ui_->chooseFolderButton->setEnabled(!running);
    ui_->chooseCsvButton->setEnabled(!running);
    ui_->sourceCombo->setEnabled(!running);
    // The workstation's phase is shown only until it is ready; it never hides an import's results.
    const char* phaseTextProperty = "showsPhase";
    if (!running && !workstation_.isReady() &&
        (ui_->statsLabel->text().isEmpty() || ui_->statsLabel->property(phaseTextProperty).toBool())) {
        ui_->statsLabel->setText(workstation_.statusText());
        ui_->statsLabel->setProperty(phaseTextProperty, true);
    } else if (workstation_.isReady() && ui_->statsLabel->property(phaseTextProperty).toBool()) {
        ui_->statsLabel->clear();
        ui_->statsLabel->setProperty(phaseTextProperty, false);
    }
    ui_->progressBar->setTextVisible(running || ui_->progressBar->value() > 0);
}

}  // namespace reunite::gui
