#include "gui/dna/CustodyEventDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include "gui/common/DialogWidgets.h"
#include "gui/dna/DnaLabels.h"
#include "gui/shell/QtBridge.h"

namespace reunite::gui {

CustodyEventDialog::CustodyEventDialog(qint64 sampleId, const QString& sampleCode, const QString& person, QWidget* parent)
    : QDialog(parent), sampleId_(sampleId) {
    setWindowTitle(tr("Chain of custody: sample %1").arg(sampleCode));
    auto* form = new QFormLayout(this);
    eventCombo_ = new QComboBox(this);
    eventCombo_->setObjectName(QStringLiteral("custodyEventCombo"));
    DnaLabels::fillCustodyEvents(*eventCombo_);
    whenEdit_ = eventTimeEdit(this);
    personEdit_ = new QLineEdit(person, this);
    personEdit_->setObjectName(QStringLiteral("custodyPersonEdit"));
    noteEdit_ = new QLineEdit(this);
    noteEdit_->setPlaceholderText(tr("seal number, courier, lab reference…"));
    form->addRow(tr("Event"), eventCombo_);
    form->addRow(tr("When"), whenEdit_);
    form->addRow(tr("Handled by"), personEdit_);
    form->addRow(tr("Note"), noteEdit_);
    buttons_ = okCancelButtons(this);
    form->addRow(buttons_);
    connect(personEdit_, &QLineEdit::textChanged, this, [this] { buttons_->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

workflows::CustodyEventInput CustodyEventDialog::event() const {
    workflows::CustodyEventInput input;
    input.sampleId = sampleId_;
    input.event = db::parseCustodyEventKind(toUtf8(eventCombo_->currentData().toString())).value_or(db::CustodyEventKind::Sealed);
    input.occurredAt = toUtf8(whenEdit_->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    input.person = toUtf8(personEdit_->text().trimmed());
    input.note = toUtf8(noteEdit_->text().trimmed());
    return input;
}

bool CustodyEventDialog::canAccept() const { return !personEdit_->text().trimmed().isEmpty(); }

void CustodyEventDialog::accept() {
    if (canAccept()) QDialog::accept();
}

}  // namespace reunite::gui
