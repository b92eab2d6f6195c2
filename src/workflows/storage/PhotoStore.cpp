#include "workflows/storage/PhotoStore.h"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>

namespace reunite {

Result<std::filesystem::path> PhotoStore::store(const std::filesystem::path& source, const std::string& sha256) const {
    if (sha256.size() < 2) return makeError(ErrorCode::InvalidArgument, "a stored photo needs its sha256");
    std::string extension = source.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    const std::filesystem::path folder = folder_ / sha256.substr(0, 2);
    const std::filesystem::path target = folder / (sha256 + extension);
    std::error_code ec;
    if (std::filesystem::is_regular_file(target, ec)) return target;
    std::filesystem::create_directories(folder, ec);
    if (ec) return makeError(ErrorCode::Unreadable, "cannot create photo store folder " + folder.string() + ": " + ec.message());
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path temporary =
        folder / (sha256 + ".part" + std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id())) + "-" +
                  std::to_string(counter++));
    std::filesystem::copy_file(source, temporary, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) return makeError(ErrorCode::Unreadable, "cannot copy " + source.string() + " into the photo store: " + ec.message());
    std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, ec);
    std::filesystem::rename(temporary, target, ec);
    if (ec) return makeError(ErrorCode::Unreadable, "cannot place " + target.string() + ": " + ec.message());
    return target;
}

PhotoStore PhotoStore::besideDatabase(const std::filesystem::path& databaseFile) {
    return PhotoStore(databaseFile.parent_path() / (databaseFile.filename().string() + ".photos"));
}

}  // namespace reunite
