#pragma once
// UnsavedChangesQuestion: the one question asked before unsaved edits would be left behind
// (another case selected, a new case started, the window closed): save, discard or stay; or only
// discard or stay where saving needs a choice the question cannot make (a flyer: case or gallery?).
// Inputs: the parent widget and what holds the edits ("the details of case GUI-7").
// Guarantees: modal; Escape or closing the box answers Cancel (nothing is lost); Save is the default.
// Thread safety: GUI thread only.
#include <QString>

class QWidget;

namespace reunite::gui {

enum class UnsavedChoice { Save, Discard, Cancel };

enum class UnsavedOffer { SaveDiscardOrStay, DiscardOrStay };

UnsavedChoice askAboutUnsavedChanges(QWidget* parent, const QString& what,
                                     UnsavedOffer offer = UnsavedOffer::SaveDiscardOrStay);

}  // namespace reunite::gui
