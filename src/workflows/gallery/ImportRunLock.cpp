#include "workflows/gallery/ImportRunLock.h"

#include <string>

namespace reunite {
namespace {

std::optional<std::filesystem::path> lockFileOf(const std::filesystem::path& database, std::int64_t runId) {
    if (database.empty() || database == ":memory:") return std::nullopt;
    return std::filesystem::path(database.string() + ".locks") / ("import-run-" + std::to_string(runId) + ".lock");
}

}  // namespace

Result<std::optional<FileLock>> lockImportRun(const std::filesystem::path& database, std::int64_t runId) {
    const std::optional<std::filesystem::path> file = lockFileOf(database, runId);
    if (!file) return std::optional<FileLock>();
    Result<FileLock> lock = FileLock::acquire(*file);
    if (!lock) return lock.error();
    return std::optional<FileLock>(std::move(lock).value());
}

bool isImportRunAlive(const std::filesystem::path& database, std::int64_t runId) {
    const std::optional<std::filesystem::path> file = lockFileOf(database, runId);
    return file && FileLock::isHeld(*file);
}

}  // namespace reunite
