#pragma once
// DecisionNoteDialog: asks the analyst why they reject, keep or request DNA for a candidate.
// Inputs: the decision and a description of the candidate (shown in the prompt).
// Guarantees: OK is disabled and accept() refuses while the note is empty or only white space;
// note() returns the trimmed text.
// Thread safety: GUI thread only.
#include <memory>

#include <QDialog>

#include "db/records/RecordEnums.h"

namespace Ui {
class DecisionNoteDialog;
}

namespace reunite::gui {

class DecisionNoteDialog : public QDialog {
    Q_OBJECT

public:
    DecisionNoteDialog(db::ReviewDecision decision, const QString& candidateDescription, QWidget* parent = nullptr);
    ~DecisionNoteDialog() override;

    QString note() const;
    void setNote(const QString& note);
    bool canAccept() const;

public slots:
    void accept() override;

protected:
    // Ctrl+Enter in the note records the decision (a plain Enter starts a new line).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::unique_ptr<Ui::DecisionNoteDialog> ui_;
};

}  // namespace reunite::gui
