#include "db/repositories/CandidateRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

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

CandidateRepository::CandidateRepository(Database& database)
    : TableRepository(database, "candidate", "candidates", {
        column<&CandidateRecord::id>("id", ColumnUse::Key), column<&CandidateRecord::source>("source"),
        sealedColumn<&CandidateRecord::externalRef>("external_ref", SealAs::LookupName, "cand-ref"),
        sealedColumn<&CandidateRecord::givenNames>("given_names"),
        sealedColumn<&CandidateRecord::familyName>("family_name"), column<&CandidateRecord::sex>("sex"),
        sealedColumn<&CandidateRecord::birthDate>("birth_date"), column<&CandidateRecord::birthYear>("birth_year"),
        column<&CandidateRecord::birthYearIsEstimate>("birth_year_is_estimate"),
        column<&CandidateRecord::region>("region"), sealedColumn<&CandidateRecord::contact>("contact"),
        sealedColumn<&CandidateRecord::notes>("notes"), column<&CandidateRecord::importRunId>("import_run_id"),
        column<&CandidateRecord::groupPhotoOf>("group_photo_of"),
        column<&CandidateRecord::createdAt>("created_at", ColumnUse::CreatedAt),
        column<&CandidateRecord::createdBy>("created_by", ColumnUse::CreatedBy),
    }) {}

Result<CandidateRecord> CandidateRepository::create(const CandidateRecord& record, std::string_view userName) {
    if (auto valid = validate(record, userName); !valid) return valid.error();
    const std::string reference = describe(record.source, record.externalRef);
    return insertRecord(record, userName, {"create candidate with " + reference, "a candidate with " + reference + " already exists",
                                 "cannot create candidate: import run " + std::to_string(record.importRunId.value_or(0)) +
                                     " does not exist"});
}

Result<std::optional<CandidateRecord>> CandidateRepository::findBySourceReference(CandidateSource source,
                                                                                  std::string_view externalRef) {
    return lookupValue("external_ref", externalRef).andThen([&](std::string& stored) {
        return selectOptional("WHERE source = ? AND external_ref = ?", toDatabaseText(source), stored);
    });
}

Result<std::vector<CandidateRecord>> CandidateRepository::list(std::int64_t afterId, int limit) {
    if (limit <= 0) return invalidArgument("candidate page size must be positive");
    return selectAll("WHERE id > ? ORDER BY id LIMIT ?", afterId, limit);
}

Result<std::int64_t> CandidateRepository::count() {
    return database_.prepare("SELECT count(*) FROM candidates").andThen([](Statement& statement) {
        return statement.readInt64();
    });
}

Result<std::int64_t> CandidateRepository::forEachCandidate(const CandidateCallback& callback) {
    return database_.prepare(table_.select() + "ORDER BY id").andThen([&](Statement& statement) {
        CandidateRecord record;
        std::optional<Error> unreadable;
        Result<std::int64_t> delivered = statement.forEachRow([&](const Statement& row) {
            if (Status read = table_.readInto(row, record, database_); !read) {
                unreadable = read.error();
                return ScanStep::Stop;
            }
            return callback(record);
        });
        if (unreadable) return Result<std::int64_t>(*unreadable);
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

Result<std::vector<CandidateRecord>> CandidateRepository::unnamedFacesOf(std::int64_t candidateId) {
    return selectAll("WHERE group_photo_of = ? ORDER BY id", candidateId);
}

Result<CandidateReferences> CandidateRepository::referencesTo(std::int64_t candidateId) {
    // The record and the unnamed faces of its group photos.
    const std::string family = "(SELECT ?1 UNION SELECT id FROM candidates WHERE group_photo_of = ?1)";
    CandidateReferences references;
    const std::pair<const char*, std::int64_t*> counts[] = {{"search_results", &references.searchResults},
                                                            {"review_decisions", &references.reviewDecisions},
                                                            {"dna_requests", &references.dnaRequests}};
    for (const auto& [table, count] : counts) {
        Result<std::int64_t> counted =
            database_.prepare("SELECT count(*) FROM " + std::string(table) + " WHERE candidate_id IN " + family)
                .andThen([&](Statement& statement) {
                    statement.bindInt64(1, candidateId);
                    return statement.readInt64();
                });
        if (!counted) return counted.error();
        *count = counted.value();
    }
    return references;
}

Status CandidateRepository::remove(std::int64_t candidateId) { return removeByKey(candidateId); }

}  // namespace reunite::db
