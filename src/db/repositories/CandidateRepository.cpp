#include "db/repositories/CandidateRepository.h"

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectCandidate =
    "SELECT id, source, external_ref, given_names, family_name, sex, birth_date, birth_year, birth_year_is_estimate, "
    "region, contact, notes, import_run_id, created_at, created_by FROM candidates ";

void readCandidateInto(const Statement& row, CandidateRecord& record) {
    record.id = row.columnInt64(0);
    record.source = parseCandidateSource(row.columnTextView(1)).value_or(CandidateSource::NationalDatabase);
    record.externalRef.assign(row.columnTextView(2));
    record.givenNames.assign(row.columnTextView(3));
    record.familyName.assign(row.columnTextView(4));
    record.sex = parseSex(row.columnTextView(5)).value_or(Sex::Unknown);
    record.birthDate = row.columnOptionalText(6);
    record.birthYear = row.isNull(7) ? std::nullopt : std::optional<int>(row.columnInt(7));
    record.birthYearIsEstimate = row.columnBool(8);
    record.region.assign(row.columnTextView(9));
    record.contact.assign(row.columnTextView(10));
    record.notes.assign(row.columnTextView(11));
    record.importRunId = row.columnOptionalInt64(12);
    record.createdAt.assign(row.columnTextView(13));
    record.createdBy.assign(row.columnTextView(14));
}

CandidateRecord readCandidate(const Statement& row) {
    CandidateRecord record;
    readCandidateInto(row, record);
    return record;
}

std::string describe(CandidateSource source, std::string_view externalRef) {
    return std::string(toDatabaseText(source)) + " reference '" + std::string(externalRef) + "'";
}

Status validate(const CandidateRecord& record, std::string_view userName) {
    if (auto basics = firstFailure({requireNotBlank(record.externalRef, "external reference"),
                                    requireNotBlank(userName, "user name"),
                                    requireIsoDateOrAbsent(record.birthDate, "birth date")});
        !basics) {
        return basics;
    }
    if (record.birthYear && (*record.birthYear < 1900 || *record.birthYear > 2200)) {
        return invalidArgument("birth year " + std::to_string(*record.birthYear) + " is outside 1900..2200");
    }
    if (record.birthYear && record.birthDate && std::stoi(record.birthDate->substr(0, 4)) != *record.birthYear) {
        return invalidArgument("birth year " + std::to_string(*record.birthYear) + " contradicts birth date " +
                               *record.birthDate);
    }
    return Ok{};
}

}  // namespace

Result<CandidateRecord> CandidateRepository::create(const CandidateRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    auto statement = database_.prepare(
        "INSERT INTO candidates (source, external_ref, given_names, family_name, sex, birth_date, birth_year, "
        "birth_year_is_estimate, region, contact, notes, import_run_id, created_at, created_by) "
        "VALUES (:source, :external_ref, :given_names, :family_name, :sex, :birth_date, :birth_year, "
        ":birth_year_is_estimate, :region, :contact, :notes, :import_run_id, :now, :user)");
    if (!statement) return statement.error();
    std::optional<std::int64_t> birthYear;
    if (record.birthYear) birthYear = *record.birthYear;
    statement.value()
        .bindText(":source", toDatabaseText(record.source))
        .bindText(":external_ref", record.externalRef)
        .bindText(":given_names", record.givenNames)
        .bindText(":family_name", record.familyName)
        .bindText(":sex", toDatabaseText(record.sex))
        .bindOptionalText(":birth_date", record.birthDate)
        .bindOptionalInt64(":birth_year", birthYear)
        .bindBool(":birth_year_is_estimate", record.birthYearIsEstimate)
        .bindText(":region", record.region)
        .bindText(":contact", record.contact)
        .bindText(":notes", record.notes)
        .bindOptionalInt64(":import_run_id", record.importRunId)
        .bindText(":now", currentUtcTimestamp())
        .bindText(":user", userName);
    if (auto inserted = statement.value().run(); !inserted) {
        if (statement.value().failedOnUniqueConstraint()) {
            return databaseError("a candidate with " + describe(record.source, record.externalRef) + " already exists");
        }
        if (statement.value().failedOnForeignKey()) {
            return databaseError("cannot create candidate: import run " +
                                 std::to_string(record.importRunId.value_or(0)) + " does not exist");
        }
        return databaseError("could not create candidate with " + describe(record.source, record.externalRef) + ": " +
                             inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Result<CandidateRecord> CandidateRepository::get(std::int64_t candidateId) {
    return database_.prepare(std::string(kSelectCandidate) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, candidateId);
        return statement.readOne<CandidateRecord>(readCandidate, "candidate " + std::to_string(candidateId) + " does not exist");
    });
}

Result<std::optional<CandidateRecord>> CandidateRepository::findBySourceReference(CandidateSource source,
                                                                                  std::string_view externalRef) {
    return database_.prepare(std::string(kSelectCandidate) + "WHERE source = ? AND external_ref = ?")
        .andThen([&](Statement& statement) {
            statement.bindText(1, toDatabaseText(source)).bindText(2, externalRef);
            return statement.readOptional<CandidateRecord>(readCandidate);
        });
}

Result<std::vector<CandidateRecord>> CandidateRepository::list(std::int64_t afterId, int limit) {
    if (limit <= 0) return invalidArgument("candidate page size must be positive");
    return database_.prepare(std::string(kSelectCandidate) + "WHERE id > ? ORDER BY id LIMIT ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, afterId).bindInt64(2, limit);
        return statement.readAll<CandidateRecord>(readCandidate);
    });
}

Result<std::int64_t> CandidateRepository::count() {
    return database_.prepare("SELECT count(*) FROM candidates").andThen([](Statement& statement) {
        return statement.readInt64();
    });
}

Result<std::int64_t> CandidateRepository::forEachCandidate(const CandidateCallback& callback) {
    return database_.prepare(std::string(kSelectCandidate) + "ORDER BY id").andThen([&](Statement& statement) {
        CandidateRecord record;
        Result<std::int64_t> delivered = statement.forEachRow([&](const Statement& row) {
            readCandidateInto(row, record);
            return callback(record);
        });
        if (!delivered) return Result<std::int64_t>(databaseError("candidate scan failed: " + delivered.error().message));
        return delivered;
    });
}

Result<std::int64_t> CandidateRepository::forEachGalleryCandidate(const GalleryCandidateCallback& callback) {
    return database_.prepare("SELECT id, source, sex, birth_year, birth_year_is_estimate, region FROM candidates ORDER BY id")
        .andThen([&](Statement& statement) {
            GalleryCandidateRow candidate;
            Result<std::int64_t> delivered = statement.forEachRow([&](const Statement& row) {
                candidate.id = row.columnInt64(0);
                candidate.source = parseCandidateSource(row.columnTextView(1)).value_or(CandidateSource::NationalDatabase);
                candidate.sex = parseSex(row.columnTextView(2)).value_or(Sex::Unknown);
                candidate.birthYear = row.isNull(3) ? std::nullopt : std::optional<int>(static_cast<int>(row.columnInt64(3)));
                candidate.birthYearIsEstimate = row.columnInt64(4) != 0;
                candidate.region = row.columnTextView(5);
                return callback(candidate);
            });
            if (!delivered) return Result<std::int64_t>(databaseError("candidate scan failed: " + delivered.error().message));
            return delivered;
        });
}

}  // namespace reunite::db
