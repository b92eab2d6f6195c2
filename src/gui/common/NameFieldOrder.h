#pragma once
// Name fields in the order the interface language writes names: where the family name comes
// first (Chinese, Japanese, Korean, Vietnamese, Hungarian), a form asks for it first.
// orderNameFields: moves the family-name row of a QFormLayout above the given-names row (with
// its label) and puts it first in the tab order; leaves the form as it is in other languages or
// when the rows are already in that order. Call once, after setupUi().
// Thread safety: GUI thread only.
#include <QLocale>

class QFormLayout;
class QWidget;

namespace reunite::gui {

bool familyNameComesFirst(const QLocale& locale = QLocale());

void orderNameFields(QFormLayout& form, QWidget& givenNamesField, QWidget& familyNameField);

}  // namespace reunite::gui
