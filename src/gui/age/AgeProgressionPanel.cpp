#include "gui/age/AgeProgressionPanel.h"

#include <algorithm>

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include "gui/age/AgeProgressionWorker.h"
#include "gui/photos/PhotoListing.h"
#include "workflows/session/RecordChange.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

namespace {

constexpr int kViewSide = 360;
constexpr int kMaxTargetAge = 80;

QLabel* makeView(QWidget* parent) {
    auto* view = new QLabel(parent);
    view->setFixedSize(kViewSide, kViewSide);
    view->setAlignment(Qt::AlignCenter);
    view->setStyleSheet(QStringLiteral("background: #202020; color: #c0c0c0; border: 1px solid #606060;"));
    return view;
}

}  // namespace

AgeProgressionPanel::AgeProgressionPanel(Workstation& workstation, QWidget* parent)
    : QWidget(parent), workstation_(workstation), worker_(new AgeProgressionWorker(workstation, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* notice = new QLabel(tr("An age-progressed image is an investigative aid showing how the child might look; it is never "
                                 "a photograph of the child and never an identification. Exported images carry this mark."),
                              this);
    notice->setWordWrap(true);
    notice->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; border-radius: 4px; padding: 6px;"));
    layout->addWidget(notice);

    auto* controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Childhood photo:"), this), 0, 0);
    photoCombo_ = new QComboBox(this);
    photoCombo_->setMinimumWidth(260);
    controls->addWidget(photoCombo_, 0, 1);
    sourceAgeLabel_ = new QLabel(this);
    controls->addWidget(sourceAgeLabel_, 0, 2, 1, 2);
    controls->addWidget(new QLabel(tr("Target age:"), this), 1, 0);
    targetSlider_ = new QSlider(Qt::Horizontal, this);
    targetSlider_->setRange(0, kMaxTargetAge);
    targetSlider_->setPageStep(5);
    targetSlider_->setTickPosition(QSlider::TicksBelow);
    targetSlider_->setTickInterval(5);
    controls->addWidget(targetSlider_, 1, 1);
    targetLabel_ = new QLabel(this);
    targetLabel_->setMinimumWidth(90);
    controls->addWidget(targetLabel_, 1, 2);
    todayButton_ = new QPushButton(tr("Age today"), this);
    todayButton_->setToolTip(tr("The age the child would be today, from the case's date of birth"));
    controls->addWidget(todayButton_, 1, 3);
    controls->setColumnStretch(1, 1);
    layout->addLayout(controls);

    auto* runRow = new QHBoxLayout;
    renderButton_ = new QPushButton(tr("Render"), this);
    exportButton_ = new QPushButton(tr("Export marked PNG…"), this);
    exportButton_->setObjectName(QStringLiteral("exportButton"));
    busyBar_ = new QProgressBar(this);
    busyBar_->setRange(0, 0);
    busyBar_->setMaximumWidth(160);
    busyBar_->setTextVisible(false);
    busyBar_->hide();
    parentBlendBox_ = new QCheckBox(tr("Blend toward the parent of the same sex"), this);
    parentBlendBox_->setObjectName(QStringLiteral("parentBlendBox"));
    parentBlendBox_->setToolTip(tr("Mixes 30 % of the father's (boy) or mother's (girl) face, brought to the target age, into "
                                   "the progression, as forensic artists do. Uses the relative's photo taken nearest that age."));
    runRow->addWidget(parentBlendBox_);
    runRow->addWidget(renderButton_);
    runRow->addWidget(exportButton_);
    runRow->addWidget(busyBar_);
    runRow->addStretch(1);
    layout->addLayout(runRow);
    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("statusLabel"));
    statusLabel_->setWordWrap(true);
    layout->addWidget(statusLabel_);

    auto* views = new QGridLayout;
    beforeTitle_ = new QLabel(tr("Before"), this);
    afterTitle_ = new QLabel(tr("After (age-progressed)"), this);
    beforeView_ = makeView(this);
    afterView_ = makeView(this);
    views->addWidget(beforeTitle_, 0, 0);
    views->addWidget(afterTitle_, 0, 1);
    views->addWidget(beforeView_, 1, 0);
    views->addWidget(afterView_, 1, 1);
    views->setColumnStretch(2, 1);
    layout->addLayout(views);
    layout->addStretch(1);

    rerenderTimer_.setSingleShot(true);
    rerenderTimer_.setInterval(350);
    connect(&rerenderTimer_, &QTimer::timeout, this, [this] { render(); });
    connect(targetSlider_, &QSlider::valueChanged, this, [this] {
        updateTargetLabel();
        if (hasResult()) rerenderTimer_.start();
    });
    connect(photoCombo_, &QComboBox::currentIndexChanged, this, [this] {
        before_ = {};
        after_ = {};
        showImages();
        updateControls();
    });
    connect(todayButton_, &QPushButton::clicked, this, [this] {
        if (const auto today = ageToday()) setTargetAge(*today);
    });
    connect(renderButton_, &QPushButton::clicked, this, [this] { render(); });
    connect(parentBlendBox_, &QCheckBox::toggled, this, [this] {
        if (hasResult()) rerenderTimer_.start();
    });
    // Photos added or removed elsewhere (photo panel, demo, flyer) change the photos to start from.
    connect(&workstation_, &Workstation::recordsChanged, this, [this](int kind, qint64, qint64 caseId) {
        if (static_cast<workflows::RecordKind>(kind) == workflows::RecordKind::Photo && case_ && case_->id == caseId) reload();
    });
    connect(exportButton_, &QPushButton::clicked, this, &AgeProgressionPanel::chooseExportFile);
    connect(worker_, &AgeProgressionWorker::rendered, this, &AgeProgressionPanel::onRendered);
    connect(worker_, &AgeProgressionWorker::failed, this, [this](const QString& message) {
        statusLabel_->setText(tr("Age progression failed: %1").arg(message));
        updateControls();
        emit renderFinished();
    });
    connect(worker_, &AgeProgressionWorker::cancelled, this, [this] { updateControls(); });
    connect(worker_, &AgeProgressionWorker::exported, this, [this](const QString& path, const QString& error) {
        statusLabel_->setText(error.isEmpty() ? tr("Saved %1 (marked as an investigative aid).").arg(QFileInfo(path).fileName())
                                              : tr("Could not save the image: %1").arg(error));
        updateControls();
    });
    connect(worker_, &BackgroundJob::runningChanged, this, [this] { updateControls(); });
    updateTargetLabel();
    updateControls();
}

