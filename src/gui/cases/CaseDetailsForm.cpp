#include "gui/cases/CaseDetailsForm.h"

#include <tuple>

#include "workflows/cases/CaseActions.h"
#include "gui/common/TimeText.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "gui/shell/Workstation.h"
#include "gui/common/NameFieldOrder.h"
#include "ui_CaseDetailsForm.h"

namespace reunite::gui {
namespace {

std::optional<std::string> dateOf(const QCheckBox& known, const QDateEdit& edit) {
    if (!known.isChecked()) return std::nullopt;
    return toUtf8(edit.date().toString(Qt::ISODate));
}

void showDate(QCheckBox& known, QDateEdit& edit, const std::optional<std::string>& date) {
    known.setChecked(date.has_value());
    edit.setEnabled(date.has_value());
    edit.setDate(date ? QDate::fromString(toQString(*date), Qt::ISODate) : QDate(2010, 1, 1));
}

// The fields the form edits, compared as the form writes them (trimmed).
bool sameEditableFields(const db::CaseRecord& a, const db::CaseRecord& b) {
    const auto fields = [](const db::CaseRecord& r) {
        return std::tie(r.caseNumber, r.givenNames, r.familyName, r.sex, r.birthDate, r.lastSeenDate, r.lastSeenPlace,
                        r.description, r.distinguishingMarks, r.contact, r.status);
    };
    return fields(a) == fields(b);
}

void selectData(QComboBox& combo, std::string_view value) {
    const int index = combo.findData(toQString(value));
    combo.setCurrentIndex(index < 0 ? 0 : index);
}

}  // namespace

CaseDetailsForm::CaseDetailsForm(Workstation& workstation, QWidget* parent)
    : QWidget(parent), workstation_(workstation), ui_(std::make_unique<Ui::CaseDetailsForm>()) {
    ui_->setupUi(this);
    orderNameFields(*ui_->fields, *ui_->givenNamesEdit, *ui_->familyNameEdit);
    RecordLabels::fillSexes(*ui_->sexCombo);
    RecordLabels::fillCaseStatuses(*ui_->statusCombo);
    ui_->birthDateEdit->setMinimumDate(QDate(1900, 1, 1));
    ui_->lastSeenDateEdit->setMinimumDate(QDate(1900, 1, 1));
    connect(ui_->saveButton, &QPushButton::clicked, this, &CaseDetailsForm::save);
    startNewCase();
}

CaseDetailsForm::~CaseDetailsForm() = default;

void CaseDetailsForm::startNewCase() {
    current_.reset();
    showCase(db::CaseRecord{});
    current_.reset();
    ui_->saveButton->setText(tr("Create case"));
    ui_->auditLabel->clear();
    ui_->caseNumberEdit->setFocus();
}

void CaseDetailsForm::showCase(const db::CaseRecord& record) {
    current_ = record;
    ui_->caseNumberEdit->setText(toQString(record.caseNumber));
    ui_->givenNamesEdit->setText(toQString(record.givenNames));
    ui_->familyNameEdit->setText(toQString(record.familyName));
    selectData(*ui_->sexCombo, db::toDatabaseText(record.sex));
    showDate(*ui_->birthDateKnownCheck, *ui_->birthDateEdit, record.birthDate);
    showDate(*ui_->lastSeenKnownCheck, *ui_->lastSeenDateEdit, record.lastSeenDate);
    ui_->lastSeenPlaceEdit->setText(toQString(record.lastSeenPlace));
    ui_->descriptionEdit->setPlainText(toQString(record.description));
    ui_->marksEdit->setPlainText(toQString(record.distinguishingMarks));
    ui_->contactEdit->setText(toQString(record.contact));
    selectData(*ui_->statusCombo, db::toDatabaseText(record.status));
    ui_->messageLabel->clear();
    ui_->saveButton->setText(tr("Save case"));
    shownFields_ = recordFromFields();  // as the widgets hold it: what counts as unchanged
    ui_->auditLabel->setText(record.id ? tr("Created %1 by %2 · last saved %3 by %4")
                                             .arg(localTimeText(record.createdAt), toQString(record.createdBy),
                                                  localTimeText(record.updatedAt), toQString(record.updatedBy))
                                       : QString());
}

std::optional<qint64> CaseDetailsForm::caseId() const {
    if (!current_ || current_->id == 0) return std::nullopt;
    return current_->id;
}

bool CaseDetailsForm::hasUnsavedChanges() const {
    return !sameEditableFields(recordFromFields(), shownFields_);
}

QString CaseDetailsForm::caseLabel() const {
    if (!current_ || current_->id == 0) return tr("the new case");
    return tr("the details of case %1").arg(toQString(current_->caseNumber));
}

db::CaseRecord CaseDetailsForm::recordFromFields() const {
    db::CaseRecord record = current_.value_or(db::CaseRecord{});
    record.caseNumber = toUtf8(ui_->caseNumberEdit->text().trimmed());
    record.givenNames = toUtf8(ui_->givenNamesEdit->text().trimmed());
    record.familyName = toUtf8(ui_->familyNameEdit->text().trimmed());
    record.sex = parseSex(toUtf8(ui_->sexCombo->currentData().toString())).value_or(Sex::Unknown);
    record.birthDate = dateOf(*ui_->birthDateKnownCheck, *ui_->birthDateEdit);
    record.lastSeenDate = dateOf(*ui_->lastSeenKnownCheck, *ui_->lastSeenDateEdit);
    record.lastSeenPlace = toUtf8(ui_->lastSeenPlaceEdit->text().trimmed());
    record.description = toUtf8(ui_->descriptionEdit->toPlainText().trimmed());
    record.distinguishingMarks = toUtf8(ui_->marksEdit->toPlainText().trimmed());
    record.contact = toUtf8(ui_->contactEdit->text().trimmed());
    record.status = db::parseCaseStatus(toUtf8(ui_->statusCombo->currentData().toString())).value_or(db::CaseStatus::Open);
    return record;
}

bool CaseDetailsForm::save() {
    if (!workstation_.hasDatabase()) return false;
    const db::CaseRecord record = recordFromFields();
    if (record.caseNumber.empty()) {
        ui_->messageLabel->setText(tr("A case number is required."));
        ui_->caseNumberEdit->setFocus();
        return false;
    }
    if (record.birthDate && record.lastSeenDate && *record.lastSeenDate < *record.birthDate) {
        ui_->messageLabel->setText(tr("The child cannot have been last seen before the date of birth."));
        return false;
    }
    ui_->saveButton->setEnabled(false);
    ui_->messageLabel->setText(tr("Saving…"));
    workstation_.run<db::CaseRecord>(
        this,
        [record](workflows::Session& session) {
            workflows::CaseActions cases(session);
            return record.id ? cases.update(record) : cases.create(record);
        },
        [this](Result<db::CaseRecord> stored) {
            ui_->saveButton->setEnabled(true);
            if (!stored) {
                ui_->messageLabel->setText(tr("Not saved: %1").arg(errorText(stored.error())));
                emit saveFailed(errorText(stored.error()));
                return;
            }
            showCase(stored.value());
            ui_->messageLabel->setText(tr("Saved."));
            emit saved(stored.value());
        });
    return true;
}

}  // namespace reunite::gui
