#pragma once
// SampleRegistrationDialog: registers a DNA sample: its id (as on the tube or card and in lab
// files), whose it is, the donor's name, the sample type, and when, where and by whom it was
// collected, with a note.
// Guarantees: OK is disabled and accept() refuses while the sample id or the collector is blank;
// registration() returns trimmed texts (requestId left 0 for the caller).
// Thread safety: GUI thread only.
#include <QDialog>

#include "workflows/dna/DnaRequestInputs.h"

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace reunite::gui {

class SampleRegistrationDialog : public QDialog {
    Q_OBJECT

public:
    SampleRegistrationDialog(const QString& collector, QWidget* parent = nullptr);

    workflows::SampleRegistration registration() const;
    void setSampleCode(const QString& code);
    void setDonorRole(db::DonorRole role);
    void setDonorName(const QString& name);
    void setCollectedPlace(const QString& place);
    bool canAccept() const;

public slots:
    void accept() override;

private:
    void updateOk();

    QLineEdit* codeEdit_;
    QComboBox* donorCombo_;
    QLineEdit* donorNameEdit_;
    QComboBox* typeCombo_;
    QDateTimeEdit* collectedAtEdit_;
    QLineEdit* placeEdit_;
    QLineEdit* collectorEdit_;
    QPlainTextEdit* noteEdit_;
    QDialogButtonBox* buttons_;
};

}  // namespace reunite::gui
