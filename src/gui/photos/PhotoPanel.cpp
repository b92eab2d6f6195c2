#include "domain/PhotoFiles.h"
#include "gui/photos/PhotoPanel.h"


#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include "workflows/photos/PhotoActions.h"
#include "gui/common/FaceImageProvider.h"
#include "gui/common/RemovalQuestion.h"
#include "gui/photos/FaceRedetectWorker.h"
#include "gui/photos/PhotoAttachWorker.h"
#include "gui/photos/PhotoListModel.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/QualityWarnings.h"
#include "gui/shell/Workstation.h"
#include "ui_PhotoPanel.h"

namespace reunite::gui {
namespace {

constexpr int kDisplaySide = 1600;

QStringList localImageFiles(const QMimeData* mime) {
    QStringList files;
    if (!mime || !mime->hasUrls()) return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) files << url.toLocalFile();
    }
    return files;
}

}  // namespace

PhotoPanel::PhotoPanel(Workstation& workstation, FaceImageProvider& images, QWidget* parent)
    : QWidget(parent),
      workstation_(workstation),
      images_(images),
      ui_(std::make_unique<Ui::PhotoPanel>()),
      photos_(new PhotoListModel(workstation, images, this)),
      attachWorker_(new PhotoAttachWorker(workstation, this)),
      redetectWorker_(new FaceRedetectWorker(workstation, this)) {
    ui_->setupUi(this);
    ui_->photoList->setModel(photos_);
    ui_->attachProgress->hide();
    ui_->faceView->clearPhoto(tr("No photo yet.\nDrop photos here or click “Add photos…”."));

    connect(ui_->photoList->selectionModel(), &QItemSelectionModel::currentChanged, this, &PhotoPanel::showSelectedPhoto);
    connect(ui_->faceView, &PhotoFaceView::faceClicked, this, [this](int index) { ui_->faceList->setCurrentRow(index); });
    connect(ui_->faceList, &QListWidget::currentRowChanged, this, [this](int row) {
        ui_->faceView->setSelectedFace(row);
        updateButtons();
    });
    connect(ui_->landmarksCheck, &QCheckBox::toggled, ui_->faceView, &PhotoFaceView::setShowLandmarks);
    connect(ui_->addPhotosButton, &QPushButton::clicked, this, &PhotoPanel::chooseFiles);
    connect(ui_->keepFaceButton, &QPushButton::clicked, this, &PhotoPanel::keepSelectedFace);
    connect(ui_->redetectButton, &QPushButton::clicked, this, &PhotoPanel::redetectFaces);
    connect(ui_->removePhotoButton, &QPushButton::clicked, this, &PhotoPanel::askToRemovePhoto);
    connect(ui_->drawFaceButton, &QPushButton::toggled, this, [this](bool drawing) {
        ui_->faceView->setDrawingEnabled(drawing);
        if (drawing) ui_->attachStatusLabel->setText(tr("Drag a box around the face on the photo."));
    });
    connect(ui_->faceView, &PhotoFaceView::boxDrawn, this, &PhotoPanel::addDrawnFace);
    connect(ui_->ageSpin, &QDoubleSpinBox::editingFinished, this, &PhotoPanel::storeAge);
    connect(photos_, &PhotoListModel::reloaded, this, &PhotoPanel::afterReload);
    connect(&images_, &FaceImageProvider::photoReady, this, [this](const QString& path, int maxSide) {
        const PhotoWithFaces* entry = photos_->photoAt(ui_->photoList->currentIndex().row());
        if (entry && maxSide == kDisplaySide && toQString(entry->photo.storedPath) == path) showSelectedPhoto();
    });
    connect(&images_, &FaceImageProvider::photoFailed, this, [this](const QString& path, int maxSide, const QString& message) {
        const PhotoWithFaces* entry = photos_->photoAt(ui_->photoList->currentIndex().row());
        if (entry && maxSide == kDisplaySide && toQString(entry->photo.storedPath) == path) {
            ui_->faceView->clearPhoto(tr("The stored copy of this photo cannot be shown: %1").arg(message));
        }
    });

    connect(attachWorker_, &PhotoAttachWorker::progressed, this, [this](int done, int total, const QString& file) {
        ui_->attachProgress->setMaximum(total);
        ui_->attachProgress->setValue(done);
        ui_->attachStatusLabel->setText(file.isEmpty() ? QString() : tr("Finding faces in %1…").arg(file));
    });
    connect(attachWorker_, &PhotoAttachWorker::photoAttached, this, [this](qint64 photoId, int) {
        reload(photoId);
        emit photosChanged();
    });
    connect(attachWorker_, &PhotoAttachWorker::photoFailed, this, [this](const QString& file, const QString& message) {
        attachErrors_ << QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), message);
    });
    connect(attachWorker_, &PhotoAttachWorker::finished, this, [this](int attached, int failed, bool cancelled) {
        ui_->attachProgress->hide();
        QString text = tr("%n photo(s) added.", nullptr, attached);
        if (failed > 0) text += QLatin1Char(' ') + tr("%n could not be added:", nullptr, failed) + QLatin1Char('\n') + attachErrors_.join(QLatin1Char('\n'));
        if (cancelled) text += QLatin1Char(' ') + tr("Cancelled.");
        ui_->attachStatusLabel->setText(text);
        attachErrors_.clear();
        updateButtons();
    });
    connect(attachWorker_, &BackgroundJob::runningChanged, this, &PhotoPanel::updateButtons);
    connect(redetectWorker_, &FaceRedetectWorker::finished, this, [this](qint64 photoId, int faceCount, const QString& error) {
        images_.forgetFaces();
        ui_->attachStatusLabel->setText(error.isEmpty() ? tr("%n face(s) found again.", nullptr, faceCount)
                                                        : tr("Faces could not be detected again: %1").arg(error));
        reload(photoId);
        emit photosChanged();
    });
    connect(redetectWorker_, &BackgroundJob::runningChanged, this, &PhotoPanel::updateButtons);
    connect(&workstation_, &Workstation::phaseChanged, this, &PhotoPanel::updateButtons);
    updateButtons();
}

