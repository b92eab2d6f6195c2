#include "cli/DatabaseOpener.h"

#include <cstdlib>

#include "workflows/storage/WorkstationDatabase.h"
#include "workflows/storage/WorkstationPaths.h"

namespace reunite::cli {

Result<std::unique_ptr<db::Database>> openDatabase(const std::optional<std::string>& path) {
    return openWorkstationDatabase(path ? std::filesystem::path(*path) : defaultDatabasePath());
}

std::string currentUserName() {
    for (const char* variable : {"REUNITE_USER", "USER", "LOGNAME"}) {
        if (const char* value = std::getenv(variable); value && *value) return value;
    }
    return "analyst";
}

}  // namespace reunite::cli
