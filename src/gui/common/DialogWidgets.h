#pragma once
// Widgets the DNA dialogs share: okCancelButtons, the OK and Cancel buttons of a dialog wired to
// its accept() and reject() (the caller places the box and may enable or disable OK);
// eventTimeEdit, a date-and-time field to the minute with a calendar, starting now.
// Thread safety: GUI thread only.
class QDateTimeEdit;
class QDialog;
class QDialogButtonBox;
class QWidget;

namespace reunite::gui {

QDialogButtonBox* okCancelButtons(QDialog* dialog);
QDateTimeEdit* eventTimeEdit(QWidget* parent);

}  // namespace reunite::gui
