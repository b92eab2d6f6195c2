#include "gui/common/UnsavedChangesQuestion.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace reunite::gui {

UnsavedChoice askAboutUnsavedChanges(QWidget* parent, const QString& what) {
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("UnsavedChangesQuestion", "Unsaved changes"),
                    QCoreApplication::translate("UnsavedChangesQuestion", "There are unsaved changes in %1. Save them before going on?").arg(what),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return UnsavedChoice::Save;
    case QMessageBox::Discard: return UnsavedChoice::Discard;
    default: return UnsavedChoice::Cancel;
    }
}

}  // namespace reunite::gui
