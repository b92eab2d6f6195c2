#include "gui/common/UnsavedChangesQuestion.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace reunite::gui {

UnsavedChoice askAboutUnsavedChanges(QWidget* parent, const QString& what, UnsavedOffer offer) {
    const bool canSave = offer == UnsavedOffer::SaveDiscardOrStay;
    const QString question =
        canSave ? QCoreApplication::translate("UnsavedChangesQuestion", "There are unsaved changes in %1. Save them before going on?")
                : QCoreApplication::translate("UnsavedChangesQuestion", "There are unsaved changes in %1. Discard them?");
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("UnsavedChangesQuestion", "Unsaved changes"), question.arg(what),
                    canSave ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                            : QMessageBox::Discard | QMessageBox::Cancel,
                    parent);
    box.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    box.setDefaultButton(canSave ? QMessageBox::Save : QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return UnsavedChoice::Save;
    case QMessageBox::Discard: return UnsavedChoice::Discard;
    default: return UnsavedChoice::Cancel;
    }
}

}  // namespace reunite::gui
