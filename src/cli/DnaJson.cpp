#include "cli/DnaJson.h"

namespace reunite::cli {

namespace {

template <typename T>
nlohmann::json optionalJson(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json parsedOr(const std::string& text, nlohmann::json fallback) {
    nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    return parsed.is_discarded() ? fallback : parsed;
}

}  // namespace

nlohmann::json dnaRequestToJson(const db::DnaRequestRecord& r) {
    return {{"request_id", r.id},          {"case_id", r.caseId},       {"candidate_id", r.candidateId},
            {"reason", r.reason},          {"status", toDatabaseText(r.status)}, {"review_decision_id", optionalJson(r.reviewDecisionId)},
            {"requested_by", r.requestedBy}, {"requested_at", r.requestedAt}, {"updated_at", r.updatedAt}};
}

nlohmann::json dnaSampleToJson(const db::DnaSampleRecord& s) {
    return {{"sample_record_id", s.id},     {"request_id", s.requestId},       {"sample_id", s.sampleCode},
            {"donor", toDatabaseText(s.donorRole)}, {"relative_id", optionalJson(s.relativeId)}, {"donor_name", s.donorName},
            {"type", toDatabaseText(s.sampleType)}, {"collected_at", s.collectedAt}, {"collected_place", s.collectedPlace},
            {"collected_by", s.collectedBy}, {"note", s.note}, {"registered_by", s.registeredBy}, {"registered_at", s.registeredAt}};
}

nlohmann::json custodyEventToJson(const db::CustodyEventRecord& e) {
    return {{"event_id", e.id}, {"sample_record_id", e.sampleId}, {"event", toDatabaseText(e.event)}, {"at", e.occurredAt},
            {"person", e.person}, {"note", e.note}, {"recorded_by", e.recordedBy}, {"recorded_at", e.recordedAt}};
}

nlohmann::json strProfileToJson(const db::StrProfileRecord& p) {
    nlohmann::json loci = nlohmann::json::object();
    for (const db::StrLocusRow& locus : p.loci) loci[locus.marker] = locus.alleles;
    return {{"profile_id", p.id}, {"sample_record_id", p.sampleId}, {"kit", p.kit}, {"lab", p.lab},
            {"lab_report_id", p.labReportId}, {"source_file", p.sourceFile}, {"source_sha256", p.sourceSha256},
            {"layout", p.fileLayout}, {"imported_by", p.importedBy}, {"imported_at", p.importedAt}, {"loci", loci}};
}

nlohmann::json frequencyTableToJson(const db::FrequencyTableRecord& t) {
    return {{"table_id", t.id}, {"name", t.name}, {"source_file", t.sourceFile}, {"sha256", t.sha256},
            {"markers", t.markerCount}, {"imported_by", t.importedBy}, {"imported_at", t.importedAt}};
}

nlohmann::json kinshipAnalysisToJson(const db::KinshipAnalysisRecord& a) {
    nlohmann::json loci = nlohmann::json::array();
    for (const db::KinshipLocusRow& l : a.loci) {
        loci.push_back({{"marker", l.marker}, {"lr", l.lr}, {"consistent", l.consistent}, {"mutation_model_used", l.mutationModelUsed},
                        {"exclusion_power", optionalJson(l.exclusionPower)}, {"genotypes", parsedOr(l.genotypesJson, nlohmann::json::object())},
                        {"notes", parsedOr(l.notesJson, nlohmann::json::array())}});
    }
    return {{"analysis_id", a.id},
            {"request_id", a.requestId},
            {"hypothesis", a.hypothesis},
            {"profiles", {{"candidate", a.candidateProfileId}, {"mother", optionalJson(a.motherProfileId)},
                          {"father", optionalJson(a.fatherProfileId)}, {"relative", optionalJson(a.relativeProfileId)}}},
            {"frequency_table_id", a.frequencyTableId},
            {"theta", a.theta},
            {"mutation_model", a.mutationModel},
            {"mutation_rate", a.mutationRate},
            {"minimum_frequency_rule", a.minimumFrequencyRule},
            {"combined_lr", a.combinedLr},
            {"log10_combined_lr", a.log10CombinedLr},
            {"probability", a.probability},
            {"prior", a.prior},
            {"loci_compared", a.lociCompared},
            {"inconsistent_loci", a.inconsistentLoci},
            {"power_of_exclusion", optionalJson(a.powerOfExclusion)},
            {"conclusion", a.conclusion},
            {"conclusion_reason", a.conclusionReason},
            {"rule", a.rule},
            {"loci", loci},
            {"skipped_loci", parsedOr(a.skippedJson, nlohmann::json::array())},
            {"analysed_by", a.analysedBy},
            {"analysed_at", a.analysedAt}};
}

nlohmann::json caseOutcomeToJson(const db::CaseOutcomeRecord& o) {
    return {{"outcome_id", o.id}, {"case_id", o.caseId}, {"request_id", o.requestId}, {"analysis_id", optionalJson(o.analysisId)},
            {"outcome", toDatabaseText(o.outcome)}, {"note", o.note}, {"decided_by", o.decidedBy}, {"decided_at", o.decidedAt}};
}

nlohmann::json importProblemsToJson(const std::vector<dna::ImportProblem>& problems) {
    nlohmann::json out = nlohmann::json::array();
    for (const dna::ImportProblem& p : problems) {
        out.push_back({{"line", p.line}, {"severity", p.severity == dna::ImportProblem::Severity::Error ? "error" : "warning"},
                       {"sample", p.sample}, {"marker", p.marker}, {"message", p.message}});
    }
    return out;
}

nlohmann::json labImportToJson(const workflows::LabImportReport& report) {
    nlohmann::json profiles = nlohmann::json::array();
    for (const db::StrProfileRecord& p : report.stored) profiles.push_back(strProfileToJson(p));
    return {{"file", report.fileName}, {"sha256", report.sha256}, {"layout", report.layout}, {"imported", report.imported()},
            {"profiles", profiles}, {"problems", importProblemsToJson(report.problems)}};
}

nlohmann::json frequencyTableImportToJson(const workflows::FrequencyTableImportReport& report) {
    return {{"file", report.fileName}, {"imported", report.stored.has_value()},
            {"table", report.stored ? frequencyTableToJson(*report.stored) : nlohmann::json(nullptr)},
            {"problems", importProblemsToJson(report.problems)}};
}

nlohmann::json dnaCaseFileToJson(const workflows::DnaCaseFile& file, const std::string& caseNumber) {
    nlohmann::json requests = nlohmann::json::array();
    for (const workflows::DnaRequestFile& r : file.requests) {
        nlohmann::json request = dnaRequestToJson(r.request);
        request["candidate"] = {{"id", r.candidate.id}, {"external_ref", r.candidate.externalRef},
                                {"name", db::candidateDisplayName(r.candidate)}};
        request["samples"] = nlohmann::json::array();
        for (const workflows::DnaSampleFile& s : r.samples) {
            nlohmann::json sample = dnaSampleToJson(s.sample);
            sample["custody"] = nlohmann::json::array();
            for (const db::CustodyEventRecord& e : s.timeline) sample["custody"].push_back(custodyEventToJson(e));
            sample["profile"] = s.latestProfile ? strProfileToJson(*s.latestProfile) : nlohmann::json(nullptr);
            request["samples"].push_back(sample);
        }
        request["analyses"] = nlohmann::json::array();
        for (const db::KinshipAnalysisRecord& a : r.analyses) request["analyses"].push_back(kinshipAnalysisToJson(a));
        request["outcomes"] = nlohmann::json::array();
        for (const db::CaseOutcomeRecord& o : r.outcomes) request["outcomes"].push_back(caseOutcomeToJson(o));
        requests.push_back(request);
    }
    return {{"case", caseNumber}, {"case_id", file.caseId}, {"requests", requests}};
}

}  // namespace reunite::cli
