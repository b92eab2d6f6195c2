#include "workflows/storage/WorkstationPaths.h"

#include <cstdlib>

namespace reunite {

std::filesystem::path defaultDatabasePath() {
    if (const char* explicitPath = std::getenv("REUNITE_DB"); explicitPath && *explicitPath) return explicitPath;
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        base = xdg;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        base = std::filesystem::path(home) / ".local" / "share";
    } else {
        base = std::filesystem::temp_directory_path();
    }
    return base / "reunite" / "reunite.db";
}

}  // namespace reunite
