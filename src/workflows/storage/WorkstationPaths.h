#pragma once
// Where the workstation keeps its data by default: $REUNITE_DB if set, otherwise
// $XDG_DATA_HOME/reunite/reunite.db, else <home>/.local/share/reunite/reunite.db with the home
// folder from $HOME or, when HOME is unset, from the account database. The CLI and the GUI use the
// same default so they see the same cases and gallery.
// Guarantees: never a shared temporary folder; when no home folder is known the error (NotFound)
// asks for REUNITE_DB or HOME. isDefaultDataFolder tells whether a folder is the one the
// workstation owns whole when REUNITE_DB is not set (so it may be restricted to its owner).
// Thread safety: reads the environment and the account database only.
#include <filesystem>

#include "domain/Result.h"

namespace reunite {

Result<std::filesystem::path> defaultDatabasePath();
bool isDefaultDataFolder(const std::filesystem::path& folder);

}  // namespace reunite
