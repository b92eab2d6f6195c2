#include "db/repositories/StrProfileRepository.h"

#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Statement.h"
#include "db/sqlite/Transaction.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectProfile =
    "SELECT id, sample_id, kit, lab, lab_report_id, source_file, source_sha256, file_layout, imported_by, imported_at "
    "FROM str_profiles ";

StrProfileRecord readProfile(const Statement& row) {
    StrProfileRecord record;
    record.id = row.columnInt64(0);
    record.sampleId = row.columnInt64(1);
    record.kit = row.columnText(2);
    record.lab = row.columnText(3);
    record.labReportId = row.columnText(4);
    record.sourceFile = row.columnText(5);
    record.sourceSha256 = row.columnText(6);
    record.fileLayout = row.columnText(7);
    record.importedBy = row.columnText(8);
    record.importedAt = row.columnText(9);
    return record;
}

bool isSha256(std::string_view text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

Status validate(const StrProfileRecord& profile, std::string_view userName) {
    if (!isSha256(profile.sourceSha256)) return invalidArgument("the source file's SHA-256 must be 64 lowercase hex digits");
    if (profile.fileLayout != "simple_csv" && profile.fileLayout != "genemapper") {
        return invalidArgument("file layout must be simple_csv or genemapper");
    }
    if (profile.loci.empty()) return invalidArgument("an STR profile needs at least one locus");
    return firstFailure({requireNotBlank(profile.sourceFile, "source file"), requireNotBlank(userName, "user name")});
}

}  // namespace

Result<StrProfileRecord> StrProfileRepository::create(const StrProfileRecord& profile, std::string_view userName) {
    if (Status valid = validate(profile, userName); !valid) return valid.error();
    Result<Transaction> transaction = Transaction::begin(database_);
    if (!transaction) return transaction.error();
    auto statement = database_.prepare(
        "INSERT INTO str_profiles (sample_id, kit, lab, lab_report_id, source_file, source_sha256, file_layout, imported_by, "
        "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    insert.bindInt64(1, profile.sampleId)
        .bindText(2, profile.kit)
        .bindText(3, profile.lab)
        .bindText(4, profile.labReportId)
        .bindText(5, profile.sourceFile)
        .bindText(6, profile.sourceSha256)
        .bindText(7, profile.fileLayout)
        .bindText(8, userName)
        .bindText(9, currentUtcTimestamp());
    if (Status inserted = insert.run(); !inserted) {
        if (insert.failedOnUniqueConstraint()) {
            return databaseError("this file (" + profile.sourceFile + ") has already been imported for sample " +
                                 std::to_string(profile.sampleId));
        }
        if (insert.failedOnForeignKey()) return databaseError("no DNA sample " + std::to_string(profile.sampleId));
        return databaseError("could not store the STR profile: " + inserted.error().message);
    }
    const std::int64_t id = database_.lastInsertRowId();
    if (Status loci = insertLoci(id, profile.loci); !loci) return loci.error();
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return get(id);
}

Status StrProfileRepository::insertLoci(std::int64_t profileId, const std::vector<StrLocusRow>& loci) {
    auto statement = database_.prepare("INSERT INTO str_profile_loci (profile_id, marker, alleles, source_line) VALUES (?, ?, ?, ?)");
    if (!statement) return statement.error();
    for (const StrLocusRow& locus : loci) {
        Statement& insert = statement.value();
        insert.reset();
        insert.bindInt64(1, profileId).bindText(2, locus.marker).bindText(3, locus.alleles).bindInt64(4, locus.sourceLine);
        if (Status inserted = insert.run(); !inserted) {
            return databaseError("could not store marker " + locus.marker + " of the STR profile: " + inserted.error().message);
        }
    }
    return Ok{};
}

Status StrProfileRepository::loadLoci(StrProfileRecord& profile) {
    return database_.prepare("SELECT marker, alleles, source_line FROM str_profile_loci WHERE profile_id = ? ORDER BY marker")
        .andThen([&](Statement& statement) -> Status {
            statement.bindInt64(1, profile.id);
            Result<std::vector<StrLocusRow>> loci = statement.readAll<StrLocusRow>([](const Statement& row) {
                return StrLocusRow{row.columnText(0), row.columnText(1), row.columnInt(2)};
            });
            if (!loci) return loci.error();
            profile.loci = std::move(loci).value();
            return Ok{};
        });
}

Result<StrProfileRecord> StrProfileRepository::get(std::int64_t profileId) {
    Result<StrProfileRecord> profile = database_.prepare(std::string(kSelectProfile) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, profileId);
        return statement.readOne<StrProfileRecord>(readProfile, "no STR profile " + std::to_string(profileId));
    });
    if (!profile) return profile;
    if (Status loci = loadLoci(profile.value()); !loci) return loci.error();
    return profile;
}

Result<std::optional<StrProfileRecord>> StrProfileRepository::latestForSample(std::int64_t sampleId) {
    Result<std::optional<StrProfileRecord>> profile =
        database_.prepare(std::string(kSelectProfile) + "WHERE sample_id = ? ORDER BY id DESC LIMIT 1").andThen([&](Statement& statement) {
            statement.bindInt64(1, sampleId);
            return statement.readOptional<StrProfileRecord>(readProfile);
        });
    if (!profile || !profile.value()) return profile;
    if (Status loci = loadLoci(*profile.value()); !loci) return loci.error();
    return profile;
}

Result<std::vector<StrProfileRecord>> StrProfileRepository::listForSample(std::int64_t sampleId) {
    Result<std::vector<StrProfileRecord>> profiles =
        database_.prepare(std::string(kSelectProfile) + "WHERE sample_id = ? ORDER BY id").andThen([&](Statement& statement) {
            statement.bindInt64(1, sampleId);
            return statement.readAll<StrProfileRecord>(readProfile);
        });
    if (!profiles) return profiles;
    for (StrProfileRecord& profile : profiles.value()) {
        if (Status loci = loadLoci(profile); !loci) return loci.error();
    }
    return profiles;
}

}  // namespace reunite::db
