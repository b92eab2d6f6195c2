#include "gui/relatives/RelativesPanel.h"

#include <QMessageBox>
#include <QTimer>

#include "domain/PersonName.h"
#include "gui/photos/PhotoPanel.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "gui/common/SaveBeforeLeaving.h"
#include "workflows/relatives/RelativeActions.h"
#include "gui/shell/Workstation.h"
#include "gui/common/NameFieldOrder.h"
#include "ui_RelativesPanel.h"

namespace reunite::gui {

RelativesPanel::RelativesPanel(Workstation& workstation, FaceImageProvider& images, QWidget* parent)
    : QWidget(parent), workstation_(workstation), ui_(std::make_unique<Ui::RelativesPanel>()) {
    ui_->setupUi(this);
    orderNameFields(*ui_->relativeFields, *ui_->givenNamesEdit, *ui_->familyNameEdit);
    photos_ = new PhotoPanel(workstation, images, ui_->photosGroup);
    ui_->photosSlot->addWidget(photos_);
    RecordLabels::fillRelations(*ui_->relationCombo);
    RecordLabels::fillSexes(*ui_->sexCombo);
    ui_->birthDateEdit->setMinimumDate(QDate(1900, 1, 1));
    ui_->birthDateEdit->setSpecialValueText(tr("unknown"));
    connect(ui_->birthDateKnownCheck, &QCheckBox::toggled, this, [this](bool known) {
        if (known && ui_->birthDateEdit->date() == ui_->birthDateEdit->minimumDate()) ui_->birthDateEdit->setDate(QDate(1980, 1, 1));
    });
    connect(ui_->relationCombo, &QComboBox::currentIndexChanged, this, &RelativesPanel::suggestSexFromRelation);
    connect(ui_->relativesList, &QListWidget::currentRowChanged, this, &RelativesPanel::onRowChanged);
    connect(ui_->addRelativeButton, &QPushButton::clicked, this, &RelativesPanel::onAddRelativeClicked);
    connect(ui_->saveRelativeButton, &QPushButton::clicked, this, &RelativesPanel::saveRelative);
    connect(ui_->removeRelativeButton, &QPushButton::clicked, this, &RelativesPanel::removeSelectedRelative);
    setCase(std::nullopt);
}

RelativesPanel::~RelativesPanel() = default;

void RelativesPanel::setCase(std::optional<qint64> caseId) {
    caseId_ = caseId;
    setEnabled(caseId.has_value());
    reload();
}

void RelativesPanel::reload(qint64 selectRelativeId) {
    if (!caseId_ || !workstation_.hasDatabase()) {
        workstation_.dropPendingReads(this);
        showRelatives({}, 0);
        return;
    }
    const qint64 caseId = *caseId_;
    workstation_.runLatest<std::vector<db::RelativeRecord>>(
        this, [caseId](workflows::Session& session) { return workflows::RelativeActions(session).list(caseId); },
        [this, caseId, selectRelativeId](Result<std::vector<db::RelativeRecord>> listed) {
            if (caseId_ != caseId) return;
            if (!listed) {
                leaving_.failed();
                ui_->messageLabel->setText(tr("The relatives could not be read: %1").arg(errorText(listed.error())));
                return;
            }
            showRelatives(std::move(listed).value(), selectRelativeId);
        });
}

void RelativesPanel::showRelatives(std::vector<db::RelativeRecord> relatives, qint64 selectRelativeId) {
    relatives_ = std::move(relatives);
    const QSignalBlocker blocker(ui_->relativesList);
    ui_->relativesList->clear();
    int selectRow = relatives_.empty() ? -1 : 0;
    for (std::size_t i = 0; i < relatives_.size(); ++i) {
        const db::RelativeRecord& relative = relatives_[i];
        ui_->relativesList->addItem(RecordLabels::relative(relative));
        if (relative.id == selectRelativeId) selectRow = static_cast<int>(i);
    }
    if (selectRow >= 0) {
        selectRelative(selectRow);
    } else {
        startNewRelative();
    }
    leaving_.saved();
}

bool RelativesPanel::hasUnsavedChanges() const {
    const db::RelativeRecord shown = recordFromFields();
    return caseId_ && (shown.relation != shownFields_.relation || shown.givenNames != shownFields_.givenNames ||
                       shown.familyName != shownFields_.familyName || shown.sex != shownFields_.sex ||
                       shown.birthDate != shownFields_.birthDate || shown.notes != shownFields_.notes);
}

QString RelativesPanel::relativeLabel() const {
    if (!current_) return tr("the new relative");
    const QString name = toQString(personDisplayName(current_->givenNames, current_->familyName));
    return tr("the relative %1").arg(name.isEmpty() ? RecordLabels::relation(current_->relation) : name);
}

bool RelativesPanel::mayLeaveRelative(std::function<void()> thenDo) {
    return leaving_.mayLeave(this, hasUnsavedChanges(), relativeLabel(), [this] { return saveRelative(); }, std::move(thenDo));
}

void RelativesPanel::onRowChanged(int row) {
    if (row == shownRow_ || row < 0 || row >= static_cast<int>(relatives_.size())) return;
    const qint64 wanted = relatives_[static_cast<std::size_t>(row)].id;
    if (!mayLeaveRelative([this, wanted] { reload(wanted); })) {
        restoreShownRow();
        // A click selects its row after this slot returns: restore again once the click is done.
        QTimer::singleShot(0, this, &RelativesPanel::restoreShownRow);
        return;
    }
    selectRelative(row);  // the question's event loop may have moved the list meanwhile
}

void RelativesPanel::onAddRelativeClicked() {
    if (mayLeaveRelative([this] { startNewRelative(); })) startNewRelative();
}

void RelativesPanel::restoreShownRow() {
    const QSignalBlocker blocker(ui_->relativesList);
    ui_->relativesList->setCurrentRow(shownRow_);
    if (shownRow_ < 0) ui_->relativesList->clearSelection();
}

void RelativesPanel::selectRelative(int row) {
    {
        const QSignalBlocker blocker(ui_->relativesList);
        ui_->relativesList->setCurrentRow(row);
    }
    showSelectedRelative();
}

void RelativesPanel::showSelectedRelative() {
    const int row = ui_->relativesList->currentRow();
    if (row < 0 || row >= static_cast<int>(relatives_.size())) return;
    const db::RelativeRecord& relative = relatives_[static_cast<std::size_t>(row)];
    current_ = relative;
    ui_->relationCombo->setCurrentIndex(std::max(0, ui_->relationCombo->findData(toQString(db::toDatabaseText(relative.relation)))));
    ui_->givenNamesEdit->setText(toQString(relative.givenNames));
    ui_->familyNameEdit->setText(toQString(relative.familyName));
    ui_->sexCombo->setCurrentIndex(std::max(0, ui_->sexCombo->findData(toQString(db::toDatabaseText(relative.sex)))));
    ui_->birthDateKnownCheck->setChecked(relative.birthDate.has_value());
    ui_->birthDateEdit->setEnabled(relative.birthDate.has_value());
    ui_->birthDateEdit->setDate(relative.birthDate ? QDate::fromString(toQString(*relative.birthDate), Qt::ISODate)
                                                   : ui_->birthDateEdit->minimumDate());
    ui_->notesEdit->setPlainText(toQString(relative.notes));
    ui_->messageLabel->clear();
    ui_->removeRelativeButton->setEnabled(true);
    ui_->photosGroup->setEnabled(true);
    photos_->setOwner(db::PhotoOwner::ofRelative(relative.id));
    shownRow_ = row;
    shownFields_ = recordFromFields();
}

void RelativesPanel::suggestSexFromRelation() {
    const auto relation = db::parseRelation(toUtf8(ui_->relationCombo->currentData().toString()));
    if (!relation || (*relation != db::Relation::Mother && *relation != db::Relation::Father)) return;
    const Sex sex = *relation == db::Relation::Mother ? Sex::Female : Sex::Male;
    ui_->sexCombo->setCurrentIndex(std::max(0, ui_->sexCombo->findData(toQString(db::toDatabaseText(sex)))));
}

void RelativesPanel::startNewRelative() {
    current_.reset();
    {
        const QSignalBlocker blocker(ui_->relativesList);
        ui_->relativesList->setCurrentItem(nullptr);  // no current row: clicking any relative shows it
        ui_->relativesList->clearSelection();
    }
    ui_->relationCombo->setCurrentIndex(0);
    ui_->givenNamesEdit->clear();
    ui_->familyNameEdit->clear();
    ui_->sexCombo->setCurrentIndex(0);
    ui_->birthDateKnownCheck->setChecked(false);
    ui_->birthDateEdit->setEnabled(false);
    ui_->birthDateEdit->setDate(ui_->birthDateEdit->minimumDate());
    ui_->notesEdit->clear();
    ui_->messageLabel->setText(caseId_ ? tr("Fill in and save the new relative, then add photos.") : QString());
    ui_->removeRelativeButton->setEnabled(false);
    ui_->photosGroup->setEnabled(false);
    photos_->setOwner(std::nullopt);
    shownRow_ = -1;
    shownFields_ = recordFromFields();
}

db::RelativeRecord RelativesPanel::recordFromFields() const {
    db::RelativeRecord record = current_.value_or(db::RelativeRecord{});
    if (caseId_) record.caseId = *caseId_;
    record.relation = db::parseRelation(toUtf8(ui_->relationCombo->currentData().toString())).value_or(db::Relation::Other);
    record.givenNames = toUtf8(ui_->givenNamesEdit->text().trimmed());
    record.familyName = toUtf8(ui_->familyNameEdit->text().trimmed());
    record.sex = parseSex(toUtf8(ui_->sexCombo->currentData().toString())).value_or(Sex::Unknown);
    record.birthDate = ui_->birthDateKnownCheck->isChecked()
                           ? std::optional<std::string>(toUtf8(ui_->birthDateEdit->date().toString(Qt::ISODate)))
                           : std::nullopt;
    record.notes = toUtf8(ui_->notesEdit->toPlainText().trimmed());
    return record;
}

bool RelativesPanel::saveRelative() {
    if (!caseId_) return false;
    const db::RelativeRecord record = recordFromFields();
    workstation_.run<db::RelativeRecord>(
        this,
        [record](workflows::Session& session) {
            workflows::RelativeActions relatives(session);
            return record.id ? relatives.update(record) : relatives.add(record);
        },
        [this](Result<db::RelativeRecord> stored) {
            if (!stored) {
                leaving_.failed();  // stay with the edits, the message says why
                ui_->messageLabel->setText(tr("Not saved: %1").arg(errorText(stored.error())));
                return;
            }
            reload(stored.value().id);
            ui_->messageLabel->setText(tr("Saved."));
            emit relativeSaved(stored.value().id);
        });
    return true;
}

void RelativesPanel::removeSelectedRelative() {
    if (!current_) return;
    const auto answer = QMessageBox::question(
        this, tr("Remove relative"),
        tr("Remove this relative together with their photos and faces? This cannot be undone."));
    if (answer != QMessageBox::Yes) return;
    const qint64 relativeId = current_->id;
    workstation_.run<Ok>(
        this, [relativeId](workflows::Session& session) { return workflows::RelativeActions(session).remove(relativeId); },
        [this](Result<Ok> removed) {
            if (!removed) {
                ui_->messageLabel->setText(tr("Not removed: %1").arg(errorText(removed.error())));
                return;
            }
            reload();
        });
}

}  // namespace reunite::gui
