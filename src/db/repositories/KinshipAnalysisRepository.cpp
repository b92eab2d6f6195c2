#include "db/repositories/KinshipAnalysisRepository.h"

#include <nlohmann/json.hpp>

#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Statement.h"
#include "db/sqlite/Transaction.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectAnalysis =
    "SELECT id, request_id, hypothesis, candidate_profile_id, mother_profile_id, father_profile_id, relative_profile_id, "
    "frequency_table_id, theta, mutation_model, mutation_rate, minimum_frequency_rule, prior, combined_lr, "
    "log10_combined_lr, probability, loci_compared, inconsistent_loci, power_of_exclusion, conclusion, conclusion_reason, "
    "rule, skipped_json, analysed_by, analysed_at FROM kinship_analyses ";

KinshipAnalysisRecord readAnalysis(const Statement& row) {
    KinshipAnalysisRecord r;
    r.id = row.columnInt64(0);
    r.requestId = row.columnInt64(1);
    r.hypothesis = row.columnText(2);
    r.candidateProfileId = row.columnInt64(3);
    r.motherProfileId = row.columnOptionalInt64(4);
    r.fatherProfileId = row.columnOptionalInt64(5);
    r.relativeProfileId = row.columnOptionalInt64(6);
    r.frequencyTableId = row.columnInt64(7);
    r.theta = row.columnDouble(8);
    r.mutationModel = row.columnText(9);
    r.mutationRate = row.columnDouble(10);
    r.minimumFrequencyRule = row.columnText(11);
    r.prior = row.columnDouble(12);
    r.combinedLr = row.columnDouble(13);
    r.log10CombinedLr = row.columnDouble(14);
    r.probability = row.columnDouble(15);
    r.lociCompared = row.columnInt(16);
    r.inconsistentLoci = row.columnInt(17);
    r.powerOfExclusion = row.columnOptionalDouble(18);
    r.conclusion = row.columnText(19);
    r.conclusionReason = row.columnText(20);
    r.rule = row.columnText(21);
    r.skippedJson = row.columnText(22);
    r.analysedBy = row.columnText(23);
    r.analysedAt = row.columnText(24);
    return r;
}

KinshipLocusRow readLocus(const Statement& row) {
    KinshipLocusRow locus;
    locus.marker = row.columnText(0);
    locus.lr = row.columnDouble(1);
    locus.consistent = row.columnBool(2);
    locus.mutationModelUsed = row.columnBool(3);
    locus.exclusionPower = row.columnOptionalDouble(4);
    locus.genotypesJson = row.columnText(5);
    locus.notesJson = row.columnText(6);
    return locus;
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

void bindAnalysis(Statement& insert, const KinshipAnalysisRecord& a, std::string_view userName) {
    insert.bindInt64(":request", a.requestId)
        .bindText(":hypothesis", a.hypothesis)
        .bindInt64(":candidate", a.candidateProfileId)
        .bindOptionalInt64(":mother", a.motherProfileId)
        .bindOptionalInt64(":father", a.fatherProfileId)
        .bindOptionalInt64(":relative", a.relativeProfileId)
        .bindInt64(":table", a.frequencyTableId)
        .bindDouble(":theta", a.theta)
        .bindText(":model", a.mutationModel)
        .bindDouble(":rate", a.mutationRate)
        .bindText(":min_rule", a.minimumFrequencyRule)
        .bindDouble(":prior", a.prior)
        .bindDouble(":combined", a.combinedLr)
        .bindDouble(":log10", a.log10CombinedLr)
        .bindDouble(":probability", a.probability)
        .bindInt64(":compared", a.lociCompared)
        .bindInt64(":inconsistent", a.inconsistentLoci)
        .bindOptionalDouble(":pe", a.powerOfExclusion)
        .bindText(":conclusion", a.conclusion)
        .bindText(":reason", a.conclusionReason)
        .bindText(":rule", a.rule)
        .bindText(":skipped", a.skippedJson)
        .bindText(":user", userName)
        .bindText(":now", currentUtcTimestamp());
}

}  // namespace

