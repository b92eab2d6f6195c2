#include "DatabaseOpener.h"

#include <cstdlib>
#include <system_error>

#include "WorkstationPaths.h"

namespace reunite::cli {

Result<std::unique_ptr<db::Database>> openDatabase(const std::optional<std::string>& path) {
    const std::filesystem::path file = path ? std::filesystem::path(*path) : defaultDatabasePath();
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    return db::Database::open(file);
}

std::string currentUserName() {
    for (const char* variable : {"REUNITE_USER", "USER", "LOGNAME"}) {
        if (const char* value = std::getenv(variable); value && *value) return value;
    }
    return "analyst";
}

}  // namespace reunite::cli
