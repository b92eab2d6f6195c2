#include "gui/common/RemovalQuestion.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace reunite::gui {

bool confirmRemoval(QWidget* parent, const QString& objectName, const QString& title, const QString& question,
                    const QString& details) {
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(objectName);
    box.setInformativeText(details + QLatin1Char(' ') +
                           QCoreApplication::translate("RemovalQuestion", "This cannot be undone."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

}  // namespace reunite::gui
