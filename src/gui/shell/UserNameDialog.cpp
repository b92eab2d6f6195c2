#include "gui/shell/UserNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace reunite::gui {

UserNameDialog::UserNameDialog(const QString& suggestion, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Who is working?"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(tr("Your name is recorded with every review decision, search and DNA step you make at "
                                 "this workstation. You can change it later in Settings."),
                              this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    nameEdit_ = new QLineEdit(suggestion, this);
    nameEdit_->setObjectName(QStringLiteral("userNameEdit"));
    nameEdit_->setPlaceholderText(tr("Your name as it should appear in reports"));
    nameEdit_->selectAll();
    layout->addWidget(nameEdit_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    okButton_ = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(nameEdit_, &QLineEdit::textChanged, this, [this] { okButton_->setEnabled(!name().isEmpty()); });
    okButton_->setEnabled(!name().isEmpty());
    resize(440, sizeHint().height());
}

QString UserNameDialog::name() const { return nameEdit_->text().trimmed(); }

}  // namespace reunite::gui
