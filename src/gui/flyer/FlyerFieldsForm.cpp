#include "gui/flyer/FlyerFieldsForm.h"

#include <QEvent>
#include <QStyle>

#include "ocr/FlyerDateParser.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/NameFieldOrder.h"
#include "ui_FlyerFieldsForm.h"

namespace reunite::gui {
namespace {

constexpr const char* kConfidenceProperty = "ocrConfidence";

bool isRealIsoDate(const QString& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    bool yearOk = false;
    bool monthOk = false;
    bool dayOk = false;
    const int year = text.left(4).toInt(&yearOk);
    const int month = text.mid(5, 2).toInt(&monthOk);
    const int day = text.mid(8, 2).toInt(&dayOk);
    return yearOk && monthOk && dayOk && ocr::isRealCalendarDay(year, month, day);
}

std::optional<std::string> optionalText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return std::nullopt;
    return toUtf8(trimmed);
}

}  // namespace

FlyerFieldsForm::FlyerFieldsForm(QWidget* parent) : QWidget(parent), ui_(std::make_unique<Ui::FlyerFieldsForm>()) {
    ui_->setupUi(this);
    orderNameFields(*ui_->formLayout, *ui_->givenNamesEdit, *ui_->familyNameEdit);
    fillSexChoices();
    ui_->birthYearSpin->setSpecialValueText(tr("unknown"));
    ui_->problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    ui_->problemLabel->hide();
    setStyleSheet(QStringLiteral("*[ocrConfidence=\"low\"] { background-color: #fff3cd; color: black; }"));

    const QList<QLineEdit*> edits = {ui_->caseNumberEdit, ui_->givenNamesEdit,   ui_->familyNameEdit, ui_->birthDateEdit,
                                     ui_->dateMissingEdit, ui_->placeMissingEdit, ui_->contactEdit,    ui_->heightEdit};
    for (QLineEdit* edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            unmark(edit);
            emit edited();
        });
    }
    connect(ui_->sexCombo, &QComboBox::activated, this, [this] {
        unmark(ui_->sexCombo);
        emit edited();
    });
    connect(ui_->birthYearSpin, &QSpinBox::valueChanged, this, [this] { emit edited(); });
    connect(ui_->notesEdit, &QPlainTextEdit::textChanged, this, [this] { emit edited(); });
}

FlyerFieldsForm::~FlyerFieldsForm() = default;

void FlyerFieldsForm::fillSexChoices() {
    const int current = ui_->sexCombo->currentIndex();
    ui_->sexCombo->clear();
    ui_->sexCombo->addItem(tr("Unknown"), QStringLiteral("U"));
    ui_->sexCombo->addItem(tr("Female"), QStringLiteral("F"));
    ui_->sexCombo->addItem(tr("Male"), QStringLiteral("M"));
    ui_->sexCombo->setCurrentIndex(current < 0 ? 0 : current);
}

void FlyerFieldsForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        fillSexChoices();
        ui_->birthYearSpin->setSpecialValueText(tr("unknown"));
    }
    QWidget::changeEvent(event);
}

