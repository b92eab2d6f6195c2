#pragma once
// AuditLogDialog: the supervisor's view of the audit trail — the newest entries (time, account,
// action, case, records, parameters) and a check of the hash chain that names the first bad entry.
// Reading and verifying run in the application layer off the GUI thread (AuditActions), which
// refuses anyone but a supervisor; the menu offers the dialog only to supervisors.
// Thread safety: GUI thread only.
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace reunite::gui {

class Workstation;

class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    explicit AuditLogDialog(Workstation& workstation, QWidget* parent = nullptr);

    // Loads the newest entries (the dialog does this when it opens).
    void reload();
    // Verifies the chain; the result appears in the dialog's status line.
    void verify();

signals:
    void loaded(int entries);
    void verified(bool intact);

private:
    Workstation& workstation_;
    QTableWidget* table_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QPushButton* verifyButton_ = nullptr;
};

}  // namespace reunite::gui
