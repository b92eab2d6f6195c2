#include "workflows/storage/WorkstationDatabase.h"

#include <system_error>

#include "domain/PrivateFiles.h"
#include "workflows/storage/WorkstationPaths.h"

namespace reunite {

namespace {

// The database's folder: missing folders are created 0700; the workstation's own data folder is
// restricted to its owner. The file itself must be this account's and not a link.
Status prepareDatabasePlace(const std::filesystem::path& file) {
    const std::filesystem::path folder = file.parent_path();
    if (!folder.empty()) {
        Status place = isDefaultDataFolder(folder) ? preparePrivateFolder(folder) : createMissingFoldersPrivately(folder);
        if (!place) return place;
    }
    return requirePrivateFile(file);
}

}  // namespace

Result<std::unique_ptr<db::Database>> openWorkstationDatabase(const std::filesystem::path& file) {
    if (Status place = prepareDatabasePlace(file); !place) return place.error();
    std::error_code ec;
    db::OpenOptions options;
    const std::uintmax_t size = std::filesystem::is_regular_file(file, ec) ? std::filesystem::file_size(file, ec) : 0;
    options.quickCheckOnOpen = size <= kQuickCheckLimitBytes;
    return db::Database::open(file, options);
}

}  // namespace reunite
