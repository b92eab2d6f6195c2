#include "gui/shell/AccountText.h"

#include <QCoreApplication>

#include "gui/shell/QtBridge.h"

namespace reunite::gui {

namespace {

// The spellings of roleName(), marked for lupdate; roleText() translates whatever roleName() says.
[[maybe_unused]] constexpr const char* kTranslatableRoleNames[] = {
    QT_TRANSLATE_NOOP("reunite::gui::AccountText", "volunteer"),
    QT_TRANSLATE_NOOP("reunite::gui::AccountText", "analyst"),
    QT_TRANSLATE_NOOP("reunite::gui::AccountText", "supervisor"),
};

}  // namespace

QString roleText(Role role) { return QCoreApplication::translate("reunite::gui::AccountText", roleName(role)); }

QString accountText(const workflows::Actor& actor) {
    return QCoreApplication::translate("reunite::gui::AccountText", "%1 (%2)").arg(toQString(actor.name), roleText(actor.role));
}

}  // namespace reunite::gui
