#pragma once
// PhotoStore: the workstation's own copies of imported photos, named by content
// (<folder>/<first two hex digits>/<sha256><extension>), so a record never points at a file the
// user may later move or delete. Storing the same content twice keeps one copy.
// Its folders are 0700 and its files 0600 (only the owner may list or read them).
// Thread safety: store() may run from several threads (copies are written under a temporary name
// and renamed into place).
#include <filesystem>
#include <string>
#include <vector>

#include "db/records/PhotoRecord.h"
#include "domain/Result.h"

namespace reunite {

namespace db {
class Database;
}

// A photo in the store, and whether this call put it there (false: the content was stored before).
struct StoredPhoto {
    std::filesystem::path path;
    bool created = false;
};

class PhotoStore {
public:
    explicit PhotoStore(std::filesystem::path folder) : folder_(std::move(folder)) {}

    // Copies source into the store; returns the stored path. A copy that fails leaves nothing
    // behind (no partial file); StorageFull when the store's disk has no room for the photo.
    Result<StoredPhoto> store(const std::filesystem::path& source, const std::string& sha256) const;
    // Where store() puts (or has put) a photo with this content and file name.
    std::filesystem::path pathFor(const std::filesystem::path& source, const std::string& sha256) const;
    const std::filesystem::path& folder() const { return folder_; }
    // Whether the file lies inside the store's folder tree (both resolved: "..", links).
    bool holds(const std::filesystem::path& file) const;

    // The store that belongs to a database file: "<database>.photos" beside it, as an absolute
    // path (a relative database name would store paths that break in another working folder).
    static PhotoStore besideDatabase(const std::filesystem::path& databaseFile);

private:
    std::filesystem::path folder_;
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