PhotoPanel::~PhotoPanel() = default;

void PhotoPanel::setOwner(std::optional<db::PhotoOwner> owner) {
    owner_ = owner;
    photos_->setOwner(owner);
    attachErrors_.clear();
    ui_->attachStatusLabel->clear();
    updateButtons();
    reload();
}

void PhotoPanel::reload(qint64 selectPhotoId) {
    pendingSelection_ = selectPhotoId ? selectPhotoId : selectedPhotoId();
    photos_->reload();
}

void PhotoPanel::afterReload(const QString& errorMessage) {
    if (!errorMessage.isEmpty()) {
        ui_->attachStatusLabel->setText(tr("The photos could not be read: %1").arg(errorMessage));
    }
    const qint64 keep = pendingSelection_;
    int row = photos_->rowForPhoto(keep);
    if (row < 0 && photos_->rowCount() > 0) row = 0;
    selectPhoto(row);
    if (row < 0) {
        ui_->faceView->clearPhoto(owner_ ? tr("No photo yet.\nDrop photos here or click “Add photos…”.") : QString());
        ui_->faceList->clear();
        ui_->warningsLabel->clear();
    }
    updateButtons();
}

void PhotoPanel::selectPhoto(int row) {
    if (row < 0 || row >= photos_->rowCount()) return;
    ui_->photoList->setCurrentIndex(photos_->index(row));
    showSelectedPhoto();
}

int PhotoPanel::photoCount() const { return photos_->rowCount(); }

void PhotoPanel::setShowLandmarks(bool show) { ui_->landmarksCheck->setChecked(show); }

qint64 PhotoPanel::selectedPhotoId() const {
    const PhotoWithFaces* entry = photos_->photoAt(ui_->photoList->currentIndex().row());
    return entry ? entry->photo.id : 0;
}

void PhotoPanel::showSelectedPhoto() {
    const PhotoWithFaces* entry = photos_->photoAt(ui_->photoList->currentIndex().row());
    if (!entry) return;
    const int previousFace = ui_->faceList->currentRow();
    ui_->faceView->setFaces(entry->faces);
    if (auto loaded = images_.photo(toQString(entry->photo.storedPath), kDisplaySide)) {
        ui_->faceView->setPhoto(loaded->image, loaded->originalSize);
    } else {
        ui_->faceView->clearPhoto(tr("Loading the photo…"));
        ui_->faceView->setFaces(entry->faces);
    }
    {
        const QSignalBlocker blocker(ui_->ageSpin);
        ui_->ageSpin->setValue(entry->photo.ageAtPhotoYears ? *entry->photo.ageAtPhotoYears : ui_->ageSpin->minimum());
    }
    {
        const QSignalBlocker blocker(ui_->faceList);
        ui_->faceList->clear();
        for (std::size_t i = 0; i < entry->faces.size(); ++i) {
            const db::FaceRow& face = entry->faces[i];
            QString text = tr("Face %1: %2 px wide, sharpness %3, turned %4°")
                               .arg(i + 1)
                               .arg(qRound(face.quality.faceSizePx))
                               .arg(qRound(face.quality.sharpness))
                               .arg(qRound(face.quality.yawDegrees));
            if (i < entry->estimatedAges.size() && entry->estimatedAges[i]) {
                text += tr(", looks about %1 (± %2 years, estimated)")
                            .arg(qRound(entry->estimatedAges[i]->years))
                            .arg(qRound(entry->estimatedAges[i]->plusMinus));
            }
            const QStringList warnings = QualityWarnings::forFace(face.quality.flags, false);
            if (!warnings.isEmpty()) text += QStringLiteral(" — ⚠ ") + warnings.join(QStringLiteral(", "));
            ui_->faceList->addItem(text);
        }
    }
    const int faceCount = static_cast<int>(entry->faces.size());
    const int selectRow = faceCount == 1 ? 0 : (previousFace < faceCount ? previousFace : -1);
    ui_->faceList->setCurrentRow(selectRow);
    ui_->faceView->setSelectedFace(selectRow);
    showFaceDetails();
    updateButtons();
}

