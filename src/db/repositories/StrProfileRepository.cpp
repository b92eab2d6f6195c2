#include "db/repositories/StrProfileRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

Status validate(const StrProfileRecord& profile, std::string_view userName) {
    if (Status sha = requireSha256Hex(profile.sourceSha256, "the source file's"); !sha) return sha;
    if (profile.fileLayout != "simple_csv" && profile.fileLayout != "genemapper") {
        return invalidArgument("file layout must be simple_csv or genemapper");
    }
    if (profile.loci.empty()) return invalidArgument("an STR profile needs at least one locus");
    return firstFailure({requireNotBlank(profile.sourceFile, "source file"), requireNotBlank(userName, "user name")});
}

Status storeLoci(Database& database, std::int64_t profileId, const StrProfileRecord& profile) {
    return insertEachRow(
        database, "INSERT INTO str_profile_loci (profile_id, marker, alleles, source_line) VALUES (?, ?, ?, ?)", profile.loci,
        [&](Statement& insert, std::int64_t, const StrLocusRow& locus) {
            bindPositional(insert, 1, profileId, locus.marker, locus.alleles, locus.sourceLine);
        },
        [](const StrLocusRow& locus, const Statement&, const Error& error) {
            return databaseError("could not store marker " + locus.marker + " of the STR profile: " + error.message);
        });
}

const RecordTable<StrLocusRow>& lociTable() {
    static const RecordTable<StrLocusRow> table("str_profile_loci", {
        column<&StrLocusRow::marker>("marker"), column<&StrLocusRow::alleles>("alleles"),
        column<&StrLocusRow::sourceLine>("source_line"),
    });
    return table;
}

Status loadLoci(Database& database, StrProfileRecord& profile) {
    return readChildRows(database, lociTable(), "WHERE profile_id = ? ORDER BY marker", profile.id, profile.loci);
}

}  // namespace

StrProfileRepository::StrProfileRepository(Database& database)
    : TableRepository(database, "STR profile", "str_profiles", {
        column<&StrProfileRecord::id>("id", ColumnUse::Key), column<&StrProfileRecord::sampleId>("sample_id"),
        column<&StrProfileRecord::kit>("kit"), column<&StrProfileRecord::lab>("lab"),
        column<&StrProfileRecord::labReportId>("lab_report_id"), column<&StrProfileRecord::sourceFile>("source_file"),
        column<&StrProfileRecord::sourceSha256>("source_sha256"), column<&StrProfileRecord::fileLayout>("file_layout"),
        column<&StrProfileRecord::importedBy>("imported_by", ColumnUse::CreatedBy),
        column<&StrProfileRecord::importedAt>("imported_at", ColumnUse::CreatedAt),
    }, {storeLoci, loadLoci}) {}

Result<StrProfileRecord> StrProfileRepository::create(const StrProfileRecord& profile, std::string_view userName) {
    if (Status valid = validate(profile, userName); !valid) return valid.error();
    return insertRecord(profile, userName, {"store the STR profile",
                                 "this file (" + profile.sourceFile + ") has already been imported for sample " +
                                     std::to_string(profile.sampleId),
                                 "no DNA sample " + std::to_string(profile.sampleId)});
}

Result<std::optional<StrProfileRecord>> StrProfileRepository::latestForSample(std::int64_t sampleId) {
    return selectOptional("WHERE sample_id = ? ORDER BY id DESC LIMIT 1", sampleId);
}

Result<std::vector<StrProfileRecord>> StrProfileRepository::listForSample(std::int64_t sampleId) {
    return selectAll("WHERE sample_id = ? ORDER BY id", sampleId);
}

}  // namespace reunite::db
