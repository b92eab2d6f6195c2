#include "gui/dna/ClosingNoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/common/DialogWidgets.h"
#include "gui/dna/DnaLabels.h"

namespace reunite::gui {

namespace {

QString consequence(db::DnaOutcome outcome) {
    switch (outcome) {
    case db::DnaOutcome::Confirmed:
        return ClosingNoteDialog::tr("The case will be closed as reunited. Say on what the confirmation rests.");
    case db::DnaOutcome::Excluded:
        return ClosingNoteDialog::tr("The candidate will be rejected for this case with the DNA reason and left out of later searches.");
    case db::DnaOutcome::MoreLociRequested:
        return ClosingNoteDialog::tr("The request stays open until more loci (or another relative's sample) are typed.");
    }
    return {};
}

}  // namespace

ClosingNoteDialog::ClosingNoteDialog(db::DnaOutcome outcome, const QString& candidate, QWidget* parent) : QDialog(parent) {
    setWindowTitle(DnaLabels::outcome(outcome));
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(tr("<b>%1</b> — %2<br>%3").arg(DnaLabels::outcome(outcome), candidate.toHtmlEscaped(), consequence(outcome)), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    noteEdit_ = new QPlainTextEdit(this);
    noteEdit_->setObjectName(QStringLiteral("closingNoteEdit"));
    noteEdit_->setPlaceholderText(tr("A note is required."));
    layout->addWidget(noteEdit_);
    buttons_ = okCancelButtons(this);
    layout->addWidget(buttons_);
    connect(noteEdit_, &QPlainTextEdit::textChanged, this, [this] { buttons_->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(480, 260);
}

QString ClosingNoteDialog::note() const { return noteEdit_->toPlainText().trimmed(); }

void ClosingNoteDialog::setNote(const QString& note) { noteEdit_->setPlainText(note); }

bool ClosingNoteDialog::canAccept() const { return !note().isEmpty(); }

void ClosingNoteDialog::accept() {
    if (canAccept()) QDialog::accept();
}

}  // namespace reunite::gui