void PhotoPanel::showFaceDetails() {
    const PhotoWithFaces* entry = photos_->photoAt(ui_->photoList->currentIndex().row());
    if (!entry) {
        ui_->warningsLabel->clear();
        return;
    }
    QStringList warnings = QualityWarnings::forPhoto(static_cast<int>(entry->faces.size()));
    if (entry->faces.size() == 1) {
        for (const QString& warning : QualityWarnings::forFace(entry->faces.front().quality.flags, false)) warnings << warning;
    }
    ui_->warningsLabel->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral(" · ")));
}

void PhotoPanel::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), QString(), tr("Images (%1)").arg(QString::fromLatin1(photoFilePatterns().c_str())));
    if (!files.isEmpty()) addFiles(files);
}

bool PhotoPanel::addFiles(const QStringList& files) {
    if (!owner_) {
        ui_->attachStatusLabel->setText(tr("Save the record first, then add its photos."));
        return false;
    }
    if (!workstation_.pipeline()) {
        ui_->attachStatusLabel->setText(tr("The face models are still loading; try again in a moment."));
        return false;
    }
    if (attachWorker_->isRunning()) {
        ui_->attachStatusLabel->setText(tr("Photos are still being processed; add more when they are done."));
        return false;
    }
    attachErrors_.clear();
    ui_->attachProgress->setMaximum(static_cast<int>(files.size()));
    ui_->attachProgress->setValue(0);
    ui_->attachProgress->show();
    return attachWorker_->start(files, *owner_);
}