void FlyerFieldsForm::markSource(QWidget* field, const ocr::FlyerField& source) {
    if (!source.found) {
        unmark(field);
        return;
    }
    field->setToolTip(tr("Read from the flyer line “%1” (confidence %2%)")
                          .arg(toQString(source.sourceText))
                          .arg(qRound(source.confidence * 100)));
    field->setProperty(kConfidenceProperty, source.needsCheck() ? "low" : "high");
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void FlyerFieldsForm::unmark(QWidget* field) {
    if (field->property(kConfidenceProperty).toString().isEmpty()) return;
    field->setProperty(kConfidenceProperty, QString());
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void FlyerFieldsForm::prefill(const workflows::FlyerDraft& draft, const ocr::FlyerFields& fields) {
    ui_->givenNamesEdit->setText(toQString(draft.givenNames));
    ui_->familyNameEdit->setText(toQString(draft.familyName));
    ui_->sexCombo->setCurrentIndex(draft.sex == Sex::Female ? 1 : draft.sex == Sex::Male ? 2 : 0);
    ui_->birthDateEdit->setText(toQString(draft.birthDate.value_or("")));
    ui_->birthYearSpin->setValue(draft.birthYear.value_or(ui_->birthYearSpin->minimum()));
    ui_->birthYearEstimateCheck->setChecked(draft.birthYearIsEstimate);
    ui_->dateMissingEdit->setText(toQString(draft.dateMissing.value_or("")));
    ui_->placeMissingEdit->setText(toQString(draft.placeMissing));
    ui_->contactEdit->setText(toQString(draft.contact));
    ui_->heightEdit->setText(toQString(draft.heightText));
    ui_->notesEdit->setPlainText(toQString(draft.notes));

    markSource(ui_->givenNamesEdit, fields.name);
    markSource(ui_->familyNameEdit, fields.name);
    markSource(ui_->sexCombo, fields.sex);
    markSource(ui_->birthDateEdit, fields.dateOfBirth);
    markSource(ui_->dateMissingEdit, fields.dateMissing);
    markSource(ui_->placeMissingEdit, fields.placeMissing);
    markSource(ui_->contactEdit, fields.contact);
    markSource(ui_->heightEdit, fields.heightText);
    if (fields.dateOrderAmbiguous) {
        for (QLineEdit* edit : {ui_->birthDateEdit, ui_->dateMissingEdit}) {
            if (edit->text().isEmpty()) continue;
            edit->setToolTip(edit->toolTip() + "\n" + tr("The flyer writes this date with numbers only; check that day and month are not swapped."));
        }
    }
    showProblem({});
}

void FlyerFieldsForm::setCaseNumber(const QString& number) { ui_->caseNumberEdit->setText(number); }

void FlyerFieldsForm::clear() {
    prefill(workflows::FlyerDraft{}, ocr::FlyerFields{});
    ui_->caseNumberEdit->clear();
    for (QWidget* field : findChildren<QWidget*>()) {
        unmark(field);
        if (qobject_cast<QLineEdit*>(field) || qobject_cast<QComboBox*>(field)) field->setToolTip(QString());
    }
}

workflows::FlyerDraft FlyerFieldsForm::draft() const {
    workflows::FlyerDraft draft;
    draft.caseNumber = toUtf8(ui_->caseNumberEdit->text().trimmed());
    draft.givenNames = toUtf8(ui_->givenNamesEdit->text().trimmed());
    draft.familyName = toUtf8(ui_->familyNameEdit->text().trimmed());
    const QString sex = ui_->sexCombo->currentData().toString();
    draft.sex = sex == "F" ? Sex::Female : sex == "M" ? Sex::Male : Sex::Unknown;
    draft.birthDate = optionalText(ui_->birthDateEdit->text());
    if (ui_->birthYearSpin->value() != ui_->birthYearSpin->minimum()) draft.birthYear = ui_->birthYearSpin->value();
    draft.birthYearIsEstimate = ui_->birthYearEstimateCheck->isChecked();
    draft.dateMissing = optionalText(ui_->dateMissingEdit->text());
    draft.placeMissing = toUtf8(ui_->placeMissingEdit->text().trimmed());
    draft.contact = toUtf8(ui_->contactEdit->text().trimmed());
    draft.heightText = toUtf8(ui_->heightEdit->text().trimmed());
    draft.notes = toUtf8(ui_->notesEdit->toPlainText().trimmed());
    return draft;
}

QString FlyerFieldsForm::problem(bool forCase) const {
    const workflows::FlyerDraft current = draft();
    if (forCase && current.caseNumber.empty()) return tr("Enter a case number to save the flyer as a case.");
    if (current.birthDate && !isRealIsoDate(toQString(*current.birthDate))) {
        return tr("The date of birth must be a real date written as YYYY-MM-DD.");
    }
    if (current.dateMissing && !isRealIsoDate(toQString(*current.dateMissing))) {
        return tr("The date missing must be a real date written as YYYY-MM-DD.");
    }
    if (current.birthDate && current.birthYear && current.birthDate->substr(0, 4) != std::to_string(*current.birthYear)) {
        return tr("The birth year does not match the date of birth.");
    }
    return {};
}

void FlyerFieldsForm::showProblem(const QString& text) {
    ui_->problemLabel->setText(text);
    ui_->problemLabel->setVisible(!text.isEmpty());
}

}  // namespace reunite::gui
