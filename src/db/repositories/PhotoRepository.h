#pragma once
// PhotoRepository: imported photo files and their processing status (table `photos`).
// Inputs: records as in PhotoRecord.h and the name of the acting user (not blank). SHA-256 digests
// are 64 hex digits; upper case is accepted and stored in lower case.
// Guarantees: invalid input -> ErrorCode::InvalidArgument; the same file twice for one owner ->
// ErrorCode::Database ("already attached"); an unknown owner or import run -> ErrorCode::Database
// naming it; an unknown photo id -> ErrorCode::NotFound; other SQLite failures ->
// ErrorCode::Database. In an encrypted database the digest, file name, capture date and
// provenance are sealed (RecordTable.h) and a digest is found by its lookup name. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/records/PhotoOwner.h"
#include "db/records/PhotoRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// A file that holds stored photos, and the SHA-256 of its content.
struct StoredFile {
    std::string path;
    std::string sha256;
};

// get(id) comes from TableRepository.
class PhotoRepository : public TableRepository<PhotoRecord> {
public:
    explicit PhotoRepository(Database& database);

    Result<PhotoRecord> add(const PhotoRecord& record, std::string_view userName);
    Result<std::optional<PhotoRecord>> findBySha256(std::string_view sha256, const PhotoOwner& owner);
    // Every owner the file is attached to, e.g. the same photo in a case and in the gallery.
    Result<std::vector<PhotoRecord>> listBySha256(std::string_view sha256);
    // Ordered by id (import order).
    Result<std::vector<PhotoRecord>> listByOwner(const PhotoOwner& owner);
    // errorMessage is stored for PhotoStatus::Error and cleared for other statuses.
    Status setStatus(std::int64_t photoId, PhotoStatus status, std::string_view errorMessage = {});
    // Age of the person in the photo (years, 0 to 130), or unknown; an unknown id -> NotFound.
    Status setAgeAtPhoto(std::int64_t photoId, std::optional<double> ageYears);
    // Deletes the photo and its faces (schema cascade); stored search results keep their rows,
    // with the photo's faces unset (ON DELETE SET NULL). An unknown id -> NotFound.
    Status remove(std::int64_t photoId);
    // Every distinct stored file with its content's digest as the column holds it (a group photo's
    // rows share one file), ordered by path. Rows sealed in an encrypted database hold the
    // digest's lookup name there, not the digest.
    Result<std::vector<StoredFile>> listStoredFiles();
    // Points every photo stored at `from` at `to` instead; returns how many photos changed.
    Result<std::int64_t> moveStoredFile(std::string_view from, std::string_view to);
    // Stored search results that show one of the photo's faces (as the probe or the best match).
    Result<std::int64_t> searchResultsShowingFaces(std::int64_t photoId);

private:
    // A digest as the column holds it: normalized, and in an encrypted database its lookup name.
    Result<std::string> storedSha256(std::string_view sha256);
};

}  // namespace reunite::db
