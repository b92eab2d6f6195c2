#pragma once
// Widgets the dialogs share: okCancelButtons, the OK and Cancel buttons of a dialog wired to
// its accept() and reject() (the caller places the box and may enable or disable OK);
// eventTimeEdit, a date-and-time field to the minute with a calendar, starting now;
// secretField, a line edit that never shows what is typed (passwords, passphrases);
// problemLabel, a hidden, word-wrapped label in the warning colour for a refusal.
// Thread safety: GUI thread only.
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QString;
class QDialog;
class QDialogButtonBox;
class QWidget;

namespace reunite::gui {

QDialogButtonBox* okCancelButtons(QDialog* dialog);
QDateTimeEdit* eventTimeEdit(QWidget* parent);
QLineEdit* secretField(QWidget* parent, const QString& objectName);
QLabel* problemLabel(QWidget* parent, const QString& objectName);

}  // namespace reunite::gui
