#include "gui/dna/SampleRegistrationDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "gui/common/DialogWidgets.h"
#include "gui/dna/DnaLabels.h"
#include "gui/shell/QtBridge.h"

namespace reunite::gui {

SampleRegistrationDialog::SampleRegistrationDialog(const QString& collector, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Register a DNA sample"));
    auto* form = new QFormLayout(this);
    codeEdit_ = new QLineEdit(this);
    codeEdit_->setObjectName(QStringLiteral("sampleCodeEdit"));
    codeEdit_->setPlaceholderText(tr("as written on the tube or card, and in the lab's file"));
    donorCombo_ = new QComboBox(this);
    donorCombo_->setObjectName(QStringLiteral("donorCombo"));
    DnaLabels::fillDonorRoles(*donorCombo_);
    donorNameEdit_ = new QLineEdit(this);
    typeCombo_ = new QComboBox(this);
    typeCombo_->setObjectName(QStringLiteral("sampleTypeCombo"));
    DnaLabels::fillSampleTypes(*typeCombo_);
    collectedAtEdit_ = eventTimeEdit(this);
    placeEdit_ = new QLineEdit(this);
    collectorEdit_ = new QLineEdit(collector, this);
    collectorEdit_->setObjectName(QStringLiteral("collectorEdit"));
    noteEdit_ = new QPlainTextEdit(this);
    noteEdit_->setMaximumHeight(70);
    form->addRow(tr("Sample id"), codeEdit_);
    form->addRow(tr("Whose sample"), donorCombo_);
    form->addRow(tr("Donor's name"), donorNameEdit_);
    form->addRow(tr("Sample type"), typeCombo_);
    form->addRow(tr("Collected at"), collectedAtEdit_);
    form->addRow(tr("Collected where"), placeEdit_);
    form->addRow(tr("Collected by"), collectorEdit_);
    form->addRow(tr("Note"), noteEdit_);
    buttons_ = okCancelButtons(this);
    form->addRow(buttons_);
    connect(codeEdit_, &QLineEdit::textChanged, this, &SampleRegistrationDialog::updateOk);
    connect(collectorEdit_, &QLineEdit::textChanged, this, &SampleRegistrationDialog::updateOk);
    updateOk();
}

workflows::SampleRegistration SampleRegistrationDialog::registration() const {
    workflows::SampleRegistration input;
    input.sampleCode = toUtf8(codeEdit_->text().trimmed());
    input.donorRole = db::parseDonorRole(toUtf8(donorCombo_->currentData().toString())).value_or(db::DonorRole::Candidate);
    input.donorName = toUtf8(donorNameEdit_->text().trimmed());
    input.sampleType = db::parseSampleType(toUtf8(typeCombo_->currentData().toString())).value_or(db::SampleType::BuccalSwab);
    input.collectedAt = toUtf8(collectedAtEdit_->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    input.collectedPlace = toUtf8(placeEdit_->text().trimmed());
    input.collectedBy = toUtf8(collectorEdit_->text().trimmed());
    input.note = toUtf8(noteEdit_->toPlainText().trimmed());
    return input;
}

void SampleRegistrationDialog::setSampleCode(const QString& code) { codeEdit_->setText(code); }

void SampleRegistrationDialog::setDonorRole(db::DonorRole role) {
    donorCombo_->setCurrentIndex(donorCombo_->findData(toQString(toDatabaseText(role))));
}

void SampleRegistrationDialog::setDonorName(const QString& name) { donorNameEdit_->setText(name); }

void SampleRegistrationDialog::setCollectedPlace(const QString& place) { placeEdit_->setText(place); }

bool SampleRegistrationDialog::canAccept() const {
    return !codeEdit_->text().trimmed().isEmpty() && !collectorEdit_->text().trimmed().isEmpty();
}

void SampleRegistrationDialog::accept() {
    if (canAccept()) QDialog::accept();
}

void SampleRegistrationDialog::updateOk() { buttons_->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); }

}  // namespace reunite::gui
