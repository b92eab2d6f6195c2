#include "db/repositories/StrProfileRepository.h"

#include "db/records/RecordValidation.h"
#include "db/sealing/SealedText.h"

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

// Where a locus's alleles are sealed in an encrypted database.
std::string allelesName(std::int64_t profileId, std::string_view marker) {
    return "str_profile_loci/" + std::to_string(profileId) + "/" + std::string(marker) + "/alleles";
}

Status storeLoci(Database& database, std::int64_t profileId, const StrProfileRecord& profile) {
    Result<const FieldSealer*> sealer = database.sealerForWriting();
    if (!sealer) return sealer.error();
    std::vector<std::string_view> alleles;
    for (const StrLocusRow& locus : profile.loci) alleles.push_back(locus.alleles);
    Result<std::vector<std::vector<std::byte>>> sealed =
        sealTexts(sealer.value(), alleles, [&](std::size_t index) { return allelesName(profileId, profile.loci[index].marker); });
    if (!sealed) return sealed.error();
    return insertEachRow(
        database, "INSERT INTO str_profile_loci (profile_id, marker, alleles, source_line) VALUES (?, ?, ?, ?)", profile.loci,
        [&](Statement& insert, std::int64_t position, const StrLocusRow& locus) {
            bindPositional(insert, 1, profileId, locus.marker);
            bindSealedText(insert, 3, locus.alleles, sealed.value(), static_cast<std::size_t>(position));
            insert.bindInt64(4, locus.sourceLine);
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
    if (Status read = readChildRows(database, lociTable(), "WHERE profile_id = ? ORDER BY marker", profile.id, profile.loci); !read) return read;
    return database.prepare("SELECT alleles FROM str_profile_loci WHERE profile_id = ? ORDER BY marker").andThen([&](Statement& statement) -> Status {
        statement.bindInt64(1, profile.id);
        std::size_t index = 0;
        std::optional<Error> failure;
        Result<std::int64_t> visited = statement.forEachRow([&](const Statement& row) {
            if (index >= profile.loci.size()) return ScanStep::Stop;
            StrLocusRow& locus = profile.loci[index++];
            Result<std::string> alleles = readSealedText(database, row, 0, allelesName(profile.id, locus.marker));
            if (!alleles) {
                failure = alleles.error();
                return ScanStep::Stop;
            }
            locus.alleles = std::move(alleles).value();
            return ScanStep::Continue;
        });
        if (!visited) return visited.error();
        if (failure) return *failure;
        return Ok{};
    });
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

Result<std::int64_t> StrProfileRepository::sealPlainLoci() {
    return sealPlainChildTexts(database_, "str_profile_loci", "profile_id", "marker", "alleles",
                               [](std::int64_t profileId, const std::string& marker) { return allelesName(profileId, marker); });
}

}  // namespace reunite::db
