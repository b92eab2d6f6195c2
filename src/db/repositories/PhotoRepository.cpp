#include "db/repositories/PhotoRepository.h"

#include <algorithm>

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectPhoto =
    "SELECT id, case_id, relative_id, candidate_id, sha256, stored_path, original_file_name, byte_size, width, height, "
    "capture_date, age_at_photo_years, provenance, import_run_id, status, error_message, imported_at, imported_by "
    "FROM photos ";

std::string describe(const PhotoOwner& owner) {
    switch (owner.kind) {
    case PhotoOwnerKind::Case: return "case " + std::to_string(owner.id);
    case PhotoOwnerKind::Relative: return "relative " + std::to_string(owner.id);
    case PhotoOwnerKind::Candidate: return "candidate " + std::to_string(owner.id);
    }
    return {};
}

PhotoRecord readPhoto(const Statement& row) {
    PhotoRecord record;
    record.id = row.columnInt64(0);
    if (!row.isNull(1)) record.owner = PhotoOwner::ofCase(row.columnInt64(1));
    if (!row.isNull(2)) record.owner = PhotoOwner::ofRelative(row.columnInt64(2));
    if (!row.isNull(3)) record.owner = PhotoOwner::ofCandidate(row.columnInt64(3));
    record.sha256 = row.columnText(4);
    record.storedPath = row.columnText(5);
    record.originalFileName = row.columnText(6);
    record.byteSize = row.columnInt64(7);
    if (!row.isNull(8)) record.width = row.columnInt(8);
    if (!row.isNull(9)) record.height = row.columnInt(9);
    record.captureDate = row.columnOptionalText(10);
    record.ageAtPhotoYears = row.columnOptionalDouble(11);
    record.provenance = row.columnText(12);
    record.importRunId = row.columnOptionalInt64(13);
    record.status = parsePhotoStatus(row.columnTextView(14)).value_or(PhotoStatus::Error);
    record.errorMessage = row.columnText(15);
    record.importedAt = row.columnText(16);
    record.importedBy = row.columnText(17);
    return record;
}

