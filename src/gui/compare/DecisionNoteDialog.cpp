#include "gui/compare/DecisionNoteDialog.h"

#include <QPushButton>
#include <QKeyEvent>

#include "gui/common/RecordLabels.h"
#include "ui_DecisionNoteDialog.h"

namespace reunite::gui {

DecisionNoteDialog::DecisionNoteDialog(db::ReviewDecision decision, const QString& candidateDescription, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::DecisionNoteDialog>()) {
    ui_->setupUi(this);
    setWindowTitle(tr("%1: note required").arg(RecordLabels::decision(decision)));
    QString prompt;
    QString action;
    switch (decision) {
        case db::ReviewDecision::Rejected:
            prompt = tr("Reject %1 for this case? Rejected candidates are left out of later searches of this case.");
            action = tr("Reject");
            break;
        case db::ReviewDecision::Kept:
            prompt = tr("Keep %1 as a lead for this case?");
            action = tr("Keep");
            break;
        case db::ReviewDecision::DnaRequested:
            prompt = tr("Request a DNA comparison for %1? Only DNA can confirm an identity.");
            action = tr("Request DNA");
            break;
    }
    ui_->promptLabel->setText(prompt.arg(candidateDescription) + QStringLiteral("\n") +
                              tr("Ctrl+Enter records the decision."));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(action);
    ui_->noteEdit->installEventFilter(this);
    connect(ui_->noteEdit, &QPlainTextEdit::textChanged, this,
            [this] { ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    ui_->noteEdit->setFocus();
}

DecisionNoteDialog::~DecisionNoteDialog() = default;

QString DecisionNoteDialog::note() const { return ui_->noteEdit->toPlainText().trimmed(); }

void DecisionNoteDialog::setNote(const QString& note) { ui_->noteEdit->setPlainText(note); }

bool DecisionNoteDialog::canAccept() const { return !note().isEmpty(); }

bool DecisionNoteDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == ui_->noteEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DecisionNoteDialog::accept() {
    if (!canAccept()) {
        ui_->noteEdit->setFocus();
        return;
    }
    QDialog::accept();
}

}  // namespace reunite::gui
