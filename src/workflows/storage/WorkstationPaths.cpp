#include "workflows/storage/WorkstationPaths.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <vector>

namespace reunite {

namespace {

std::optional<std::filesystem::path> environmentPath(const char* variable) {
    const char* value = std::getenv(variable);
    if (!value || !*value) return std::nullopt;
    return std::filesystem::path(value);
}

// The home folder the account database names for this account.
std::optional<std::filesystem::path> accountHome() {
    std::vector<char> buffer(16384);
    struct passwd entry {};
    struct passwd* found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found || !found->pw_dir ||
        !*found->pw_dir) {
        return std::nullopt;
    }
    return std::filesystem::path(found->pw_dir);
}

}  // namespace

Result<std::filesystem::path> defaultDatabasePath() {
    if (auto explicitPath = environmentPath("REUNITE_DB")) return *explicitPath;
    std::optional<std::filesystem::path> base = environmentPath("XDG_DATA_HOME");
    if (!base) {
        std::optional<std::filesystem::path> home = environmentPath("HOME");
        if (!home) home = accountHome();
        if (home) base = *home / ".local" / "share";
    }
    if (!base || base->is_relative()) {
        return makeError(ErrorCode::NotFound,
                         "no private place for the database is known (HOME is not set): name one with --db or REUNITE_DB");
    }
    return *base / "reunite" / "reunite.db";
}

bool isDefaultDataFolder(const std::filesystem::path& folder) {
    if (environmentPath("REUNITE_DB")) return false;
    Result<std::filesystem::path> standard = defaultDatabasePath();
    std::error_code ec;
    return standard && std::filesystem::weakly_canonical(folder, ec) == std::filesystem::weakly_canonical(standard.value().parent_path(), ec);
}

}  // namespace reunite