Result<std::string> normalizedSha256(std::string_view sha256) {
    std::string digest(sha256);
    std::transform(digest.begin(), digest.end(), digest.begin(),
                   [](char c) { return (c >= 'A' && c <= 'F') ? static_cast<char>(c - 'A' + 'a') : c; });
    const bool wellFormed = digest.size() == 64 && std::all_of(digest.begin(), digest.end(), [](char c) {
                                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                            });
    if (!wellFormed) {
        std::string message = "'";
        message.append(sha256).append("' is not a SHA-256 digest (64 hex digits)");
        return invalidArgument(std::move(message));
    }
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

Result<PhotoRecord> PhotoRepository::add(const PhotoRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    auto digest = normalizedSha256(record.sha256);
    if (!digest) return digest.error();
    auto statement = database_.prepare(
        "INSERT INTO photos (case_id, relative_id, candidate_id, sha256, stored_path, original_file_name, byte_size, "
        "width, height, capture_date, age_at_photo_years, provenance, import_run_id, status, error_message, "
        "imported_at, imported_by) "
        "VALUES (:case_id, :relative_id, :candidate_id, :sha256, :stored_path, :original_file_name, :byte_size, "
        ":width, :height, :capture_date, :age_at_photo_years, :provenance, :import_run_id, :status, :error_message, "
        ":now, :user)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    const auto idIfOwnedBy = [&record](PhotoOwnerKind kind) {
        return record.owner.kind == kind ? std::optional<std::int64_t>(record.owner.id) : std::nullopt;
    };
    insert.bindOptionalInt64(":case_id", idIfOwnedBy(PhotoOwnerKind::Case))
        .bindOptionalInt64(":relative_id", idIfOwnedBy(PhotoOwnerKind::Relative))
        .bindOptionalInt64(":candidate_id", idIfOwnedBy(PhotoOwnerKind::Candidate));
    std::optional<std::int64_t> width, height;
    if (record.width) width = *record.width;
    if (record.height) height = *record.height;
    insert.bindText(":sha256", digest.value())
        .bindText(":stored_path", record.storedPath)
        .bindText(":original_file_name", record.originalFileName)
        .bindInt64(":byte_size", record.byteSize)
        .bindOptionalInt64(":width", width)
        .bindOptionalInt64(":height", height)
        .bindOptionalText(":capture_date", record.captureDate)
        .bindOptionalDouble(":age_at_photo_years", record.ageAtPhotoYears)
        .bindText(":provenance", record.provenance)
        .bindOptionalInt64(":import_run_id", record.importRunId)
        .bindText(":status", toDatabaseText(record.status))
        .bindText(":error_message", record.status == PhotoStatus::Error ? record.errorMessage : std::string())
        .bindText(":now", currentUtcTimestamp())
        .bindText(":user", userName);
    if (auto inserted = insert.run(); !inserted) {
        if (insert.failedOnUniqueConstraint()) {
            return databaseError("photo " + digest.value() + " is already attached to " + describe(record.owner));
        }
        if (insert.failedOnForeignKey()) {
            return databaseError("cannot add photo: " + describe(record.owner) + " or the import run does not exist");
        }
        return databaseError("could not add photo for " + describe(record.owner) + ": " + inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Result<PhotoRecord> PhotoRepository::get(std::int64_t photoId) {
    return database_.prepare(std::string(kSelectPhoto) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, photoId);
        return statement.readOne<PhotoRecord>(readPhoto, "photo " + std::to_string(photoId) + " does not exist");
    });
}

Result<std::optional<PhotoRecord>> PhotoRepository::findBySha256(std::string_view sha256, const PhotoOwner& owner) {
    return normalizedSha256(sha256).andThen([&](std::string& digest) {
        return database_
            .prepare(std::string(kSelectPhoto) + "WHERE " + std::string(photoOwnerColumn(owner.kind)) + " = ? AND sha256 = ?")
            .andThen([&](Statement& statement) {
                statement.bindInt64(1, owner.id).bindText(2, digest);
                return statement.readOptional<PhotoRecord>(readPhoto);
            });
    });
}

Result<std::vector<PhotoRecord>> PhotoRepository::listBySha256(std::string_view sha256) {
    return normalizedSha256(sha256).andThen([&](std::string& digest) {
        return database_.prepare(std::string(kSelectPhoto) + "WHERE sha256 = ? ORDER BY id").andThen([&](Statement& statement) {
            statement.bindText(1, digest);
            return statement.readAll<PhotoRecord>(readPhoto);
        });
    });
}

Result<std::vector<PhotoRecord>> PhotoRepository::listByOwner(const PhotoOwner& owner) {
    return database_.prepare(std::string(kSelectPhoto) + "WHERE " + std::string(photoOwnerColumn(owner.kind)) + " = ? ORDER BY id")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, owner.id);
            return statement.readAll<PhotoRecord>(readPhoto);
        });
}

Status PhotoRepository::setStatus(std::int64_t photoId, PhotoStatus status, std::string_view errorMessage) {
    return database_.prepare("UPDATE photos SET status = ?, error_message = ? WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindText(1, toDatabaseText(status))
            .bindText(2, status == PhotoStatus::Error ? errorMessage : std::string_view())
            .bindInt64(3, photoId);
        return database_.runChangingRows(statement, "set the status of photo " + std::to_string(photoId),
                                         "photo " + std::to_string(photoId) + " does not exist");
    });
}

Status PhotoRepository::setAgeAtPhoto(std::int64_t photoId, std::optional<double> ageYears) {
    if (ageYears && (*ageYears < 0 || *ageYears >= 130)) {
        return makeError(ErrorCode::InvalidArgument, "the age at the photo must be between 0 and 130 years");
    }
    return database_.prepare("UPDATE photos SET age_at_photo_years = ? WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindOptionalDouble(1, ageYears).bindInt64(2, photoId);
        return database_.runChangingRows(statement, "set the age at photo " + std::to_string(photoId),
                                         "photo " + std::to_string(photoId) + " does not exist");
    });
}

}  // namespace reunite::db
