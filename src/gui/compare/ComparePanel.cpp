#include "gui/compare/ComparePanel.h"

#include <QShortcut>

#include "gui/common/TimeText.h"
#include "gui/search/CandidateResultDelegate.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/compare/DecisionNoteDialog.h"
#include "gui/common/FaceImageProvider.h"
#include "gui/common/PhotoListIcons.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/review/ReviewActions.h"
#include "gui/shell/Workstation.h"
#include "ui_ComparePanel.h"

namespace reunite::gui {
namespace {

constexpr int kStripPhotoSide = 240;
constexpr int kRelativeChipSide = 96;
constexpr int kPhotoIdRole = Qt::UserRole;
constexpr int kFaceIdRole = Qt::UserRole + 1;
constexpr int kStoredPathRole = Qt::UserRole + 2;

const QColor kProbeColor(0xff, 0x40, 0x81);
const QColor kCandidateColor(0x40, 0xc4, 0xff);

}  // namespace

ComparePanel::ComparePanel(Workstation& workstation, FaceImageProvider& images, CandidateResultModel& results, QWidget* parent)
    : QWidget(parent), workstation_(workstation), images_(images), results_(results), ui_(std::make_unique<Ui::ComparePanel>()) {
    ui_->setupUi(this);
    setFocusPolicy(Qt::StrongFocus);
    ui_->probeView->setLandmarkColors(kProbeColor, kCandidateColor);
    ui_->candidateView->setLandmarkColors(kCandidateColor, kProbeColor);
    ui_->shortcutsLabel->setText(tr("Keys: N next, P previous, R reject, K keep, D request DNA; rejecting or keeping "
                                    "moves on to the next candidate. Mouse wheel zooms, dragging moves both faces."));
    ui_->blendSlider->setEnabled(false);
    blinkTimer_.setInterval(600);

    connect(ui_->probeView, &ChipView::zoomRequested, ui_->candidateView, &ChipView::setZoom);
    connect(ui_->candidateView, &ChipView::zoomRequested, ui_->probeView, &ChipView::setZoom);
    connect(ui_->probeView, &ChipView::panRequested, ui_->candidateView, &ChipView::setPan);
    connect(ui_->candidateView, &ChipView::panRequested, ui_->probeView, &ChipView::setPan);
    connect(ui_->probeView, &ChipView::zoomRequested, this, [this](double zoom) {
        const QSignalBlocker blocker(ui_->zoomSlider);
        ui_->zoomSlider->setValue(qRound(zoom * 100));
    });
    connect(ui_->zoomSlider, &QSlider::valueChanged, this, [this](int value) { ui_->probeView->setZoom(value / 100.0); });
    connect(ui_->landmarksCheck, &QCheckBox::toggled, this, [this](bool show) {
        ui_->probeView->setShowLandmarks(show);
        ui_->candidateView->setShowLandmarks(show);
    });
    connect(ui_->sideBySideRadio, &QRadioButton::toggled, this, &ComparePanel::applyMode);
    connect(ui_->blinkRadio, &QRadioButton::toggled, this, &ComparePanel::applyMode);
    connect(ui_->overlayRadio, &QRadioButton::toggled, this, &ComparePanel::applyMode);
    connect(ui_->blendSlider, &QSlider::valueChanged, this, &ComparePanel::applyMode);
    connect(&blinkTimer_, &QTimer::timeout, this, [this] {
        blinkShowsProbe_ = !blinkShowsProbe_;
        ui_->candidateView->setBlend(blinkShowsProbe_ ? 1.0 : 0.0);
        ui_->candidateTitleLabel->setStyleSheet(blinkShowsProbe_ ? QStringLiteral("color: #c2185b;") : QString());
    });

    connect(ui_->previousButton, &QPushButton::clicked, this, &ComparePanel::showPrevious);
    connect(ui_->nextButton, &QPushButton::clicked, this, &ComparePanel::showNext);
    connect(ui_->rejectButton, &QPushButton::clicked, this, [this] { decide(db::ReviewDecision::Rejected); });
    connect(ui_->keepButton, &QPushButton::clicked, this, [this] { decide(db::ReviewDecision::Kept); });
    connect(ui_->dnaButton, &QPushButton::clicked, this, [this] { decide(db::ReviewDecision::DnaRequested); });
    connect(ui_->photoStrip, &QListWidget::currentItemChanged, this, &ComparePanel::onStripPhotoChosen);

    const auto addShortcut = [this](QKeySequence keys, auto action) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    addShortcut(QKeySequence(Qt::Key_N), [this] { showNext(); });
    addShortcut(QKeySequence(Qt::Key_PageDown), [this] { showNext(); });
    addShortcut(QKeySequence(Qt::Key_P), [this] { showPrevious(); });
    addShortcut(QKeySequence(Qt::Key_PageUp), [this] { showPrevious(); });
    addShortcut(QKeySequence(Qt::Key_R), [this] { decide(db::ReviewDecision::Rejected); });
    addShortcut(QKeySequence(Qt::Key_K), [this] { decide(db::ReviewDecision::Kept); });
    addShortcut(QKeySequence(Qt::Key_D), [this] { decide(db::ReviewDecision::DnaRequested); });

    connect(ui_->relativesCheck, &QCheckBox::toggled, this, [this](bool show) {
        ui_->relativesStrip->setVisible(show);
        if (show) refreshRelatives();
    });
    connect(&workstation_, &Workstation::recordsChanged, this, [this](int kind, qint64, qint64 caseId) {
        const auto changed = static_cast<workflows::RecordKind>(kind);
        const bool relatives = changed == workflows::RecordKind::Relative || changed == workflows::RecordKind::Photo;
        if (relatives && case_ && case_->id == caseId) refreshRelatives();
    });
    connect(&images_, &FaceImageProvider::chipReady, this, [this](qint64, int size) {
        if (size == ChipSide) refreshChips();
        if (size == kRelativeChipSide) refreshRelativeIcons();
    });
    connect(&images_, &FaceImageProvider::chipFailed, this, [this](qint64, int size, const QString&) {
        if (size == ChipSide) refreshChips();
    });
    followPhotoIcons(images_, *ui_->photoStrip, kStoredPathRole, kStripPhotoSide);
    connect(&results_, &QAbstractItemModel::modelReset, this, [this] { showResult(results_.rowCount() > 0 ? 0 : -1); });
    showResult(-1);
}

ComparePanel::~ComparePanel() = default;

void ComparePanel::setCase(const std::optional<db::CaseRecord>& record) {
    case_ = record;
    showResult(results_.rowCount() > 0 ? 0 : -1);
    refreshRelatives();
}

void ComparePanel::setShowRelatives(bool show) { ui_->relativesCheck->setChecked(show); }

int ComparePanel::relativeFaceCount() const { return ui_->relativesStrip->count(); }

// The relatives' faces are read only while the strip is shown (on demand), in the background.
void ComparePanel::refreshRelatives() {
    ui_->relativesStrip->clear();
    if (!case_ || !ui_->relativesCheck->isChecked() || !workstation_.hasDatabase()) return;
    const qint64 caseId = case_->id;
    workstation_.run<std::vector<RelativeFace>>(
        this,
        [caseId](workflows::Session& session) -> Result<std::vector<RelativeFace>> {
            Result<workflows::CaseFile> file = workflows::CaseActions(session).open(caseId);
            if (!file) return file.error();
            std::vector<RelativeFace> faces;
            for (const workflows::RelativeFile& relative : file.value().relatives) {
                const QString label = RecordLabels::relative(relative.relative);
                for (const workflows::PhotoWithFaces& photo : relative.photos) {
                    for (const db::FaceRow& face : photo.faces) faces.push_back(RelativeFace{face.id, label});
                }
            }
            return faces;
        },
        [this, caseId](Result<std::vector<RelativeFace>> faces) {
            if (!case_ || case_->id != caseId || !ui_->relativesCheck->isChecked()) return;
            if (!faces) {
                ui_->relativesStrip->clear();
                ui_->relativesStrip->setToolTip(tr("The relatives could not be read: %1").arg(errorText(faces.error())));
                return;
            }
            showRelativeFaces(faces.value());
        });
}

void ComparePanel::showRelativeFaces(const std::vector<RelativeFace>& faces) {
    ui_->relativesStrip->clear();
    ui_->relativesStrip->setToolTip(faces.empty() ? tr("No relative of this case has a photo with a face yet (Relatives tab).")
                                                  : QString());
    for (const RelativeFace& face : faces) {
        auto* item = new QListWidgetItem(face.label, ui_->relativesStrip);
        item->setData(kFaceIdRole, QVariant::fromValue<qint64>(face.faceId));
        item->setToolTip(face.label);
    }
    refreshRelativeIcons();
}

void ComparePanel::refreshRelativeIcons() {
    for (int i = 0; i < ui_->relativesStrip->count(); ++i) {
        QListWidgetItem* item = ui_->relativesStrip->item(i);
        if (!item->icon().isNull()) continue;
        if (auto chip = images_.chip(item->data(kFaceIdRole).value<qint64>(), kRelativeChipSide)) {
            item->setIcon(QPixmap::fromImage(chip->image));
        }
    }
}

void ComparePanel::showResult(int row) {
    row_ = results_.entryAt(row) ? row : -1;
    const workflows::Lead* entry = results_.entryAt(row_);
    shownCandidateFaceId_ = entry ? entry->row.bestFaceId : std::nullopt;
    refreshChips();
    refreshDetails();
    refreshPhotoStrip();
    updateButtons();
    emit currentRowChanged(row_);
}

void ComparePanel::showNext() {
    if (row_ + 1 < results_.rowCount()) showResult(row_ + 1);
}

void ComparePanel::showPrevious() {
    if (row_ > 0) showResult(row_ - 1);
}

bool ComparePanel::chipsShown() const { return ui_->probeView->hasChip() && ui_->candidateView->hasChip(); }

void ComparePanel::refreshChips() {
    const workflows::Lead* entry = results_.entryAt(row_);
    if (!entry) {
        const QString message = tr("Run a search and pick a candidate to compare.");
        ui_->probeView->setChip(std::nullopt, message);
        ui_->candidateView->setChip(std::nullopt, message);
        ui_->candidateView->setBlendChip(std::nullopt);
        ui_->probeTitleLabel->clear();
        ui_->candidateTitleLabel->clear();
        return;
    }
    std::optional<qint64> probeFaceId = entry->row.probeFaceId;
    if (!probeFaceId && entry->match && entry->match->bestProbeFaceId) probeFaceId = entry->match->bestProbeFaceId;
    const std::optional<FaceChip> probe = probeFaceId ? images_.chip(*probeFaceId, ChipSide) : std::nullopt;
    const std::optional<FaceChip> candidate = shownCandidateFaceId_ ? images_.chip(*shownCandidateFaceId_, ChipSide) : std::nullopt;
    ui_->probeView->setChip(probe, probeFaceId ? tr("Loading…") : tr("The probe face of this result no longer exists."));
    ui_->candidateView->setChip(candidate, shownCandidateFaceId_ ? tr("Loading…") : tr("No face stored for this candidate."));
    ui_->candidateView->setBlendChip(probe);
    ui_->probeTitleLabel->setText(case_ ? tr("Case %1 (childhood photo)").arg(toQString(case_->caseNumber)) : QString());
    ui_->candidateTitleLabel->setText(
        tr("Candidate #%1: %2").arg(entry->row.rank).arg(CandidateResultModel::candidateName(entry->candidate)));
    applyMode();
}

namespace {

// The result's likelihood ratios: the combined LR in words, then each part (childhood photos,
// relatives' photos, each relative), then the caveat. Empty when the search gave none.
QString likelihoodDetails(const ScoreBreakdown& breakdown) {
    if (!breakdown.likelihood().combinedLog10) return {};
    QString text = QStringLiteral("<br><b>%1</b>").arg(breakdown.likelihoodSummary().toHtmlEscaped());
    const QStringList lines = breakdown.likelihoodLines();
    if (!lines.isEmpty()) text += QStringLiteral("<br>") + lines.join(QStringLiteral(" · ")).toHtmlEscaped();
    text += QStringLiteral("<br><i>%1</i>").arg(ScoreBreakdown::leadCaveat().toHtmlEscaped());
    return text;
}

}  // namespace

void ComparePanel::refreshDetails() {
    const workflows::Lead* entry = results_.entryAt(row_);
    if (!entry) {
        ui_->candidateDetailsLabel->clear();
        ui_->decisionLabel->clear();
        return;
    }
    const db::CandidateRecord& c = entry->candidate;
    const ScoreBreakdown breakdown = results_.breakdownAt(row_);
    QStringList facts{QStringLiteral("<b>%1</b>").arg(CandidateResultModel::candidateName(c).toHtmlEscaped()),
                      RecordLabels::sex(c.sex), tr("born %1").arg(CandidateResultModel::birthYearText(*entry)),
                      toQString(c.region).toHtmlEscaped(), RecordLabels::source(c.source),
                      toQString(c.externalRef).toHtmlEscaped()};
    facts.removeAll(QString());  // an unknown region leaves no empty "· ·"
    QString details = facts.join(QStringLiteral(" · ")) + QStringLiteral("<br>");
    details += tr("Score %1 (distance %2)").arg(entry->row.score, 0, 'f', 3).arg(breakdown.fusedDistance(), 0, 'f', 3);
    for (const ScoreComponentView& component : breakdown.components()) {
        details += QStringLiteral(" · <span style=\"color:%1\">■</span> %2")
                       .arg(CandidateResultDelegate::componentColor(component.kind).name(),
                            tr("%1 %2").arg(ScoreBreakdown::kindLabel(component.kind)).arg(component.score, 0, 'f', 3));
    }
    details += likelihoodDetails(breakdown);
    if (!c.notes.empty()) details += QStringLiteral("<br><i>%1</i>").arg(toQString(c.notes).toHtmlEscaped());
    ui_->candidateDetailsLabel->setText(details);
    ui_->candidateDetailsLabel->setToolTip(breakdown.toolTip());

    if (entry->decision) {
        ui_->decisionLabel->setText(tr("Current decision: <b>%1</b> by %2 at %3 — “%4”")
                                        .arg(RecordLabels::decision(entry->decision->decision),
                                             toQString(entry->decision->decidedBy).toHtmlEscaped(),
                                             localTimeText(entry->decision->decidedAt),
                                             toQString(entry->decision->note).toHtmlEscaped()));
    } else {
        ui_->decisionLabel->setText(tr("No decision yet."));
    }
}

void ComparePanel::refreshPhotoStrip() {
    {
        const QSignalBlocker blocker(ui_->photoStrip);
        ui_->photoStrip->clear();
    }
    const workflows::Lead* entry = results_.entryAt(row_);
    if (!entry || !workstation_.hasDatabase()) return;
    const qint64 candidateId = entry->candidate.id;
    workstation_.run<workflows::CandidateFile>(
        this, [candidateId](workflows::Session& session) { return workflows::GalleryActions(session).candidate(candidateId); },
        [this, candidateId](Result<workflows::CandidateFile> file) {
            const workflows::Lead* current = results_.entryAt(row_);
            if (!file || !current || current->candidate.id != candidateId) return;
            showPhotoStrip(file.value(), *current);
        });
}

void ComparePanel::showPhotoStrip(const workflows::CandidateFile& file, const workflows::Lead& lead) {
    const QSignalBlocker blocker(ui_->photoStrip);
    ui_->photoStrip->clear();
    for (const workflows::PhotoWithFaces& entry : file.photos) {
        qint64 faceId = 0;
        for (const db::FaceRow& face : entry.faces) {
            if (faceId == 0 || face.id == lead.row.bestFaceId) faceId = face.id;
        }
        auto* item = new QListWidgetItem(ui_->photoStrip);
        const QString path = toQString(entry.photo.storedPath);
        item->setData(kPhotoIdRole, QVariant::fromValue<qint64>(entry.photo.id));
        item->setData(kFaceIdRole, QVariant::fromValue<qint64>(faceId));
        item->setData(kStoredPathRole, path);
        QString tip = toQString(entry.photo.originalFileName);
        if (entry.photo.captureDate) tip += QStringLiteral(" · ") + toQString(*entry.photo.captureDate);
        item->setToolTip(tip + QStringLiteral(" · ") + tr("%n face(s)", nullptr, static_cast<int>(entry.faces.size())));
        showPhotoIcon(images_, *item, path, kStripPhotoSide);
        if (lead.row.bestFaceId && faceId == *lead.row.bestFaceId) ui_->photoStrip->setCurrentItem(item);
    }
}

void ComparePanel::onStripPhotoChosen() {
    const QListWidgetItem* item = ui_->photoStrip->currentItem();
    if (!item) return;
    const qint64 faceId = item->data(kFaceIdRole).value<qint64>();
    shownCandidateFaceId_ = faceId ? std::optional<qint64>(faceId) : std::nullopt;
    refreshChips();
}

void ComparePanel::applyMode() {
    const bool blink = ui_->blinkRadio->isChecked();
    const bool overlay = ui_->overlayRadio->isChecked();
    ui_->blendSlider->setEnabled(overlay);
    if (blink) {
        if (!blinkTimer_.isActive()) blinkTimer_.start();
    } else {
        blinkTimer_.stop();
        blinkShowsProbe_ = false;
        ui_->candidateTitleLabel->setStyleSheet(QString());
        ui_->candidateView->setBlend(overlay ? ui_->blendSlider->value() / 100.0 : 0.0);
    }
}

void ComparePanel::setShowLandmarks(bool show) { ui_->landmarksCheck->setChecked(show); }

void ComparePanel::setOverlayMode(bool overlay) {
    (overlay ? ui_->overlayRadio : ui_->sideBySideRadio)->setChecked(true);
}

bool ComparePanel::decide(db::ReviewDecision decision) {
    const workflows::Lead* entry = results_.entryAt(row_);
    if (!entry || !case_) return false;
    DecisionNoteDialog dialog(decision,
                              QStringLiteral("#%1 %2").arg(entry->row.rank).arg(CandidateResultModel::candidateName(entry->candidate)),
                              this);
    if (dialog.exec() != QDialog::Accepted) return false;
    return recordDecision(decision, dialog.note());
}

bool ComparePanel::recordDecision(db::ReviewDecision decision, const QString& note) {
    const workflows::Lead* entry = results_.entryAt(row_);
    if (!entry || !case_ || note.trimmed().isEmpty()) return false;
    workflows::ReviewRequest request;
    request.caseId = case_->id;
    request.candidateId = entry->candidate.id;
    request.decision = decision;
    request.note = toUtf8(note.trimmed());
    if (results_.results().run.id > 0) request.searchRunId = results_.results().run.id;
    const int row = row_;
    workstation_.run<db::ReviewDecisionRecord>(
        this, [request](workflows::Session& session) { return workflows::ReviewActions(session).decide(request); },
        [this, row, request](Result<db::ReviewDecisionRecord> stored) {
            if (!stored) {
                ui_->decisionLabel->setText(tr("The decision was not stored: %1").arg(errorText(stored.error())));
                return;
            }
            const int at = results_.rowForCandidate(request.candidateId);
            if (at >= 0) results_.setDecision(at, stored.value());
            emit decisionRecorded(request.candidateId, request.decision);
            const bool reviewed = request.decision != db::ReviewDecision::DnaRequested;
            if (row == row_ && reviewed && row_ + 1 < results_.rowCount()) {
                showNext();
            } else {
                refreshDetails();
            }
        });
    return true;
}

void ComparePanel::updateButtons() {
    const bool has = results_.entryAt(row_) != nullptr && case_.has_value();
    ui_->rejectButton->setEnabled(has);
    ui_->keepButton->setEnabled(has);
    ui_->dnaButton->setEnabled(has);
    ui_->previousButton->setEnabled(row_ > 0);
    ui_->nextButton->setEnabled(row_ >= 0 && row_ + 1 < results_.rowCount());
}

}  // namespace reunite::gui
