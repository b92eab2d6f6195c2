#include "gui/common/SaveBeforeLeaving.h"

#include <utility>

#include "gui/common/UnsavedChangesQuestion.h"

namespace reunite::gui {

bool SaveBeforeLeaving::mayLeave(QWidget* parent, bool unsaved, const QString& what, const std::function<bool()>& startSave,
                                 std::function<void()> thenDo) {
    if (saving()) return false;  // the save asked for is still running; its end goes on
    if (!unsaved) return true;
    switch (askAboutUnsavedChanges(parent, what)) {
    case UnsavedChoice::Discard: return true;
    case UnsavedChoice::Cancel: return false;
    case UnsavedChoice::Save: break;
    }
    if (startSave()) afterSaving_ = std::move(thenDo);
    return false;
}

bool SaveBeforeLeaving::saved() {
    const std::function<void()> next = std::exchange(afterSaving_, nullptr);
    if (next) next();
    return static_cast<bool>(next);
}

}  // namespace reunite::gui
