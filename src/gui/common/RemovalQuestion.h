#pragma once
// RemovalQuestion: the one question asked before something is removed for good: what goes (the
// question) and what it does to stored work (the details).
// Guarantees: modal; Cancel is the default and what Escape answers; true only for Yes.
// Thread safety: GUI thread only.
#include <QString>

class QWidget;

namespace reunite::gui {

// objectName names the box for tests ("removePhotoQuestion").
bool confirmRemoval(QWidget* parent, const QString& objectName, const QString& title, const QString& question,
                    const QString& details);

}  // namespace reunite::gui