AgeProgressionPanel::~AgeProgressionPanel() = default;

void AgeProgressionPanel::setCase(const std::optional<db::CaseRecord>& record) {
    const bool changed = !record || !case_ || record->id != case_->id;
    case_ = record;
    if (changed) {
        before_ = {};
        after_ = {};
        renderedFaceId_ = 0;
        rerenderPending_ = false;
        worker_->forgetResult();
        statusLabel_->clear();
        showSources({});  // not the previous case's photos while this case's load
        showImages();
        if (const auto today = ageToday()) setTargetAge(*today);
        else setTargetAge(18);
    }
    reload();
}

void AgeProgressionPanel::reload() {
    if (!case_ || !workstation_.hasDatabase()) {
        workstation_.dropPendingReads(this);
        showSources({});
        return;
    }
    const qint64 caseId = case_->id;
    listPhotosInBackground(workstation_, this, db::PhotoOwner::ofCase(caseId), [this, caseId](Result<std::vector<workflows::PhotoWithFaces>> photos) {
        if (!case_ || case_->id != caseId) return;
        if (!photos) {
            statusLabel_->setText(errorText(photos.error()));
            return;
        }
        showSources(photos.value());
    });
}

void AgeProgressionPanel::showSources(const std::vector<workflows::PhotoWithFaces>& photos) {
    const int previous = photoCombo_->currentIndex();
    const QSignalBlocker blocker(photoCombo_);
    photoCombo_->clear();
    sources_.clear();
    for (const workflows::PhotoWithFaces& entry : photos) {
        Source source;
        source.age = entry.photo.ageAtPhotoYears;
        if (!entry.faces.empty()) source.faceId = entry.faces.front().id;
        const QString age = source.age ? tr("age %1").arg(*source.age, 0, 'f', 1) : tr("age unknown");
        photoCombo_->addItem(QStringLiteral("%1 (%2)").arg(toQString(entry.photo.originalFileName), age));
        sources_.push_back(source);
    }
    if (photoCombo_->count() > 0) photoCombo_->setCurrentIndex(previous >= 0 ? std::clamp(previous, 0, photoCombo_->count() - 1) : firstRenderableSource());
    updateControls();
}

// The first photo with a face and an age (the one a progression can start from), else the first.
int AgeProgressionPanel::firstRenderableSource() const {
    const auto renderable = std::find_if(sources_.begin(), sources_.end(), [](const Source& source) { return source.faceId && source.age; });
    return renderable == sources_.end() ? 0 : static_cast<int>(renderable - sources_.begin());
}

int AgeProgressionPanel::targetAge() const { return targetSlider_->value(); }

