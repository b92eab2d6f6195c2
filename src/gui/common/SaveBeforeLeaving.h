#pragma once
// SaveBeforeLeaving: the step before the user leaves a form with unsaved edits: ask save /
// discard / stay (UnsavedChangesQuestion), and, while a save asked for runs, remember where the
// user was heading so it happens once the edits are stored.
// Inputs: whether the form has unsaved edits, what holds them, how to start the save.
// Guarantees: a pending destination runs at most once; while a save runs every leave is refused.
// Thread safety: GUI thread only.
#include <functional>

#include <QString>

class QWidget;

namespace reunite::gui {

class SaveBeforeLeaving {
public:
    // True: go on now (nothing unsaved, or discarded). False: stay; when the user chose "save" and
    // startSave() started it, thenDo runs from saved().
    bool mayLeave(QWidget* parent, bool unsaved, const QString& what, const std::function<bool()>& startSave,
                  std::function<void()> thenDo);
    bool saving() const { return static_cast<bool>(afterSaving_); }
    // The save is stored: goes where the user was heading; false when nothing was pending.
    bool saved();
    // The save failed: the user stays with the edits.
    void failed() { afterSaving_ = nullptr; }

private:
    std::function<void()> afterSaving_;
};

}  // namespace reunite::gui
