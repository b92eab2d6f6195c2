#pragma once
// PhotoStore: the workstation's own copies of imported photos, named by content, so a record
// never points at a file the user may later move or delete. Storing the same content twice keeps
// one copy. Its folders are 0700 and its files 0600 (only the owner may list or read them).
// A plain database's store names a copy <folder>/<2 hex>/<sha256><extension> and keeps its bytes.
// An encrypted database's store (constructed with its DataKey) names it by a keyed hash of the
// SHA-256 (security/KeyedName.h: a known photo cannot be looked up) with the extension ".sealed",
// and writes kSealedPhotoMagic followed by the bytes sealed with XChaCha20-Poly1305, bound to the
// file's name (a file renamed onto another photo's name does not open).
// read() is the one door to a stored photo's bytes: every reader goes through it (or through
// decodeStoredPhoto, StoredPhotoImage.h), so a sealed file is opened wherever a photo is shown.
// Thread safety: a value; store() and read() may run from several threads (copies are written
// under a temporary name and renamed into place; the key is only read).
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "db/records/PhotoRecord.h"
#include "domain/Result.h"
#include "security/DataKey.h"

namespace reunite {

namespace db {
class Database;
}

// A photo in the store, and whether this call put it there (false: the content was stored before).
struct StoredPhoto {
    std::filesystem::path path;
    bool created = false;
};

// The first bytes of every sealed photo-store file (never those of an image format).
constexpr std::string_view kSealedPhotoMagic = "REUNITE-SEALED-PHOTO-1\n";
// Whether a file begins as a sealed photo-store file does (kSealedPhotoMagic); false for a file
// that cannot be read.
bool isSealedPhotoFile(const std::filesystem::path& file);
// The largest photo the store copies or reads (as ImageDecoder's default limit).
constexpr std::uint64_t kMaxStoredPhotoBytes = 256ull << 20;

class PhotoStore {
public:
    explicit PhotoStore(std::filesystem::path folder, security::DataKey key = nullptr)
        : folder_(std::move(folder)), key_(std::move(key)), rootChecked_(std::make_shared<std::atomic<bool>>(false)) {}

    // Copies source into the store (sealed when the store has a key); returns the stored path. A
    // copy that fails leaves nothing behind (no partial file); StorageFull when the store's disk
    // has no room for the photo; Unreadable for a source that cannot be read.
    Result<StoredPhoto> store(const std::filesystem::path& source, const std::string& sha256) const;
    // Where store() puts (or has put) a photo with this content and file name.
    Result<std::filesystem::path> pathFor(const std::filesystem::path& source, const std::string& sha256) const;
    // The bytes of a stored photo: a sealed file is opened with the store's key (none, or a
    // damaged or foreign file -> AccessDenied naming the file, nothing partial); any other file
    // (a plain store's copy, or a photo imported without a copy) is read as it is.
    Result<std::vector<std::uint8_t>> read(const std::filesystem::path& storedPath) const;
    const std::filesystem::path& folder() const { return folder_; }
    bool sealsPhotos() const { return key_ != nullptr; }
    // Whether the file lies inside the store's folder tree (both resolved: "..", links).
    bool holds(const std::filesystem::path& file) const;

    // The store that belongs to a database file: "<database>.photos" beside it, as an absolute
    // path (a relative database name would store paths that break in another working folder),
    // sealing with the database's key when it is encrypted.
    static PhotoStore besideDatabase(const std::filesystem::path& databaseFile, security::DataKey key = nullptr);

private:
    Result<StoredPhoto> storeSealed(const std::filesystem::path& source, const std::filesystem::path& target) const;
    // The store's own folder is made private (0700, ours, not a link) once per store and its
    // copies; a sub-folder, inside it, only where it is missing.
    Status preparePlace(const std::filesystem::path& subFolder) const;

    std::filesystem::path folder_;
    security::DataKey key_;
    std::shared_ptr<std::atomic<bool>> rootChecked_;
};

// After a write that stored `copy` was rolled back: removes the copy when this program made it
// (copy.created) and no stored photo with that content refers to it (another import may have
// committed one meanwhile). When the database cannot tell, the file is kept.
void discardUnusedCopy(db::Database& database, const StoredPhoto& copy, const std::string& sha256);

// After photos were removed from the database: deletes each one's copy in the store when no
// stored photo refers to it any more. Files outside the store (imports without copies, the
// user's own files) are never touched; when the database cannot tell, the file is kept.
// Returns how many files were deleted.
std::size_t removeUnreferencedCopies(db::Database& database, const PhotoStore& store,
                                     const std::vector<db::PhotoRecord>& removedPhotos);

}  // namespace reunite