Result<KinshipAnalysisRecord> KinshipAnalysisRepository::create(const KinshipAnalysisRecord& analysis, std::string_view userName) {
    if (Status valid = validate(analysis, userName); !valid) return valid.error();
    Result<Transaction> transaction = Transaction::begin(database_);
    if (!transaction) return transaction.error();
    auto statement = database_.prepare(
        "INSERT INTO kinship_analyses (request_id, hypothesis, candidate_profile_id, mother_profile_id, father_profile_id, "
        "relative_profile_id, frequency_table_id, theta, mutation_model, mutation_rate, minimum_frequency_rule, prior, "
        "combined_lr, log10_combined_lr, probability, loci_compared, inconsistent_loci, power_of_exclusion, conclusion, "
        "conclusion_reason, rule, skipped_json, analysed_by, analysed_at) VALUES (:request, :hypothesis, :candidate, :mother, "
        ":father, :relative, :table, :theta, :model, :rate, :min_rule, :prior, :combined, :log10, :probability, :compared, "
        ":inconsistent, :pe, :conclusion, :reason, :rule, :skipped, :user, :now)");
    if (!statement) return statement.error();
    bindAnalysis(statement.value(), analysis, userName);
    if (Status inserted = statement.value().run(); !inserted) {
        if (statement.value().failedOnForeignKey()) {
            return databaseError("cannot store the analysis: its DNA request, a profile or the frequency table does not exist");
        }
        if (statement.value().failedOnCheckConstraint()) return invalidArgument("the analysis has a value out of range: " + inserted.error().message);
        return databaseError("could not store the analysis: " + inserted.error().message);
    }
    const std::int64_t id = database_.lastInsertRowId();
    if (Status loci = insertLoci(id, analysis.loci); !loci) return loci.error();
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return get(id);
}

Status KinshipAnalysisRepository::insertLoci(std::int64_t analysisId, const std::vector<KinshipLocusRow>& loci) {
    auto statement = database_.prepare(
        "INSERT INTO kinship_locus_results (analysis_id, position, marker, lr, consistent, mutation_model_used, exclusion_power, "
        "genotypes_json, notes_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!statement) return statement.error();
    for (std::size_t i = 0; i < loci.size(); ++i) {
        const KinshipLocusRow& locus = loci[i];
        Statement& insert = statement.value();
        insert.reset();
        insert.bindInt64(1, analysisId)
            .bindInt64(2, static_cast<std::int64_t>(i))
            .bindText(3, locus.marker)
            .bindDouble(4, locus.lr)
            .bindBool(5, locus.consistent)
            .bindBool(6, locus.mutationModelUsed)
            .bindOptionalDouble(7, locus.exclusionPower)
            .bindText(8, locus.genotypesJson)
            .bindText(9, locus.notesJson);
        if (Status inserted = insert.run(); !inserted) {
            return databaseError("could not store the result of marker " + locus.marker + ": " + inserted.error().message);
        }
    }
    return Ok{};
}

Status KinshipAnalysisRepository::loadLoci(KinshipAnalysisRecord& analysis) {
    return database_
        .prepare("SELECT marker, lr, consistent, mutation_model_used, exclusion_power, genotypes_json, notes_json "
                 "FROM kinship_locus_results WHERE analysis_id = ? ORDER BY position")
        .andThen([&](Statement& statement) -> Status {
            statement.bindInt64(1, analysis.id);
            Result<std::vector<KinshipLocusRow>> loci = statement.readAll<KinshipLocusRow>(readLocus);
            if (!loci) return loci.error();
            analysis.loci = std::move(loci).value();
            return Ok{};
        });
}

Result<KinshipAnalysisRecord> KinshipAnalysisRepository::get(std::int64_t analysisId) {
    Result<KinshipAnalysisRecord> analysis = database_.prepare(std::string(kSelectAnalysis) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, analysisId);
        return statement.readOne<KinshipAnalysisRecord>(readAnalysis, "no kinship analysis " + std::to_string(analysisId));
    });
    if (!analysis) return analysis;
    if (Status loci = loadLoci(analysis.value()); !loci) return loci.error();
    return analysis;
}

Result<std::vector<KinshipAnalysisRecord>> KinshipAnalysisRepository::listForRequest(std::int64_t requestId) {
    Result<std::vector<KinshipAnalysisRecord>> analyses =
        database_.prepare(std::string(kSelectAnalysis) + "WHERE request_id = ? ORDER BY id").andThen([&](Statement& statement) {
            statement.bindInt64(1, requestId);
            return statement.readAll<KinshipAnalysisRecord>(readAnalysis);
        });
    if (!analyses) return analyses;
    for (KinshipAnalysisRecord& analysis : analyses.value()) {
        if (Status loci = loadLoci(analysis); !loci) return loci.error();
    }
    return analyses;
}

Result<std::optional<KinshipAnalysisRecord>> KinshipAnalysisRepository::latestForRequest(std::int64_t requestId) {
    Result<std::optional<KinshipAnalysisRecord>> analysis =
        database_.prepare(std::string(kSelectAnalysis) + "WHERE request_id = ? ORDER BY id DESC LIMIT 1").andThen([&](Statement& statement) {
            statement.bindInt64(1, requestId);
            return statement.readOptional<KinshipAnalysisRecord>(readAnalysis);
        });
    if (!analysis || !analysis.value()) return analysis;
    if (Status loci = loadLoci(*analysis.value()); !loci) return loci.error();
    return analysis;
}

}  // namespace reunite::db
