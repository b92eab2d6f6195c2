#include "domain/PhotoFiles.h"
#include "gui/flyer/FlyerImportPage.h"

#include <algorithm>

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLocale>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QTreeWidgetItem>
#include <QUrl>

#include "domain/PersonName.h"
#include "gui/flyer/FlyerAnalysisJob.h"
#include "gui/flyer/FlyerBatchJob.h"
#include "ocr/FlyerDateParser.h"
#include "workflows/flyer/FlyerDraft.h"
#include "gui/common/UnsavedChangesQuestion.h"
#include "gui/flyer/FlyerSaveJob.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "ui_FlyerImportPage.h"

namespace reunite::gui {
namespace {

QString localFileOf(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1) return {};
    const QUrl url = mime->urls().front();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

}  // namespace

FlyerImportPage::FlyerImportPage(Workstation& workstation, QWidget* parent)
    : QWidget(parent),
      workstation_(workstation),
      ui_(std::make_unique<Ui::FlyerImportPage>()),
      analysis_(new FlyerAnalysisJob(workstation, this)),
      saveJob_(new FlyerSaveJob(workstation, this)),
      batch_(new FlyerBatchJob(workstation, this)) {
    ui_->setupUi(this);
    setAcceptDrops(true);
    fillDateOrderChoices();
    ui_->splitter->setStretchFactor(0, 3);
    ui_->splitter->setStretchFactor(1, 2);
    ui_->flyerView->clearPhoto(tr("Open a flyer or drop it here."));
    ui_->fieldsForm->setEnabled(false);
    ui_->batchProgress->setRange(0, 1);
    ui_->batchProgress->setValue(0);

    connect(ui_->openButton, &QPushButton::clicked, this, &FlyerImportPage::chooseFlyer);
    connect(ui_->importFolderButton, &QPushButton::clicked, this, &FlyerImportPage::chooseFolder);
    connect(ui_->saveCaseButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(ui_->saveGalleryButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(ui_->cancelBatchButton, &QPushButton::clicked, this, [this] {
        batch_->cancel();
        ui_->batchStatusLabel->setText(tr("Cancelling after the current flyer…"));
    });
    connect(ui_->flyerView, &PhotoFaceView::faceClicked, this, [this](int) {
        ui_->fieldsForm->showProblem({});
        updateActions();
    });
    connect(ui_->fieldsForm, &FlyerFieldsForm::edited, this, [this] { ui_->fieldsForm->showProblem({}); });

    connect(analysis_, &FlyerAnalysisJob::stageChanged, this, &FlyerImportPage::setStatus);
    connect(analysis_, &FlyerAnalysisJob::facesFound, this, &FlyerImportPage::showFaces);
    connect(analysis_, &FlyerAnalysisJob::textRead, this, &FlyerImportPage::showReading);
    connect(analysis_, &FlyerAnalysisJob::failed, this, &FlyerImportPage::showFailure);

    connect(saveJob_, &FlyerSaveJob::saved, this,
            [this](FlyerSaveJob::Target target, qint64 recordId, qint64, bool faceKept) {
                saved_ = true;
                const QString name = QFileInfo(faces_.file).fileName();
                QString text = target == FlyerSaveJob::Target::Case
                                   ? tr("%1 was saved as case %2.").arg(name, savingAs_)
                                   : tr("%1 was saved as a gallery record of %2.").arg(name, savingAs_);
                if (!faceKept) text += " " + tr("No face was stored with it.");
                setStatus(text);
                updateActions();
                emit flyerSaved(target == FlyerSaveJob::Target::Case, recordId);
            });
    connect(saveJob_, &FlyerSaveJob::saveFailed, this, [this](const QString& message) {
        setStatus(tr("The flyer could not be saved: %1").arg(message));
        updateActions();
        emit flyerSaved(false, 0);
    });

    connect(batch_, &FlyerBatchJob::progressed, this, [this](int done, int total, const QString& currentFile) {
        ui_->batchProgress->setRange(0, std::max(total, 1));
        ui_->batchProgress->setValue(done);
        if (!currentFile.isEmpty()) {
            ui_->batchStatusLabel->setText(tr("Reading %1 (%2 of %3)…").arg(currentFile).arg(done + 1).arg(total));
        }
    });
    connect(batch_, &FlyerBatchJob::fileImported, this, [this](const QString&, qint64, const QString&) { ++batchImported_; });
    connect(batch_, &FlyerBatchJob::fileProblem, this, [this](const QString& file, const QString& message, bool stored) {
        auto* item = new QTreeWidgetItem(ui_->batchProblemList);
        item->setText(0, QFileInfo(file).fileName());
        item->setToolTip(0, file);
        item->setText(1, stored ? tr("stored, but: %1").arg(message) : message);
        item->setToolTip(1, item->text(1));
    });
    connect(batch_, &FlyerBatchJob::finished, this,
            [this](int imported, int skipped, int failed, bool cancelled, const QString& failure) {
                if (!failure.isEmpty()) {
                    ui_->batchStatusLabel->setText(tr("The folder could not be imported: %1").arg(failure));
                } else {
                    const QString counts = tr("%n flyer(s) imported", nullptr, imported) + ", " +
                                           tr("%n skipped", nullptr, skipped) + ", " + tr("%n failed", nullptr, failed);
                    ui_->batchStatusLabel->setText(cancelled ? tr("Import cancelled: %1.").arg(counts)
                                                             : tr("Import finished: %1.").arg(counts));
                }
                updateActions();
                emit batchFinished(imported, skipped, failed, cancelled);
            });

    for (BackgroundJob* job : std::initializer_list<BackgroundJob*>{analysis_, saveJob_, batch_}) {
        connect(job, &BackgroundJob::runningChanged, this, &FlyerImportPage::updateActions);
    }
    connect(&workstation_, &Workstation::phaseChanged, this, &FlyerImportPage::updateActions);
    connect(&workstation_, &Workstation::databaseOpened, this, &FlyerImportPage::updateActions);
    updateActions();
}

FlyerImportPage::~FlyerImportPage() {
    batch_->cancel();
    analysis_->cancel();
}

// How the interface's locale writes numeric dates: month first only where its short date format
// starts with the month (en_US "M/d/yy"); day first elsewhere (en_GB "dd/MM/yyyy", and zh_CN
// "yyyy/M/d", where a date with the year last is written day first).
ocr::NumericDateOrder FlyerImportPage::localeDateOrder() {
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    return format.startsWith(QLatin1Char('M')) ? ocr::NumericDateOrder::MonthFirst : ocr::NumericDateOrder::DayFirst;
}

void FlyerImportPage::fillDateOrderChoices() {
    const int current = ui_->dateOrderCombo->currentIndex();
    ui_->dateOrderCombo->clear();
    ui_->dateOrderCombo->addItem(tr("month first (US)"), static_cast<int>(ocr::NumericDateOrder::MonthFirst));
    ui_->dateOrderCombo->addItem(tr("day first"), static_cast<int>(ocr::NumericDateOrder::DayFirst));
    ui_->dateOrderCombo->setCurrentIndex(current >= 0 ? current : ui_->dateOrderCombo->findData(static_cast<int>(localeDateOrder())));
}

void FlyerImportPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        fillDateOrderChoices();
        if (ui_->flyerView->placeholderText().size() > 0 && faces_.file.isEmpty()) {
            ui_->flyerView->clearPhoto(tr("Open a flyer or drop it here."));
        }
    }
    QWidget::changeEvent(event);
}

void FlyerImportPage::dragEnterEvent(QDragEnterEvent* event) {
    if (!localFileOf(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void FlyerImportPage::dropEvent(QDropEvent* event) {
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    if (QFileInfo(path).isDir()) {
        importFolder(path);
    } else {
        openFlyer(path);
    }
}

void FlyerImportPage::chooseFlyer() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a missing-person flyer"), QString(),
        tr("Images (%1);;All files (*)").arg(QString::fromLatin1(photoFilePatterns().c_str())));
    if (!file.isEmpty()) openFlyer(file);
}

void FlyerImportPage::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of flyers into the gallery"));
    if (!folder.isEmpty()) importFolder(folder);
}

bool FlyerImportPage::openFlyer(const QString& file) {
    if (!workstation_.hasDatabase()) {
        setStatus(tr("Open a database first."));
        return false;
    }
    if (analysis_->isRunning() || saveJob_->isRunning()) {
        setStatus(tr("Wait until the current flyer has been read or saved."));
        return false;
    }
    if (!mayDiscardDraft()) return false;
    const auto order = static_cast<ocr::NumericDateOrder>(ui_->dateOrderCombo->currentData().toInt());
    faces_ = FlyerFaces{};
    faces_.file = file;
    textRead_ = false;
    saved_ = false;
    ui_->fieldsForm->clear();
    ui_->fieldsForm->setEnabled(false);
    ui_->ocrTextView->clear();
    ui_->flyerView->clearPhoto(tr("Reading %1…").arg(QFileInfo(file).fileName()));
    if (!analysis_->start(file, order)) {
        setStatus(tr("The face models are still loading; try again in a moment."));
        faces_ = FlyerFaces{};
        updateActions();
        return false;
    }
    updateActions();
    return true;
}

bool FlyerImportPage::importFolder(const QString& folder) {
    if (!workstation_.hasDatabase()) {
        ui_->batchStatusLabel->setText(tr("Open a database first."));
        return false;
    }
    const auto order = static_cast<ocr::NumericDateOrder>(ui_->dateOrderCombo->currentData().toInt());
    batchImported_ = 0;
    ui_->batchProblemList->clear();
    ui_->batchProgress->setRange(0, 1);
    ui_->batchProgress->setValue(0);
    if (!batch_->start(folder, order)) {
        ui_->batchStatusLabel->setText(batch_->isRunning() ? tr("A folder import is already running.")
                                                           : tr("The face models are still loading; try again in a moment."));
        return false;
    }
    ui_->batchStatusLabel->setText(tr("Importing the flyers in %1…").arg(QDir::toNativeSeparators(folder)));
    updateActions();
    return true;
}

void FlyerImportPage::showFaces(const FlyerFaces& faces) {
    faces_ = faces;
    ui_->flyerView->setPhoto(faces.image, faces.originalSize);
    ui_->flyerView->setFaces(faces.faces);
    ui_->flyerView->setSelectedFace(-1);
    if (faces.faces.empty()) {
        setStatus(tr("No face was found on the flyer; it can still be saved without a face. Reading the text…"));
    } else {
        setStatus(tr("Click the child's face on the flyer (%n face(s) found). Reading the text…", nullptr,
                     static_cast<int>(faces.faces.size())));
    }
    emit facesShown(static_cast<int>(faces.faces.size()));
}

void FlyerImportPage::showReading(const FlyerReading& reading) {
    textRead_ = true;
    ui_->fieldsForm->setEnabled(true);
    ui_->ocrTextView->setPlainText(reading.text);
    if (!reading.error.isEmpty()) {
        ui_->fieldsForm->clear();
        shownDraft_ = ui_->fieldsForm->draft();
        setStatus(tr("The text of the flyer could not be read (%1); type the fields from the flyer.").arg(reading.error));
    } else {
        workflows::FlyerDraft draft = workflows::makeFlyerDraft(reading.fields);
        ui_->fieldsForm->prefill(draft, reading.fields);
        shownDraft_ = ui_->fieldsForm->draft();
        const int confidence = std::max(reading.meanConfidence, 0);
        QString status = faces_.faces.empty()
                             ? tr("Text read (mean confidence %1%): check the fields against the flyer, then save.").arg(confidence)
                             : tr("Text read (mean confidence %1%): click the child's face, check the fields against the flyer, then save.")
                                   .arg(confidence);
        if (const int uncertain = ocr::countNeedingCheck(reading.fields); uncertain > 0) {
            status += QLatin1Char(' ') + tr("%n field(s) read uncertainly are marked: compare them with the flyer first.", "", uncertain);
        }
        setStatus(status);
    }
    updateActions();
    emit flyerAnalysed(reading.error.isEmpty());
}

bool FlyerImportPage::hasUnsavedDraft() const {
    return textRead_ && !saved_ && (ui_->flyerView->selectedFace() >= 0 || ui_->fieldsForm->draft() != shownDraft_);
}

bool FlyerImportPage::mayDiscardDraft() {
    if (!hasUnsavedDraft()) return true;
    const QString what = tr("the flyer %1").arg(QFileInfo(faces_.file).fileName());
    return askAboutUnsavedChanges(this, what, UnsavedOffer::DiscardOrStay) == UnsavedChoice::Discard;
}

void FlyerImportPage::showFailure(const QString& file, const QString& message) {
    faces_ = FlyerFaces{};
    ui_->flyerView->clearPhoto(tr("Open a flyer or drop it here."));
    setStatus(tr("%1 could not be read as an image: %2").arg(QFileInfo(file).fileName(), message));
    updateActions();
    emit facesShown(-1);
}

void FlyerImportPage::save(bool asCase) {
    if (!textRead_ || saved_ || saveJob_->isRunning()) return;
    const int picked = ui_->flyerView->selectedFace();
    if (!faces_.faces.empty() && (picked < 0 || picked >= static_cast<int>(faces_.faces.size()))) {
        ui_->fieldsForm->showProblem(tr("Click the child's face on the flyer first."));
        return;
    }
    const QString problem = ui_->fieldsForm->problem(asCase);
    if (!problem.isEmpty()) {
        ui_->fieldsForm->showProblem(problem);
        return;
    }
    workflows::FlyerDraft draft = ui_->fieldsForm->draft();
    draft.flyerFileName = toUtf8(QFileInfo(faces_.file).fileName());
    const QString person = toQString(personDisplayName(draft.givenNames, draft.familyName));
    savingAs_ = asCase ? toQString(draft.caseNumber) : (person.isEmpty() ? tr("an unnamed person") : person);
    const workflows::FacePick pick = picked >= 0 ? workflows::FacePick::picked(faces_.faces[static_cast<std::size_t>(picked)].detection.box)
                                      : workflows::FacePick::largest();
    const auto target = asCase ? FlyerSaveJob::Target::Case : FlyerSaveJob::Target::Gallery;
    if (!saveJob_->start(target, faces_.file, draft, pick)) {
        setStatus(tr("The face models are still loading; try again in a moment."));
        return;
    }
    setStatus(tr("Saving the flyer…"));
    updateActions();
}

void FlyerImportPage::updateActions() {
    const bool ready = workstation_.hasDatabase() && workstation_.pipeline() != nullptr;
    const bool busy = analysis_->isRunning() || saveJob_->isRunning();
    ui_->openButton->setEnabled(ready && !busy);
    ui_->importFolderButton->setEnabled(ready && !batch_->isRunning());
    ui_->cancelBatchButton->setEnabled(batch_->isRunning());
    const bool canSave = ready && textRead_ && !saved_ && !saveJob_->isRunning();
    ui_->saveCaseButton->setEnabled(canSave);
    ui_->saveGalleryButton->setEnabled(canSave);
}

void FlyerImportPage::setStatus(const QString& text) { ui_->statusLabel->setText(text); }

}  // namespace reunite::gui
