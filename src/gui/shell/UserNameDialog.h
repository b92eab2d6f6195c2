#pragma once
// UserNameDialog: asks who is working at this workstation, on first start (until accounts exist).
// The name is recorded with every decision, search and DNA step, so it is asked, not assumed.
// Inputs: a suggested name (the system's user name). Guarantees: OK is enabled only for a name that
// is not blank; name() is trimmed.
// Thread safety: GUI thread only.
#include <QDialog>

class QLineEdit;
class QPushButton;

namespace reunite::gui {

class UserNameDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserNameDialog(const QString& suggestion, QWidget* parent = nullptr);

    QString name() const;

private:
    QLineEdit* nameEdit_ = nullptr;
    QPushButton* okButton_ = nullptr;
};

}  // namespace reunite::gui
