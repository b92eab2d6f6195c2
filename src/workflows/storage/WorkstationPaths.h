#pragma once
// Where the workstation keeps its data by default: $REUNITE_DB if set, otherwise
// $XDG_DATA_HOME/reunite/reunite.db (or ~/.local/share/reunite/reunite.db). The CLI and the GUI
// use the same default so they see the same cases and gallery.
#include <filesystem>

namespace reunite {

std::filesystem::path defaultDatabasePath();

}  // namespace reunite
