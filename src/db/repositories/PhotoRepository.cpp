#include "db/repositories/PhotoRepository.h"

#include <algorithm>

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

std::string describe(const PhotoOwner& owner) {
    switch (owner.kind) {
    case PhotoOwnerKind::Case: return "case " + std::to_string(owner.id);
    case PhotoOwnerKind::Relative: return "relative " + std::to_string(owner.id);
    case PhotoOwnerKind::Candidate: return "candidate " + std::to_string(owner.id);
    }
    return {};
}

using Row = PhotoRecord;

// The photo's owner is stored as one of three nullable foreign keys.
template <PhotoOwnerKind Kind>
RecordColumn<Row> ownerColumn() {
    return {photoOwnerColumn(Kind), ColumnUse::Editable,
            [](const Statement& row, int index, Row& record) {
                if (!row.isNull(index)) record.owner = PhotoOwner{Kind, row.columnInt64(index)};
            },
            [](Statement& statement, const char* parameter, const Row& record) {
                statement.bindOptionalInt64(parameter, record.owner.kind == Kind
                                                           ? std::optional<std::int64_t>(record.owner.id)
                                                           : std::nullopt);
            }};
}

// A photo's digest in the stored form: lowercase, then held to the one SHA-256 rule.
Result<std::string> normalizedSha256(std::string_view sha256) {
    std::string digest(sha256);
    std::transform(digest.begin(), digest.end(), digest.begin(),
                   [](char c) { return (c >= 'A' && c <= 'F') ? static_cast<char>(c - 'A' + 'a') : c; });
    if (Status wellFormed = requireSha256Hex(digest, "a photo's"); !wellFormed) return wellFormed.error();
    return digest;
}

Status validate(const PhotoRecord& record, std::string_view userName) {
    if (auto basics = firstFailure({requireNotBlank(userName, "user name"),
                                    requireNotBlank(record.storedPath, "stored path"),
                                    requireIsoDateOrAbsent(record.captureDate, "capture date")});
        !basics) {
        return basics;
    }
    if (record.byteSize < 0) return invalidArgument("photo byte size must not be negative");
    if ((record.width && *record.width <= 0) || (record.height && *record.height <= 0)) {
        return invalidArgument("photo width and height must be positive when known");
    }
    if (record.ageAtPhotoYears && (*record.ageAtPhotoYears < 0 || *record.ageAtPhotoYears >= 130)) {
        return invalidArgument("age at photo must be between 0 and 130 years");
    }
    return Ok{};
}

}  // namespace

PhotoRepository::PhotoRepository(Database& database)
    : TableRepository(database, "photo", "photos", {
        column<&Row::id>("id", ColumnUse::Key), ownerColumn<PhotoOwnerKind::Case>(),
        ownerColumn<PhotoOwnerKind::Relative>(), ownerColumn<PhotoOwnerKind::Candidate>(),
        sealedColumn<&Row::sha256>("sha256", SealAs::LookupName, "photo-sh"), pathColumn<&Row::storedPath>("stored_path"),
        sealedColumn<&Row::originalFileName>("original_file_name"), column<&Row::byteSize>("byte_size"),
        column<&Row::width>("width"), column<&Row::height>("height"), sealedColumn<&Row::captureDate>("capture_date"),
        column<&Row::ageAtPhotoYears>("age_at_photo_years"), sealedColumn<&Row::provenance>("provenance"),
        column<&Row::importRunId>("import_run_id"), column<&Row::status>("status"),
        column<&Row::errorMessage>("error_message"), column<&Row::importedAt>("imported_at", ColumnUse::CreatedAt),
        column<&Row::importedBy>("imported_by", ColumnUse::CreatedBy),
    }) {}

