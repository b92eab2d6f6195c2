#include "workflows/storage/PhotoStore.h"

#include <algorithm>
#include <atomic>
#include <set>
#include <system_error>
#include <thread>

#include "db/repositories/PhotoRepository.h"
#include "domain/PathTree.h"
#include "domain/PrivateFiles.h"
#include "domain/Utf8Text.h"

namespace reunite {

namespace {

// Why a copy into the store failed. A full disk (or a file size limit) is named as such; the C++
// library reports a copy cut short as a plain I/O error, which is a storage failure too.
Error copyFailure(const std::filesystem::path& source, const std::filesystem::path& folder, const std::error_code& copyError) {
    std::error_code ec;
    const std::uintmax_t needed = std::filesystem::file_size(source, ec);
    const std::filesystem::space_info space = std::filesystem::space(folder, ec);
    const bool noRoom = copyError == std::errc::no_space_on_device || copyError == std::errc::file_too_large ||
                        (!ec && space.available < needed + (1u << 20));
    if (noRoom) {
        return makeError(ErrorCode::StorageFull, "the disk of the photo store " + pathText(folder.parent_path()) +
                                                     " has no room for " + pathText(source) +
                                                     ": free space, then run the command again (an import resumes)");
    }
    if (copyError == std::errc::io_error) {
        return makeError(ErrorCode::StorageFull, pathText(source) + " could not be written whole into the photo store " +
                                                     pathText(folder.parent_path()) +
                                                     " (its disk may be full, limited or failing): nothing of it was kept");
    }
    return makeError(ErrorCode::Unreadable, "cannot copy " + pathText(source) + " into the photo store: " + copyError.message());
}

}  // namespace

std::filesystem::path PhotoStore::pathFor(const std::filesystem::path& source, const std::string& sha256) const {
    std::string extension = source.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return folder_ / sha256.substr(0, 2) / (sha256 + extension);
}

Result<StoredPhoto> PhotoStore::store(const std::filesystem::path& source, const std::string& sha256) const {
    if (sha256.size() < 2) return makeError(ErrorCode::InvalidArgument, "a stored photo needs its sha256");
    const std::filesystem::path target = pathFor(source, sha256);
    const std::filesystem::path folder = target.parent_path();
    std::error_code ec;
    if (std::filesystem::is_regular_file(target, ec)) return StoredPhoto{target, false};
    if (Status root = preparePrivateFolder(folder_); !root) return root.error();
    if (Status sub = preparePrivateFolder(folder); !sub) return sub.error();
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path temporary =
        folder / (sha256 + ".part" + std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id())) + "-" +
                  std::to_string(counter++));
    std::filesystem::copy_file(source, temporary, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return copyFailure(source, folder, ec);
    }
    std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, ec);
    std::filesystem::rename(temporary, target, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return makeError(ErrorCode::Unreadable, "cannot place " + pathText(target) + ": " + ec.message());
    }
    return StoredPhoto{target, true};
}

namespace {

// Removes the file unless a stored photo with that content refers to it (or the database cannot tell).
bool removeIfUnreferenced(db::Database& database, const std::filesystem::path& file, const std::string& sha256) {
    Result<std::vector<db::PhotoRecord>> sameContent = db::PhotoRepository(database).listBySha256(sha256);
    if (!sameContent) return false;
    const bool referenced = std::any_of(sameContent.value().begin(), sameContent.value().end(),
                                        [&](const db::PhotoRecord& photo) { return photo.storedPath == file.string(); });
    std::error_code ec;
    return !referenced && std::filesystem::remove(file, ec);
}

}  // namespace

void discardUnusedCopy(db::Database& database, const StoredPhoto& copy, const std::string& sha256) {
    if (copy.created) removeIfUnreferenced(database, copy.path, sha256);
}

std::size_t removeUnreferencedCopies(db::Database& database, const PhotoStore& store,
                                     const std::vector<db::PhotoRecord>& removedPhotos) {
    std::size_t removed = 0;
    std::set<std::string> looked;  // a group photo's rows share one file: one look each
    for (const db::PhotoRecord& photo : removedPhotos) {
        if (!looked.insert(photo.storedPath).second || !store.holds(photo.storedPath)) continue;
        removed += removeIfUnreferenced(database, photo.storedPath, photo.sha256);
    }
    return removed;
}

bool PhotoStore::holds(const std::filesystem::path& file) const {
    const std::filesystem::path folder = resolvedPath(folder_);
    const std::filesystem::path resolved = resolvedPath(file);
    return resolved != folder && liesUnder(resolved, folder);
}

PhotoStore PhotoStore::besideDatabase(const std::filesystem::path& databaseFile) {
    // Absolute: the paths it hands out are stored, and read later from any working folder.
    std::error_code ec;
    std::filesystem::path file = std::filesystem::absolute(databaseFile, ec);
    if (ec) file = databaseFile;
    return PhotoStore(file.parent_path() / (file.filename().string() + ".photos"));
}

}  // namespace reunite
