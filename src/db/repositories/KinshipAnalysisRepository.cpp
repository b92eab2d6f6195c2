#include "db/repositories/KinshipAnalysisRepository.h"

#include <nlohmann/json.hpp>

#include "db/records/RecordValidation.h"
#include "db/sealing/SealedText.h"

namespace reunite::db {

namespace {

// The loci are read through this table; they are written with their analysis id and position.
constexpr int kGenotypesColumn = 5;
const RecordTable<KinshipLocusRow>& lociTable() {
    static const RecordTable<KinshipLocusRow> table("kinship_locus_results", {
        column<&KinshipLocusRow::marker>("marker"), column<&KinshipLocusRow::lr>("lr"),
        column<&KinshipLocusRow::consistent>("consistent"), column<&KinshipLocusRow::mutationModelUsed>("mutation_model_used"),
        column<&KinshipLocusRow::exclusionPower>("exclusion_power"), column<&KinshipLocusRow::genotypesJson>("genotypes_json"),
        column<&KinshipLocusRow::notesJson>("notes_json"),
    });
    return table;
}

bool isJson(const std::string& text, bool array) {
    const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    return !parsed.is_discarded() && (array ? parsed.is_array() : parsed.is_object());
}

Status validate(const KinshipAnalysisRecord& a, std::string_view userName) {
    if (a.loci.empty()) return invalidArgument("an analysis needs at least one locus result");
    if (!isJson(a.skippedJson, true)) return invalidArgument("skipped loci must be a JSON array");
    for (const KinshipLocusRow& locus : a.loci) {
        if (!isJson(locus.genotypesJson, false) || !isJson(locus.notesJson, true)) {
            return invalidArgument("marker " + locus.marker + ": genotypes must be a JSON object and notes a JSON array");
        }
    }
    return firstFailure({requireNotBlank(a.hypothesis, "hypothesis"), requireNotBlank(a.conclusion, "conclusion"),
                         requireNotBlank(a.rule, "rule"), requireNotBlank(userName, "user name")});
}

// Where a locus result's genotypes are sealed in an encrypted database.
std::string genotypesName(std::int64_t analysisId, std::size_t position) {
    return "kinship_locus_results/" + std::to_string(analysisId) + "/" + std::to_string(position) + "/genotypes_json";
}

Status storeLoci(Database& database, std::int64_t analysisId, const KinshipAnalysisRecord& analysis) {
    Result<const FieldSealer*> sealer = database.sealerForWriting();
    if (!sealer) return sealer.error();
    std::vector<std::string_view> genotypes;
    for (const KinshipLocusRow& locus : analysis.loci) genotypes.push_back(locus.genotypesJson);
    Result<std::vector<std::vector<std::byte>>> sealed =
        sealTexts(sealer.value(), genotypes, [&](std::size_t position) { return genotypesName(analysisId, position); });
    if (!sealed) return sealed.error();
    return insertEachRow(
        database,
        "INSERT INTO kinship_locus_results (analysis_id, position, marker, lr, consistent, mutation_model_used, "
        "exclusion_power, genotypes_json, notes_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        analysis.loci,
        [&](Statement& insert, std::int64_t position, const KinshipLocusRow& locus) {
            bindPositional(insert, 1, analysisId, position, locus.marker);
            insert.bindDouble(4, locus.lr).bindBool(5, locus.consistent).bindBool(6, locus.mutationModelUsed);
            insert.bindOptionalDouble(7, locus.exclusionPower);
            bindSealedText(insert, 8, locus.genotypesJson, sealed.value(), static_cast<std::size_t>(position));
            insert.bindText(9, locus.notesJson);
        },
        [](const KinshipLocusRow& locus, const Statement&, const Error& error) {
            return databaseError("could not store the result of marker " + locus.marker + ": " + error.message);
        });
}

Status loadLoci(Database& database, KinshipAnalysisRecord& analysis) {
    return database.prepare(lociTable().select() + "WHERE analysis_id = ? ORDER BY position").andThen([&](Statement& statement) -> Status {
        statement.bindInt64(1, analysis.id);
        std::size_t position = 0;  // positions are stored 0, 1, 2, ... (storeLoci)
        Result<std::vector<KinshipLocusRow>> loci = statement.readAll<KinshipLocusRow>([&](const Statement& row) -> Result<KinshipLocusRow> {
            Result<KinshipLocusRow> locus = lociTable().read(row, database);
            if (!locus) return locus.error();
            Result<std::string> genotypes = readSealedText(database, row, kGenotypesColumn, genotypesName(analysis.id, position++));
            if (!genotypes) return genotypes.error();
            locus.value().genotypesJson = std::move(genotypes).value();
            return locus;
        });
        if (!loci) return loci.error();
        analysis.loci = std::move(loci).value();
        return Ok{};
    });
}

}  // namespace

KinshipAnalysisRepository::KinshipAnalysisRepository(Database& database)
    : TableRepository(database, "kinship analysis", "kinship_analyses", {
        column<&KinshipAnalysisRecord::id>("id", ColumnUse::Key),
        column<&KinshipAnalysisRecord::requestId>("request_id"),
        column<&KinshipAnalysisRecord::hypothesis>("hypothesis"),
        column<&KinshipAnalysisRecord::candidateProfileId>("candidate_profile_id"),
        column<&KinshipAnalysisRecord::motherProfileId>("mother_profile_id"),
        column<&KinshipAnalysisRecord::fatherProfileId>("father_profile_id"),
        column<&KinshipAnalysisRecord::relativeProfileId>("relative_profile_id"),
        column<&KinshipAnalysisRecord::frequencyTableId>("frequency_table_id"),
        column<&KinshipAnalysisRecord::theta>("theta"),
        column<&KinshipAnalysisRecord::mutationModel>("mutation_model"),
        column<&KinshipAnalysisRecord::mutationRate>("mutation_rate"),
        column<&KinshipAnalysisRecord::minimumFrequencyRule>("minimum_frequency_rule"),
        column<&KinshipAnalysisRecord::prior>("prior"), column<&KinshipAnalysisRecord::combinedLr>("combined_lr"),
        column<&KinshipAnalysisRecord::log10CombinedLr>("log10_combined_lr"),
        column<&KinshipAnalysisRecord::probability>("probability"),
        column<&KinshipAnalysisRecord::lociCompared>("loci_compared"),
        column<&KinshipAnalysisRecord::inconsistentLoci>("inconsistent_loci"),
        column<&KinshipAnalysisRecord::powerOfExclusion>("power_of_exclusion"),
        column<&KinshipAnalysisRecord::conclusion>("conclusion"),
        column<&KinshipAnalysisRecord::conclusionReason>("conclusion_reason"),
        column<&KinshipAnalysisRecord::rule>("rule"), column<&KinshipAnalysisRecord::skippedJson>("skipped_json"),
        column<&KinshipAnalysisRecord::analysedBy>("analysed_by", ColumnUse::CreatedBy),
        column<&KinshipAnalysisRecord::analysedAt>("analysed_at", ColumnUse::CreatedAt),
    }, {storeLoci, loadLoci}) {}

Result<KinshipAnalysisRecord> KinshipAnalysisRepository::create(const KinshipAnalysisRecord& analysis, std::string_view userName) {
    if (Status valid = validate(analysis, userName); !valid) return valid.error();
    return insertRecord(analysis, userName, {"store the analysis", {},
                                 "cannot store the analysis: its DNA request, a profile or the frequency table does not exist",
                                 "the analysis has a value out of range"});
}

Result<std::vector<KinshipAnalysisRecord>> KinshipAnalysisRepository::listForRequest(std::int64_t requestId) {
    return selectAll("WHERE request_id = ? ORDER BY id", requestId);
}

Result<std::optional<KinshipAnalysisRecord>> KinshipAnalysisRepository::latestForRequest(std::int64_t requestId) {
    return selectOptional("WHERE request_id = ? ORDER BY id DESC LIMIT 1", requestId);
}

Result<std::int64_t> KinshipAnalysisRepository::sealPlainLoci() {
    return sealPlainChildTexts(database_, "kinship_locus_results", "analysis_id", "position", "genotypes_json",
                               [](std::int64_t analysisId, const std::string& position) {
                                   return genotypesName(analysisId, static_cast<std::size_t>(std::stoll(position)));
                               });
}

}  // namespace reunite::db