Result<PhotoRecord> PhotoRepository::add(const PhotoRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    auto digest = normalizedSha256(record.sha256);
    if (!digest) return digest.error();
    PhotoRecord stored = record;
    stored.sha256 = digest.value();
    if (stored.status != PhotoStatus::Error) stored.errorMessage.clear();
    const std::string owner = describe(record.owner);
    return insertRecord(stored, userName, {"add photo for " + owner, "photo " + digest.value() + " is already attached to " + owner,
                                 "cannot add photo: " + owner + " or the import run does not exist"});
}

Result<std::optional<PhotoRecord>> PhotoRepository::findBySha256(std::string_view sha256, const PhotoOwner& owner) {
    return storedSha256(sha256).andThen([&](std::string& digest) {
        return selectOptional("WHERE " + std::string(photoOwnerColumn(owner.kind)) + " = ? AND sha256 = ?", owner.id,
                              digest);
    });
}

Result<std::vector<PhotoRecord>> PhotoRepository::listBySha256(std::string_view sha256) {
    return storedSha256(sha256).andThen([&](std::string& digest) {
        return selectAll("WHERE sha256 = ? ORDER BY id", digest);
    });
}

Result<std::string> PhotoRepository::storedSha256(std::string_view sha256) {
    return normalizedSha256(sha256).andThen([&](std::string& digest) { return lookupValue("sha256", digest); });
}

Result<std::vector<PhotoRecord>> PhotoRepository::listByOwner(const PhotoOwner& owner) {
    return selectAll("WHERE " + std::string(photoOwnerColumn(owner.kind)) + " = ? ORDER BY id", owner.id);
}

Status PhotoRepository::setStatus(std::int64_t photoId, PhotoStatus status, std::string_view errorMessage) {
    return database_.prepare("UPDATE photos SET status = ?, error_message = ? WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindText(1, toDatabaseText(status))
            .bindText(2, status == PhotoStatus::Error ? errorMessage : std::string_view())
            .bindInt64(3, photoId);
        return database_.runChangingRows(statement, "set the status of photo " + std::to_string(photoId), missing(photoId));
    });
}

Status PhotoRepository::setAgeAtPhoto(std::int64_t photoId, std::optional<double> ageYears) {
    if (ageYears && (*ageYears < 0 || *ageYears >= 130)) {
        return makeError(ErrorCode::InvalidArgument, "the age at the photo must be between 0 and 130 years");
    }
    return database_.prepare("UPDATE photos SET age_at_photo_years = ? WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindOptionalDouble(1, ageYears).bindInt64(2, photoId);
        return database_.runChangingRows(statement, "set the age at photo " + std::to_string(photoId), missing(photoId));
    });
}

Status PhotoRepository::remove(std::int64_t photoId) { return removeByKey(photoId); }

Result<std::vector<StoredFile>> PhotoRepository::listStoredFiles() {
    return database_.prepare("SELECT DISTINCT stored_path, sha256 FROM photos ORDER BY stored_path").andThen([](Statement& statement) {
        return statement.readAll<StoredFile>(
            [](const Statement& row) { return StoredFile{std::string(row.columnTextView(0)), std::string(row.columnTextView(1))}; });
    });
}

Result<std::int64_t> PhotoRepository::moveStoredFile(std::string_view from, std::string_view to) {
    return database_.prepare("UPDATE photos SET stored_path = ? WHERE stored_path = ?").andThen([&](Statement& statement) -> Result<std::int64_t> {
        statement.bindPathText(1, to).bindPathText(2, from);
        if (Status moved = statement.run(); !moved) return moved.error();
        return database_.changes();
    });
}

Result<std::int64_t> PhotoRepository::searchResultsShowingFaces(std::int64_t photoId) {
    return database_
        .prepare("SELECT count(*) FROM search_results WHERE probe_face_id IN (SELECT id FROM faces WHERE photo_id = ?1) "
                 "OR best_face_id IN (SELECT id FROM faces WHERE photo_id = ?1)")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, photoId);
            return statement.readInt64();
        });
}

}  // namespace reunite::db
