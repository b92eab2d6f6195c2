#pragma once
// CustodyEventDialog: adds a step to a sample's chain of custody: sealed, sent, received by the
// lab, analysed (or collected), when, by whom, and a note.
// Guarantees: OK is disabled and accept() refuses while the person is blank; event() returns
// trimmed texts with the given sample id.
// Thread safety: GUI thread only.
#include <QDialog>

#include "workflows/dna/DnaRequestInputs.h"

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;

namespace reunite::gui {

class CustodyEventDialog : public QDialog {
    Q_OBJECT

public:
    CustodyEventDialog(qint64 sampleId, const QString& sampleCode, const QString& person, QWidget* parent = nullptr);

    workflows::CustodyEventInput event() const;
    bool canAccept() const;

public slots:
    void accept() override;

private:
    qint64 sampleId_;
    QComboBox* eventCombo_;
    QDateTimeEdit* whenEdit_;
    QLineEdit* personEdit_;
    QLineEdit* noteEdit_;
    QDialogButtonBox* buttons_;
};

}  // namespace reunite::gui
