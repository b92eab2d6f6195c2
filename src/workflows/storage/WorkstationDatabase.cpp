#include "workflows/storage/WorkstationDatabase.h"

#include <system_error>

namespace reunite {

Result<std::unique_ptr<db::Database>> openWorkstationDatabase(const std::filesystem::path& file) {
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    db::OpenOptions options;
    const std::uintmax_t size = std::filesystem::is_regular_file(file, ec) ? std::filesystem::file_size(file, ec) : 0;
    options.quickCheckOnOpen = size <= kQuickCheckLimitBytes;
    return db::Database::open(file, options);
}

}  // namespace reunite
