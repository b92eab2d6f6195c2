#include "report/ReportDigest.h"

#include <span>

#include <nlohmann/json.hpp>

#include "domain/FileBytes.h"

namespace reunite::report {
namespace {

using nlohmann::json;

json optionalJson(const std::optional<std::string>& value) { return value ? json(*value) : json(); }
json optionalJson(const std::optional<double>& value) { return value ? json(*value) : json(); }
json optionalJson(const std::optional<std::int64_t>& value) { return value ? json(*value) : json(); }

json imageJson(const Image& image) {
    return {{"width", image.width}, {"height", image.height}, {"sha256", sha256Hex(std::span(image.pixels))}};
}

json fieldsJson(const std::vector<ReportField>& fields) {
    json out = json::array();
    for (const ReportField& f : fields) out.push_back({{"key", f.key}, {"value", f.value}});
    return out;
}

json photoJson(const ReportPhoto& photo) {
    json faces = json::array();
    for (const ReportFaceBox& f : photo.faces) {
        faces.push_back({{"x", f.x}, {"y", f.y}, {"width", f.width}, {"height", f.height},
                         {"score", f.detectionScore}, {"warnings", f.qualityWarningKeys}});
    }
    return {{"file", photo.fileName},       {"sha256", photo.sha256},   {"capture_date", optionalJson(photo.captureDate)},
            {"age", optionalJson(photo.ageAtPhotoYears)}, {"provenance", photo.provenance}, {"status", photo.statusKey},
            {"image", imageJson(photo.image)}, {"faces", faces},          {"problem", photo.problem}};
}

json photosJson(const std::vector<ReportPhoto>& photos) {
    json out = json::array();
    for (const ReportPhoto& p : photos) out.push_back(photoJson(p));
    return out;
}

json caseJson(const CaseSummary& c) {
    return {{"number", c.caseNumber},       {"given_names", c.givenNames},   {"family_name", c.familyName},
            {"sex", sexName(c.sex)},        {"birth_date", optionalJson(c.birthDate)},
            {"last_seen_date", optionalJson(c.lastSeenDate)}, {"last_seen_place", c.lastSeenPlace},
            {"description", c.description}, {"marks", c.distinguishingMarks}, {"contact", c.contact}, {"status", c.statusKey},
            {"created_at", c.createdAt},    {"created_by", c.createdBy},     {"updated_at", c.updatedAt},
            {"updated_by", c.updatedBy}};
}

json relativesJson(const std::vector<ReportRelative>& relatives) {
    json out = json::array();
    for (const ReportRelative& r : relatives) {
        out.push_back({{"relation", r.relationKey}, {"given_names", r.givenNames}, {"family_name", r.familyName},
                       {"sex", sexName(r.sex)}, {"birth_date", optionalJson(r.birthDate)}, {"notes", r.notes},
                       {"photos", photosJson(r.photos)}});
    }
    return out;
}

json progressionsJson(const std::vector<ReportProgression>& progressions) {
    json out = json::array();
    for (const ReportProgression& p : progressions) {
        out.push_back({{"source_photo", p.sourcePhoto}, {"before", imageJson(p.before)}, {"after", imageJson(p.after)},
                       {"source_age", p.sourceAge}, {"target_age", p.targetAge}, {"sex", sexName(p.sex)},
                       {"model_id", p.modelId}, {"model_version", p.modelVersion}, {"parent_used", p.parentUsed},
                       {"parent_weight", p.parentWeight}, {"age_outside_model", p.ageOutsideModel},
                       {"model_youngest", p.modelYoungest}, {"model_oldest", p.modelOldest},
                       {"mesh_folded", p.meshFolded}});
    }
    return out;
}

json likelihoodJson(const std::optional<ReportLikelihood>& likelihood) {
    if (!likelihood) return nullptr;
    json relatives = json::array();
    for (const ReportRelativeLikelihood& r : likelihood->relatives) {
        relatives.push_back({{"relation", r.relationKey}, {"log10", r.log10}, {"counted", r.counted}});
    }
    return {{"identity_log10", optionalJson(likelihood->identityLog10)}, {"kinship_log10", optionalJson(likelihood->kinshipLog10)},
            {"combined_log10", likelihood->combinedLog10}, {"strength", likelihood->strengthKey},
            {"supports", likelihood->supports}, {"relatives", relatives}, {"same_as_relative", likelihood->sameAsRelative}};
}

json leadJson(const ReportLead& lead) {
    json components = json::array();
    for (const ReportScoreComponent& c : lead.components) {
        components.push_back({{"kind", c.kind}, {"distance", c.distance}, {"weight", c.weight}});
    }
    return {{"rank", lead.rank}, {"candidate_id", lead.candidateId}, {"given_names", lead.givenNames},
            {"family_name", lead.familyName}, {"source", lead.sourceKey}, {"ref", lead.externalRef},
            {"region", lead.region}, {"sex", sexName(lead.sex)}, {"birth", lead.birth},
            {"estimated_birth", lead.estimatedBirth.known() ? json::array({lead.estimatedBirth.fromYear, lead.estimatedBirth.toYear}) : json()},
            {"score", lead.score},
            {"fused_distance", optionalJson(lead.fusedDistance)}, {"components", components},
            {"likelihood", likelihoodJson(lead.likelihood)},
            {"chip", imageJson(lead.chip)}, {"decision", optionalJson(lead.currentDecisionKey)}};
}

json runsJson(const std::vector<ReportSearchRun>& runs) {
    json out = json::array();
    for (const ReportSearchRun& run : runs) {
        json leads = json::array();
        for (const ReportLead& lead : run.leads) leads.push_back(leadJson(lead));
        out.push_back({{"run_id", run.runId}, {"run_at", run.runAt}, {"run_by", run.runBy},
                       {"faces_compared", run.facesCompared}, {"model_id", run.modelId},
                       {"model_version", run.modelVersion}, {"duration_ms", run.durationMs},
                       {"parameters", fieldsJson(run.parameters)}, {"age_invariant", run.ageInvariantProvenance},
                       {"provenance_from_run", run.provenanceFromRun}, {"notes", run.notes}, {"leads", leads}});
    }
    return out;
}

json decisionsJson(const std::vector<ReportDecision>& decisions) {
    json out = json::array();
    for (const ReportDecision& d : decisions) {
        out.push_back({{"at", d.decidedAt}, {"by", d.decidedBy}, {"candidate_id", d.candidateId},
                       {"candidate", d.candidateName}, {"ref", d.candidateRef}, {"decision", d.decisionKey},
                       {"run", optionalJson(d.searchRunId)}, {"note", d.note}});
    }
    return out;
}

json analysisJson(const KinshipAnalysisEntry& a) {
    json loci = json::array();
    for (const DnaLocusRow& l : a.loci) {
        loci.push_back({{"marker", l.marker}, {"genotypes", l.genotypes}, {"lr", l.likelihoodRatio},
                        {"consistent", l.consistent}});
    }
    return {{"hypothesis", a.hypothesis}, {"columns", a.sampleColumns}, {"column_roles", a.sampleColumnRoles}, {"table", a.frequencyTable},
            {"theta", a.theta}, {"mutation_model", a.mutationModel}, {"mutation_rate", a.mutationRate},
            {"loci", loci}, {"combined", a.combinedIndex}, {"probability", a.probability}, {"prior", a.prior},
            {"inconsistent", a.inconsistentLoci}, {"cpe", optionalJson(a.cumulativeExclusionPower)},
            {"conclusion", a.conclusionKey}, {"rule", a.rule}, {"analyst", a.analyst}, {"at", a.analysedAt}};
}

json dnaJson(const std::optional<DnaSection>& dna) {
    if (!dna) return json();
    json requests = json::array();
    for (const DnaRequestEntry& r : dna->requests) {
        requests.push_back({{"candidate", r.candidate}, {"by", r.requestedBy}, {"at", r.requestedAt},
                            {"reason", r.reason}, {"status", r.statusKey}});
    }
    json samples = json::array();
    for (const DnaSampleEntry& s : dna->samples) {
        json custody = json::array();
        for (const CustodyEvent& e : s.custody) {
            custody.push_back({{"at", e.at}, {"event", e.eventKey}, {"person", e.person}, {"note", e.note}});
        }
        samples.push_back({{"id", s.sampleId}, {"whose", s.whoseKey}, {"person", s.person}, {"type", s.typeKey},
                           {"collected_at", s.collectedAt}, {"where", s.collectedWhere}, {"by", s.collectedBy},
                           {"custody", custody}});
    }
    json analyses = json::array();
    for (const KinshipAnalysisEntry& a : dna->analyses) analyses.push_back(analysisJson(a));
    return {{"requests", requests}, {"samples", samples}, {"analyses", analyses}, {"outcome", dna->outcome}};
}

json methodJson(const ReportMethod& method) {
    json figures = json::array();
    for (const MethodFigureTable& t : method.figures) {
        figures.push_back({{"title", t.title}, {"columns", t.columns}, {"rows", t.rows}, {"source", t.source}});
    }
    return {{"figures", figures}, {"notes", method.notes}};
}

std::string canonicalContentJson(const CaseReportModel& model) {
    const json content{{"format", "reunite-case-report-content/1"},
                       {"case", caseJson(model.caseInfo)},
                       {"photos", photosJson(model.photos)},
                       {"relatives", relativesJson(model.relatives)},
                       {"progressions", progressionsJson(model.progressions)},
                       {"progression_notes", model.progressionNotes},
                       {"search_runs", runsJson(model.searchRuns)},
                       {"decisions", decisionsJson(model.decisions)},
                       {"dna", dnaJson(model.dna)},
                       {"audit_chain_head", optionalJson(model.auditChainHead)},
                       {"method", methodJson(model.method)}};
    return content.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string contentDigest(const CaseReportModel& model) {
    const std::string canonical = canonicalContentJson(model);
    return sha256Hex(std::span(reinterpret_cast<const std::uint8_t*>(canonical.data()), canonical.size()));
}

}  // namespace reunite::report