void AgeProgressionPanel::setTargetAge(int years) {
    targetSlider_->setValue(std::clamp(years, 0, kMaxTargetAge));
    updateTargetLabel();
}

std::optional<int> AgeProgressionPanel::ageToday() const {
    if (!case_ || !case_->birthDate) return std::nullopt;
    const QDate born = QDate::fromString(toQString(*case_->birthDate), Qt::ISODate);
    if (!born.isValid()) return std::nullopt;
    const QDate today = QDate::currentDate();
    int years = today.year() - born.year();
    if (today < born.addYears(years)) --years;
    return std::max(0, years);
}

std::optional<AgeProgressionPanel::Source> AgeProgressionPanel::selectedSource() const {
    const int index = photoCombo_->currentIndex();
    if (index < 0 || index >= static_cast<int>(sources_.size())) return std::nullopt;
    return sources_[static_cast<std::size_t>(index)];
}

bool AgeProgressionPanel::render() {
    const auto source = selectedSource();
    if (!source || !source->faceId || !source->age) return false;
    if (worker_->isRunning()) {
        rerenderPending_ = true;
        return true;
    }
    workflows::ProgressionOrder order;
    order.faceId = source->faceId;
    order.ages.sourceAge = *source->age;
    order.ages.targetAge = targetAge();
    order.ages.sex = case_ ? case_->sex : Sex::Unknown;
    order.blendWithParent = parentBlendBox_->isChecked();
    if (!worker_->start(order)) return false;
    renderedFaceId_ = order.faceId;
    renderedAge_ = targetAge();
    rerenderPending_ = false;
    statusLabel_->setText(tr("Rendering age %1…").arg(renderedAge_));
    updateControls();
    return true;
}

void AgeProgressionPanel::onRendered(const QImage& before, const QImage& after, const QString& warning) {
    if (renderedFaceId_ == 0) {  // rendered for a case no longer shown
        worker_->forgetResult();
        updateControls();
        return;
    }
    before_ = before;
    after_ = after;
    showImages();
    statusLabel_->setText(warning.isEmpty() ? tr("Rendered at age %1.").arg(renderedAge_) : warning);
    updateControls();
    emit renderFinished();
    if (rerenderPending_ || renderedAge_ != targetAge()) render();
}

void AgeProgressionPanel::showImages() {
    const auto source = selectedSource();
    const QString beforeAge = source && source->age ? tr("Before (age %1)").arg(*source->age, 0, 'f', 1) : tr("Before");
    beforeTitle_->setText(beforeAge);
    afterTitle_->setText(after_.isNull() ? tr("After (age-progressed)") : tr("After: age %1 (age-progressed, investigative aid)").arg(renderedAge_));
    // Same scale on both sides: the progressed image has the photo's size.
    const auto scaled = [](const QImage& image) {
        return QPixmap::fromImage(image.scaled(kViewSide, kViewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    };
    if (before_.isNull()) beforeView_->setText(tr("No image yet"));
    else beforeView_->setPixmap(scaled(before_));
    if (after_.isNull()) afterView_->setText(tr("Press Render"));
    else afterView_->setPixmap(scaled(after_));
}

void AgeProgressionPanel::chooseExportFile() {
    if (!worker_->hasResult()) return;
    const QString suggested = QStringLiteral("%1-age-%2-progressed.png")
                                  .arg(case_ ? toQString(case_->caseNumber) : QStringLiteral("case"))
                                  .arg(renderedAge_);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export age-progressed image"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    worker_->exportPng(path);
    updateControls();
}

void AgeProgressionPanel::updateTargetLabel() {
    const auto today = ageToday();
    targetLabel_->setText(today && *today == targetAge() ? tr("%1 years (today)").arg(targetAge()) : tr("%1 years").arg(targetAge()));
    todayButton_->setEnabled(today.has_value());
}

void AgeProgressionPanel::updateControls() {
    const auto source = selectedSource();
    const bool running = worker_->isRunning();
    QString missing;
    if (!source) missing = tr("Add a childhood photo in the Photos tab first.");
    else if (!source->faceId) missing = tr("No face was found in this photo.");
    else if (!source->age) missing = tr("Enter the age at this photo in the Photos tab.");
    sourceAgeLabel_->setText(missing);
    sourceAgeLabel_->setStyleSheet(missing.isEmpty() ? QString() : QStringLiteral("color: #b35c00;"));
    renderButton_->setEnabled(missing.isEmpty() && !running);
    exportButton_->setEnabled(!running && worker_->hasResult() && !after_.isNull());
    busyBar_->setVisible(running);
}

}  // namespace reunite::gui
