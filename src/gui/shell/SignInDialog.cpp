#include "gui/shell/SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/common/DialogWidgets.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

SignInDialog::SignInDialog(Workstation& workstation, Mode mode, const QString& suggestion, QWidget* parent)
    : QDialog(parent), workstation_(workstation), mode_(mode) {
    const bool first = mode == Mode::FirstSupervisor;
    setWindowTitle(first ? tr("Create the supervisor account") : tr("Sign in"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(first ? tr("This database has no accounts yet. The first account is the supervisor's: it "
                                         "creates the accounts of analysts and volunteers and sees the audit log.")
                                    : tr("Your account is recorded with every search, decision and DNA step you make."),
                              this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto* form = new QFormLayout;
    nameEdit_ = new QLineEdit(suggestion, this);
    nameEdit_->setObjectName(QStringLiteral("accountNameEdit"));
    form->addRow(tr("Account:"), nameEdit_);
    passwordEdit_ = secretField(this, QStringLiteral("passwordEdit"));
    form->addRow(tr("Password:"), passwordEdit_);
    if (first) {
        repeatEdit_ = secretField(this, QStringLiteral("repeatPasswordEdit"));
        form->addRow(tr("Password again:"), repeatEdit_);
    }
    layout->addLayout(form);
    problemLabel_ = problemLabel(this, QStringLiteral("signInProblemLabel"));
    layout->addWidget(problemLabel_);
    QDialogButtonBox* buttons = okCancelButtons(this);
    okButton_ = buttons->button(QDialogButtonBox::Ok);
    okButton_->setText(first ? tr("Create") : tr("Sign in"));
    layout->addWidget(buttons);
    for (QLineEdit* edit : {nameEdit_, passwordEdit_, repeatEdit_}) {
        if (edit) connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateOkButton);
    }
    if (!suggestion.isEmpty()) passwordEdit_->setFocus();
    updateOkButton();
    resize(460, sizeHint().height());
}

void SignInDialog::updateOkButton() {
    const bool filled = !nameEdit_->text().trimmed().isEmpty() && !passwordEdit_->text().isEmpty();
    const bool same = !repeatEdit_ || repeatEdit_->text() == passwordEdit_->text();
    okButton_->setEnabled(filled && same && !working_);
}

void SignInDialog::accept() {
    if (working_ || !okButton_->isEnabled()) return;
    working_ = true;
    updateOkButton();
    problemLabel_->hide();
    auto done = [this](QString failure) { finished(failure); };
    if (mode_ == Mode::FirstSupervisor) {
        workstation_.createFirstSupervisor(this, nameEdit_->text(), passwordEdit_->text(), done);
    } else {
        workstation_.signIn(this, nameEdit_->text(), passwordEdit_->text(), done);
    }
}

void SignInDialog::finished(const QString& failure) {
    working_ = false;
    if (failure.isEmpty()) {
        passwordEdit_->clear();
        QDialog::accept();
        return;
    }
    problemLabel_->setText(failure);
    problemLabel_->show();
    passwordEdit_->clear();
    passwordEdit_->setFocus();
    updateOkButton();
}

}  // namespace reunite::gui
