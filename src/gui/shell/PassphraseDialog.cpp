#include "gui/shell/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/common/DialogWidgets.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

PassphraseDialog::PassphraseDialog(Workstation& workstation, QWidget* parent) : QDialog(parent), workstation_(workstation) {
    setWindowTitle(tr("Unlock the database"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(tr("The database %1 is encrypted. Type its passphrase to open its photos and records; "
                                 "then sign in with your account.")
                                  .arg(QFileInfo(workstation.databasePath()).fileName()),
                              this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto* form = new QFormLayout;
    passphraseEdit_ = secretField(this, QStringLiteral("passphraseEdit"));
    form->addRow(tr("Passphrase:"), passphraseEdit_);
    layout->addLayout(form);
    problemLabel_ = problemLabel(this, QStringLiteral("passphraseProblemLabel"));
    layout->addWidget(problemLabel_);
    QDialogButtonBox* buttons = okCancelButtons(this);
    okButton_ = buttons->button(QDialogButtonBox::Ok);
    okButton_->setText(tr("Unlock"));
    layout->addWidget(buttons);
    connect(passphraseEdit_, &QLineEdit::textChanged, this, &PassphraseDialog::updateOkButton);
    passphraseEdit_->setFocus();
    updateOkButton();
    resize(460, sizeHint().height());
}

void PassphraseDialog::updateOkButton() { okButton_->setEnabled(!passphraseEdit_->text().isEmpty() && !working_); }

void PassphraseDialog::accept() {
    if (working_ || !okButton_->isEnabled()) return;
    working_ = true;
    updateOkButton();
    problemLabel_->hide();
    workstation_.unlock(this, passphraseEdit_->text(), [this](QString failure) { finished(failure); });
}

void PassphraseDialog::finished(const QString& failure) {
    working_ = false;
    passphraseEdit_->clear();
    if (failure.isEmpty()) {
        QDialog::accept();
        return;
    }
    problemLabel_->setText(failure);
    problemLabel_->show();
    passphraseEdit_->setFocus();
    updateOkButton();
}

}  // namespace reunite::gui
