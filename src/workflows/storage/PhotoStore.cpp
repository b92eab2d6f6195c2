#include "workflows/storage/PhotoStore.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <set>
#include <system_error>
#include <thread>

#include "db/repositories/PhotoRepository.h"
#include "domain/FileBytes.h"
#include "domain/PathTree.h"
#include "domain/PrivateFiles.h"
#include "domain/Utf8Text.h"
#include "security/KeyedName.h"
#include "security/SealedBox.h"

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

constexpr std::string_view kSealedExtension = ".sealed";
constexpr std::string_view kPhotoNamePurpose = "photo-nm";

// What a sealed copy is bound to: its own file name (a copy moved onto another name does not open).
std::string sealedPlace(const std::filesystem::path& file) { return "photo-store/" + file.filename().string(); }

bool startsWithMagic(std::string_view head) { return head.starts_with(kSealedPhotoMagic); }

// A sealed copy that could not be written: a full disk is named as such, like a failed copy.
Error sealedWriteFailure(const std::filesystem::path& source, const std::filesystem::path& folder, std::size_t needed, Error failure) {
    std::error_code ec;
    const std::filesystem::space_info space = std::filesystem::space(folder, ec);
    if (!ec && space.available < needed + (1u << 20)) {
        return copyFailure(source, folder, std::make_error_code(std::errc::no_space_on_device));
    }
    return failure;
}

}  // namespace

bool isSealedPhotoFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string head(kSealedPhotoMagic.size(), '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    return in && startsWithMagic(head);
}

Result<std::filesystem::path> PhotoStore::pathFor(const std::filesystem::path& source, const std::string& sha256) const {
    if (sha256.size() < 2) return makeError(ErrorCode::InvalidArgument, "a stored photo needs its sha256");
    if (key_) {
        Result<std::string> name = security::keyedName(*key_, kPhotoNamePurpose, sha256);
        if (!name) return name.error();
        return folder_ / name.value().substr(0, 2) / (name.value() + std::string(kSealedExtension));
    }
    std::string extension = source.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return folder_ / sha256.substr(0, 2) / (sha256 + extension);
}

Result<StoredPhoto> PhotoStore::store(const std::filesystem::path& source, const std::string& sha256) const {
    Result<std::filesystem::path> placed = pathFor(source, sha256);
    if (!placed) return placed.error();
    const std::filesystem::path& target = placed.value();
    const std::filesystem::path folder = target.parent_path();
    std::error_code ec;
    if (std::filesystem::is_regular_file(target, ec)) return StoredPhoto{target, false};
    if (Status place = preparePlace(folder); !place) return place.error();
    if (key_) return storeSealed(source, target);
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

Status PhotoStore::preparePlace(const std::filesystem::path& subFolder) const {
    if (!rootChecked_->load()) {
        if (Status root = preparePrivateFolder(folder_); !root) return root;
        rootChecked_->store(true);
    }
    std::error_code ec;
    if (std::filesystem::is_directory(std::filesystem::symlink_status(subFolder, ec))) return Ok{};
    return preparePrivateFolder(subFolder);
}

Result<StoredPhoto> PhotoStore::storeSealed(const std::filesystem::path& source, const std::filesystem::path& target) const {
    Result<std::vector<std::uint8_t>> plain = readFileBytes(source, kMaxStoredPhotoBytes);
    if (!plain) return plain.error();
    Result<std::vector<std::uint8_t>> sealed = security::seal(*key_, plain.value(), sealedPlace(target));
    if (!sealed) return sealed.error();
    std::string bytes(kSealedPhotoMagic);
    bytes.append(sealed.value().begin(), sealed.value().end());
    if (Status written = writeFileAtomically(target, bytes); !written) {
        return sealedWriteFailure(source, target.parent_path(), bytes.size(), written.error());
    }
    return StoredPhoto{target, true};
}

Result<std::vector<std::uint8_t>> PhotoStore::read(const std::filesystem::path& storedPath) const {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(storedPath, kMaxStoredPhotoBytes + kSealedPhotoMagic.size() +
                                                                            security::kSealOverheadBytes);
    if (!bytes) return bytes;
    const std::string_view head(reinterpret_cast<const char*>(bytes.value().data()),
                                std::min(bytes.value().size(), kSealedPhotoMagic.size()));
    if (!startsWithMagic(head)) return bytes;
    if (!key_) {
        return makeError(ErrorCode::AccessDenied, pathText(storedPath) + " is an encrypted photo: open its database with the passphrase");
    }
    const std::span<const std::uint8_t> sealed(bytes.value().data() + kSealedPhotoMagic.size(), bytes.value().size() - kSealedPhotoMagic.size());
    Result<std::vector<std::uint8_t>> opened = security::open(*key_, sealed, sealedPlace(storedPath));
    if (!opened) {
        return makeError(ErrorCode::AccessDenied, pathText(storedPath) +
                                                      " cannot be opened with this database's key: the file was damaged, renamed or "
                                                      "belongs to another database");
    }
    return opened;
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

PhotoStore PhotoStore::besideDatabase(const std::filesystem::path& databaseFile, security::DataKey key) {
    // Absolute: the paths it hands out are stored, and read later from any working folder.
    std::error_code ec;
    std::filesystem::path file = std::filesystem::absolute(databaseFile, ec);
    if (ec) file = databaseFile;
    return PhotoStore(file.parent_path() / (file.filename().string() + ".photos"), std::move(key));
}

}  // namespace reunite
