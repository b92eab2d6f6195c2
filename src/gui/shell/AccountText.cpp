#include "gui/shell/AccountText.h"

#include <QCoreApplication>

#include "gui/shell/QtBridge.h"

namespace reunite::gui {

QString roleText(Role role) {
    switch (role) {
    case Role::Volunteer: return QCoreApplication::translate("reunite::gui::AccountText", "volunteer");
    case Role::Analyst: return QCoreApplication::translate("reunite::gui::AccountText", "analyst");
    case Role::Supervisor: return QCoreApplication::translate("reunite::gui::AccountText", "supervisor");
    }
    return {};
}

QString accountText(const workflows::Actor& actor) {
    return QCoreApplication::translate("reunite::gui::AccountText", "%1 (%2)").arg(toQString(actor.name), roleText(actor.role));
}

}  // namespace reunite::gui