void PhotoPanel::dragEnterEvent(QDragEnterEvent* event) {
    if (owner_ && !localImageFiles(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void PhotoPanel::dropEvent(QDropEvent* event) {
    const QStringList files = localImageFiles(event->mimeData());
    if (files.isEmpty()) return;
    event->acceptProposedAction();
    addFiles(files);
}

void PhotoPanel::keepSelectedFace() {
    const PhotoWithFaces* entry = photos_->photoAt(ui_->photoList->currentIndex().row());
    const int faceRow = ui_->faceList->currentRow();
    if (!entry || faceRow < 0 || faceRow >= static_cast<int>(entry->faces.size())) return;
    const qint64 photoId = entry->photo.id;
    const qint64 faceId = entry->faces[static_cast<std::size_t>(faceRow)].id;
    changeFaces(
        photoId, [photoId, faceId](workflows::PhotoActions& photos) { return photos.chooseFace(photoId, faceId); },
        tr("The choice could not be stored: %1"), tr("Only the selected face is kept for this photo."), true);
}

void PhotoPanel::addDrawnFace(const RectF& box) {
    const qint64 photoId = selectedPhotoId();
    ui_->drawFaceButton->setChecked(false);
    if (photoId == 0) return;
    changeFaces(
        photoId, [photoId, box](workflows::PhotoActions& photos) { return photos.addManualFace(photoId, box); },
        tr("The face could not be added: %1"), tr("The face drawn by hand was added; it is marked as drawn by hand."), false);
}

void PhotoPanel::changeFaces(qint64 photoId, std::function<Result<db::FaceRow>(workflows::PhotoActions&)> change,
                             const QString& failed, const QString& done, bool forgetChips) {
    workstation_.run<db::FaceRow>(
        this, [change](workflows::Session& session) {
            workflows::PhotoActions photos(session);
            return change(photos);
        },
        [this, photoId, failed, done, forgetChips](Result<db::FaceRow> changed) {
            if (!changed) {
                ui_->attachStatusLabel->setText(failed.arg(errorText(changed.error())));
                return;
            }
            if (forgetChips) images_.forgetFaces();
            ui_->attachStatusLabel->setText(done);
            reload(photoId);
            emit photosChanged();
        });
}

void PhotoPanel::askToRemovePhoto() {
    const qint64 photoId = selectedPhotoId();
    if (photoId == 0) return;
    workstation_.run<workflows::PhotoRemoval>(
        this, [photoId](workflows::Session& session) { return workflows::PhotoActions(session).removalOf(photoId); },
        [this, photoId](Result<workflows::PhotoRemoval> removal) {
            if (!removal) {
                ui_->attachStatusLabel->setText(tr("The photo could not be removed: %1").arg(errorText(removal.error())));
                return;
            }
            if (removalConfirmed(removal.value())) removePhoto(photoId);
        });
}

bool PhotoPanel::removalConfirmed(const workflows::PhotoRemoval& removal) {
    const int shown = static_cast<int>(removal.searchResultsShowingIt);
    const QString searches =
        shown > 0 ? tr("%n stored search result(s) show one of its faces: they keep their rank and score, without this face.",
                       nullptr, shown)
                  : tr("No stored search result shows its faces.");
    return confirmRemoval(this, QStringLiteral("removePhotoQuestion"), tr("Remove photo"),
                               tr("Remove this photo and its %n face(s)?", nullptr, static_cast<int>(removal.facesRemoved)),
                               searches + QLatin1Char(' ') +
                                   tr("Later searches will not use it. The workstation's copy of the file is deleted "
                                      "unless another record uses it."));
}

void PhotoPanel::removePhoto(qint64 photoId) {
    workstation_.run<workflows::PhotoRemoval>(
        this, [photoId](workflows::Session& session) { return workflows::PhotoActions(session).remove(photoId); },
        [this](Result<workflows::PhotoRemoval> removed) {
            if (!removed) {
                ui_->attachStatusLabel->setText(tr("The photo could not be removed: %1").arg(errorText(removed.error())));
                return;
            }
            images_.forgetFaces();
            ui_->attachStatusLabel->setText(tr("The photo was removed."));
            reload();
            emit photosChanged();
        });
}

void PhotoPanel::redetectFaces() {
    const qint64 photoId = selectedPhotoId();
    if (photoId == 0) return;
    if (!redetectWorker_->start(photoId)) {
        ui_->attachStatusLabel->setText(tr("The face models are still loading; try again in a moment."));
        return;
    }
    ui_->attachStatusLabel->setText(tr("Detecting faces again…"));
}

void PhotoPanel::storeAge() {
    const qint64 photoId = selectedPhotoId();
    if (photoId == 0) return;
    const double value = ui_->ageSpin->value();
    const std::optional<double> age = value < 0 ? std::nullopt : std::optional<double>(value);
    const PhotoWithFaces* entry = photos_->photoAt(ui_->photoList->currentIndex().row());
    if (entry && entry->photo.ageAtPhotoYears == age) return;
    workstation_.run<Ok>(
        this, [photoId, age](workflows::Session& session) { return workflows::PhotoActions(session).setAge(photoId, age); },
        [this, photoId](Result<Ok> stored) {
            if (!stored) {
                ui_->attachStatusLabel->setText(tr("The age could not be stored: %1").arg(errorText(stored.error())));
                return;
            }
            reload(photoId);
            emit photosChanged();
        });
}

void PhotoPanel::updateButtons() {
    const PhotoWithFaces* entry = photos_->photoAt(ui_->photoList->currentIndex().row());
    const bool busy = attachWorker_->isRunning() || redetectWorker_->isRunning();
    const bool canProcess = owner_.has_value() && workstation_.pipeline() != nullptr;
    ui_->addPhotosButton->setEnabled(canProcess && !busy);
    ui_->keepFaceButton->setEnabled(entry && entry->faces.size() > 1 && ui_->faceList->currentRow() >= 0 && !busy);
    ui_->redetectButton->setEnabled(entry && canProcess && !busy);
    ui_->removePhotoButton->setEnabled(entry && !busy);
    ui_->drawFaceButton->setEnabled(entry && canProcess && !busy);
    if (!ui_->drawFaceButton->isEnabled()) ui_->drawFaceButton->setChecked(false);
    ui_->ageSpin->setEnabled(entry != nullptr);
    ui_->landmarksCheck->setEnabled(entry != nullptr);
    setAcceptDrops(owner_.has_value());
}

}  // namespace reunite::gui
