#pragma once
// PassphraseDialog: unlocks an encrypted database before anybody signs in. The passphrase is
// checked in the application layer off the GUI thread (Workstation::unlock); the dialog closes
// only when the key was unlocked, and shows the refusal (wrong passphrase) when not.
// Guarantees: OK is enabled only for a passphrase that is not empty; the passphrase is never
// stored or shown, and its field is cleared after each attempt.
// Thread safety: GUI thread only.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace reunite::gui {

class Workstation;

class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    PassphraseDialog(Workstation& workstation, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateOkButton();
    void finished(const QString& failure);

    Workstation& workstation_;
    QLineEdit* passphraseEdit_ = nullptr;
    QLabel* problemLabel_ = nullptr;
    QPushButton* okButton_ = nullptr;
    bool working_ = false;
};

}  // namespace reunite::gui
