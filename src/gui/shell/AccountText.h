#pragma once
// How the GUI names roles and accounts, in the interface language: "Analyst", "Wu Lei (analyst)".
// Thread safety: GUI thread (translations).
#include <QString>

#include "workflows/session/Actor.h"

namespace reunite::gui {

QString roleText(Role role);
QString accountText(const workflows::Actor& actor);

}  // namespace reunite::gui
