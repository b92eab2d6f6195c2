#include "gui/common/NameFieldOrder.h"

#include <QFormLayout>
#include <QWidget>

namespace reunite::gui {

bool familyNameComesFirst(const QLocale& locale) {
    switch (locale.language()) {
    case QLocale::Chinese:
    case QLocale::Japanese:
    case QLocale::Korean:
    case QLocale::Vietnamese:
    case QLocale::Hungarian: return true;
    default: return false;
    }
}

void orderNameFields(QFormLayout& form, QWidget& givenNamesField, QWidget& familyNameField) {
    if (!familyNameComesFirst()) return;
    int givenRow = -1;
    int familyRow = -1;
    QFormLayout::ItemRole role;
    form.getWidgetPosition(&givenNamesField, &givenRow, &role);
    form.getWidgetPosition(&familyNameField, &familyRow, &role);
    if (givenRow < 0 || familyRow < 0 || familyRow < givenRow) return;
    const QFormLayout::TakeRowResult family = form.takeRow(familyRow);
    QWidget* label = family.labelItem ? family.labelItem->widget() : nullptr;
    delete family.labelItem;
    delete family.fieldItem;
    form.insertRow(givenRow, label, &familyNameField);
    QWidget::setTabOrder(&familyNameField, &givenNamesField);
}

}  // namespace reunite::gui
