#pragma once
// ClosingNoteDialog: asks why the analyst confirms the reunion, excludes the candidate or asks
// for more loci, saying what the action will do to the case.
// Guarantees: OK is disabled and accept() refuses while the note is empty or only white space;
// note() returns the trimmed text.
// Thread safety: GUI thread only.
#include <QDialog>

#include "db/records/DnaEnums.h"

class QDialogButtonBox;
class QPlainTextEdit;

namespace reunite::gui {

class ClosingNoteDialog : public QDialog {
    Q_OBJECT

public:
    ClosingNoteDialog(db::DnaOutcome outcome, const QString& candidate, QWidget* parent = nullptr);

    QString note() const;
    void setNote(const QString& note);
    bool canAccept() const;

public slots:
    void accept() override;

private:
    QPlainTextEdit* noteEdit_;
    QDialogButtonBox* buttons_;
};

}  // namespace reunite::gui
