#pragma once
// SignInDialog: who is working. On a database without accounts it creates the first supervisor
// (name, password typed twice); otherwise it signs in (name, password). The work runs in the
// application layer off the GUI thread (Workstation::signIn / createFirstSupervisor); the dialog
// closes only when it succeeded, and shows the refusal (wrong password, locked account) when not.
// Inputs: the workstation with an open database, the mode, a suggested name (the last account).
// Guarantees: OK is enabled only for a name and a password that are not blank (and, for the first
// supervisor, typed the same twice); passwords are never stored or shown.
// Thread safety: GUI thread only.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace reunite::gui {

class Workstation;

class SignInDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { SignIn, FirstSupervisor };

    SignInDialog(Workstation& workstation, Mode mode, const QString& suggestion, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateOkButton();
    void finished(const QString& failure);

    Workstation& workstation_;
    Mode mode_;
    QLineEdit* nameEdit_ = nullptr;
    QLineEdit* passwordEdit_ = nullptr;
    QLineEdit* repeatEdit_ = nullptr;
    QLabel* problemLabel_ = nullptr;
    QPushButton* okButton_ = nullptr;
    bool working_ = false;
};

}  // namespace reunite::gui
