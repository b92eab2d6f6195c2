#include "workflows/report/CaseReportBuilder.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "db/records/RecordEnums.h"
#include "db/repositories/AuditLogRepository.h"
#include "workflows/age/ProgressionActions.h"
#include "workflows/age/ProgressionTarget.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/report/MethodFigures.h"
#include "workflows/report/ReportCaseSummary.h"
#include "workflows/report/ReportPictures.h"
#include "workflows/report/StoredDnaSection.h"
#include "workflows/review/ReviewActions.h"
#include "workflows/search/CaseSearchActions.h"

namespace reunite::workflows {
namespace {

using nlohmann::json;

constexpr double kProgressionWiden = 2.0;
constexpr double kProgressionAspect = 0.8;
constexpr int kProgressionMaxSide = 420;

std::string birthOf(const db::CandidateRecord& c) {
    if (c.birthDate) return *c.birthDate;
    if (c.birthYear) return (c.birthYearIsEstimate ? "~" : "") + std::to_string(*c.birthYear);
    return "";
}

std::string listOrAll(const json& values) {
    if (!values.is_array() || values.empty()) return "all";
    std::string out;
    for (const json& v : values) out += (out.empty() ? "" : ", ") + (v.is_string() ? v.get<std::string>() : v.dump());
    return out;
}

std::string scalar(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
    return value.dump();
}

// The stored run parameters as labelled fields (known keys first, in a fixed order, then the rest).
std::vector<report::ReportField> parametersOf(const std::string& parametersJson) {
    const json p = json::parse(parametersJson, nullptr, false);
    std::vector<report::ReportField> fields;
    if (!p.is_object()) return {{"parameters", parametersJson}};
    std::set<std::string> used;
    const auto take = [&](const std::string& key, std::string value) {
        fields.push_back({key, std::move(value)});
        used.insert(key);
    };
    if (p.contains("top_k")) take("top_k", scalar(p["top_k"]));
    if (p.contains("probes")) take("probes", scalar(p["probes"]));
    if (p.contains("sex")) take("sex", scalar(p["sex"]));
    if (p.contains("birth_year_from") || p.contains("birth_year_to")) {
        const json from = p.value("birth_year_from", json());
        const json to = p.value("birth_year_to", json());
        take("birth_years", from.is_null() && to.is_null() ? "any" : scalar(from) + "–" + scalar(to));
        used.insert("birth_year_from");
        used.insert("birth_year_to");
    }
    if (p.contains("include_unknown_birth_year")) take("include_unknown_birth_year", scalar(p["include_unknown_birth_year"]));
    if (p.contains("use_estimated_birth_years")) take("use_estimated_birth_years", scalar(p["use_estimated_birth_years"]));
    take("sources", listOrAll(p.value("sources", json::array())));
    take("regions", listOrAll(p.value("regions", json::array())));
    if (p.contains("eligible_candidates")) take("eligible_candidates", scalar(p["eligible_candidates"]));
    if (p.contains("excluded_rejected")) take("excluded_rejected", scalar(p["excluded_rejected"]));
    if (p.contains("age_invariant")) take("age_invariant", scalar(p["age_invariant"]));
    if (p.contains("weighting") && p["weighting"].is_object()) {
        std::string weights;
        for (const auto& [kind, w] : p["weighting"].items()) {
            weights += (weights.empty() ? "" : "; ") + kind + " " + scalar(w.value("weight", json())) + " (scale " +
                       scalar(w.value("scale", json())) + ")";
        }
        take("weighting", weights.empty() ? "-" : weights);
    }
    used.insert("age_invariant_provenance");
    for (const auto& [key, value] : p.items()) {
        if (!used.count(key)) fields.push_back({key, scalar(value)});
    }
    return fields;
}

std::optional<double> optionalNumber(const json& object, const char* key) {
    if (!object.contains(key) || !object[key].is_number()) return std::nullopt;
    return object[key].get<double>();
}

std::optional<report::ReportLikelihood> likelihoodOf(const json& b) {
    if (!b.contains("likelihood") || !b["likelihood"].is_object()) return std::nullopt;
    const json& l = b["likelihood"];
    const std::optional<double> combined = optionalNumber(l, "combined_log10");
    if (!combined) return std::nullopt;
    report::ReportLikelihood out;
    out.identityLog10 = optionalNumber(l, "identity_log10");
    out.kinshipLog10 = optionalNumber(l, "kinship_log10");
    out.combinedLog10 = *combined;
    out.strengthKey = l.value("strength", std::string());
    out.supports = l.value("supports", std::string());
    for (const json& r : l.value("relatives", json::array())) {
        out.relatives.push_back({r.value("relation", std::string()), r.value("log10", 0.0), r.value("counted", false)});
    }
    out.sameAsRelative = l.value("same_as_relative", json::array()).size();
    return out;
}

void applyBreakdown(const std::string& breakdownJson, report::ReportLead& lead) {
    const json b = json::parse(breakdownJson, nullptr, false);
    if (!b.is_object()) return;
    if (b.contains("fused_distance") && b["fused_distance"].is_number()) lead.fusedDistance = b["fused_distance"].get<double>();
    for (const json& c : b.value("components", json::array())) {
        lead.components.push_back(report::ReportScoreComponent{c.value("kind", std::string()), c.value("distance", 0.0),
                                                               c.value("weight", 0.0)});
    }
    lead.likelihood = likelihoodOf(b);
}

}  // namespace

namespace {

// "ENTRY:SHA256" of the trail's last entry, as `reunite-cli audit verify --expect-head` takes it.
Result<std::string> currentAuditHead(db::Database& database) {
    Result<std::optional<db::AuditEntryRecord>> last = db::AuditLogRepository(database).last();
    if (!last) return last.error();
    if (!last.value()) return auditHeadText(0, {});
    return auditHeadText(last.value()->id, last.value()->entryHash);
}

}  // namespace

Status CaseReportBuilder::step() {
    if (cancel_.isCancelled()) return makeError(ErrorCode::Cancelled, "the report was cancelled");
    ++progress_.processed;
    if (onProgress_) onProgress_(progress_);
    return Ok{};
}

Result<report::CaseReportModel> CaseReportBuilder::build(const CaseReportRequest& request, const ProgressCallback& onProgress,
                                                          const CancellationToken& cancel) {
    if (Status allowed = session_.authorizeCase(Permission::ViewCases, request.document.caseId); !allowed) return allowed.error();
    AuditFields parameters;
    if (request.topLeads) parameters.emplace_back("top_leads", std::to_string(*request.topLeads));
    if (request.topLeads && *request.topLeads < 1) return makeError(ErrorCode::InvalidArgument, "the number of top leads must be at least 1");
    if (Status recorded = session_.audit({"report.case", request.document.caseId, {{"case", std::to_string(request.document.caseId)}}, parameters});
        !recorded) {
        return recorded.error();
    }
    request_ = request;
    onProgress_ = onProgress;
    cancel_ = cancel;
    progress_ = Progress{};
    chips_.clear();
    seen_.clear();
    Result<CaseFile> file = CaseActions(session_).open(request.document.caseId);
    if (!file) return file.error();
    Result<std::vector<RankedLeads>> runs = loadRuns(request.document.caseId);
    if (!runs) return runs.error();

    report::CaseReportModel model;
    model.language = request.document.language;
    model.generatedAt = documentTime(request.document);
    model.generatedBy = session_.userName();
    model.classification = request.classification;
    model.auditChainHead = request.auditChainHead;
    if (!model.auditChainHead) {
        Result<std::string> head = currentAuditHead(session_.database());
        if (!head) return head.error();
        model.auditChainHead = head.value();
    }
    model.dna = request.dna;
    if (!model.dna) {
        Result<std::optional<report::DnaSection>> stored = storedDnaSection(session_, request.document.caseId);
        if (!stored) return stored.error();
        model.dna = std::move(stored).value();
    }
    model.caseInfo = caseSummaryOf(file.value().record);

    progress_.total = file.value().photos.size() * (request.progressions ? 2 : 1);
    for (const RelativeFile& relative : file.value().relatives) progress_.total += relative.photos.size();
    for (const RankedLeads& run : runs.value()) progress_.total += run.leads.size() + 1;

    if (Status added = addPhotos(file.value(), model); !added) return added.error();
    if (Status added = addSearchRuns(runs.value(), model); !added) return added.error();
    if (Status added = addDecisions(request.document.caseId, model); !added) return added.error();
    addMethod(model);
    return model;
}

// Each childhood photo is decoded once, printed, and progressed (when asked) before the next one;
// then the relatives' photos.
Status CaseReportBuilder::addPhotos(const CaseFile& file, report::CaseReportModel& model) {
    for (const PhotoWithFaces& photo : file.photos) {
        Result<Image> decoded = decodedReportPhoto(session_.photoStore(), photo);
        model.photos.push_back(reportPhotoOf(photo, decoded, request_.photoMaxSide));
        if (Status stepped = step(); !stepped) return stepped;
        if (!request_.progressions) continue;
        if (Status added = addProgression(file.record, photo, std::move(decoded), model); !added) return added;
        if (Status stepped = step(); !stepped) return stepped;
    }
    for (const RelativeFile& relative : file.relatives) {
        const db::RelativeRecord& r = relative.relative;
        report::ReportRelative entry{std::string(db::toDatabaseText(r.relation)), r.givenNames, r.familyName, r.sex,
                                     r.birthDate, r.notes, {}};
        for (const PhotoWithFaces& photo : relative.photos) {
            entry.photos.push_back(reportPhotoOf(photo, decodedReportPhoto(session_.photoStore(), photo), request_.photoMaxSide));
            if (Status stepped = step(); !stepped) return stepped;
        }
        model.relatives.push_back(std::move(entry));
    }
    return Ok{};
}

// The progression of a childhood photo with a face and enough dates, at the child's age on the
// report date. An unreadable photo, a missing age model or a failed warp becomes a note.
Status CaseReportBuilder::addProgression(const db::CaseRecord& theCase, const PhotoWithFaces& photo, Result<Image> decoded,
                                         report::CaseReportModel& model) {
    const std::vector<db::FaceRow> faces = distinctFaces(photo.faces);
    const std::optional<double> target = progressionTargetAge(theCase, photo.photo, model.generatedAt);
    if (faces.empty() || !target) return Ok{};
    if (!decoded) {
        model.progressionNotes.push_back(photo.photo.originalFileName + ": " + decoded.error().message);
        return Ok{};
    }
    const ProgressionAges ages{*photo.photo.ageAtPhotoYears, *target, theCase.sex};
    Result<RenderedProgression> rendered = ProgressionActions(session_).renderDecoded(std::move(decoded).value(), faces.front().landmarks, ages);
    if (!rendered) {
        if (rendered.error().code == ErrorCode::Database) return rendered.error();
        model.progressionNotes.push_back(photo.photo.originalFileName + ": " + rendered.error().message);
        return Ok{};
    }
    const RenderedProgression& r = rendered.value();
    const RectF& box = faces.front().detection.box;
    report::ReportProgression entry;
    entry.sourcePhoto = photo.photo.originalFileName;
    entry.before = faceRegion(r.before, box, kProgressionWiden, kProgressionAspect, kProgressionMaxSide);
    entry.after = faceRegion(r.result.image, box, kProgressionWiden, kProgressionAspect, kProgressionMaxSide);
    entry.sourceAge = r.result.record.sourceAge;
    entry.targetAge = r.result.record.targetAge;
    entry.sex = r.result.record.sex;
    entry.modelId = r.result.record.modelId;
    entry.modelVersion = r.result.record.modelVersion;
    entry.parentUsed = r.result.record.parentUsed;
    entry.parentWeight = r.result.record.parentWeight;
    entry.ageOutsideModel = r.warnings.ageOutsideModel;
    entry.modelYoungest = r.warnings.modelYoungest;
    entry.modelOldest = r.warnings.modelOldest;
    entry.meshFolded = r.warnings.meshFolded;
    model.progressions.push_back(std::move(entry));
    return Ok{};
}

Result<std::vector<RankedLeads>> CaseReportBuilder::loadRuns(std::int64_t caseId) {
    CaseSearchActions searches(session_);
    Result<std::vector<db::SearchRunRecord>> runs = searches.runs(caseId);
    if (!runs) return runs.error();
    std::vector<RankedLeads> loaded;
    for (const db::SearchRunRecord& run : runs.value()) {
        Result<RankedLeads> leads = searches.showRun(run.id);
        if (!leads) return leads.error();
        loaded.push_back(std::move(leads).value());
    }
    return loaded;
}

Status CaseReportBuilder::addSearchRuns(const std::vector<RankedLeads>& runs, report::CaseReportModel& model) {
    for (const RankedLeads& run : runs) {
        if (Status stepped = step(); !stepped) return stepped;
        Result<report::ReportSearchRun> entry = reportRun(run, model.leadsLeftOut);
        if (!entry) return entry.error();
        model.searchRuns.push_back(std::move(entry).value());
    }
    return Ok{};
}

Result<report::ReportSearchRun> CaseReportBuilder::reportRun(const RankedLeads& leads, int& leftOut) {
    const db::SearchRunRecord& run = leads.run;
    report::ReportSearchRun entry{.runId = run.id, .runAt = run.runAt, .runBy = run.runBy, .facesCompared = run.gallerySize,
                                  .modelId = run.modelId, .modelVersion = run.modelVersion, .durationMs = run.durationMs};
    entry.parameters = parametersOf(run.parametersJson);
    for (const Notice& note : leads.notes) entry.notes.push_back(noticeText(note));
    const json parameters = json::parse(run.parametersJson, nullptr, false);
    const bool usedTransform = parameters.is_object() && parameters.value("age_invariant", false);
    if (parameters.is_object() && parameters.contains("age_invariant_provenance")) {
        entry.ageInvariantProvenance = scalar(parameters["age_invariant_provenance"]);
    } else if (usedTransform) {
        const std::shared_ptr<const AgeInvariantTransform> transform = session_.engine().ageInvariantTransform();
        entry.ageInvariantProvenance = transform ? transform->provenance() : "unknown";
        entry.provenanceFromRun = false;
    }
    int leftOutOfRun = 0;
    for (const Lead& lead : leads.leads) {
        if (Status stepped = step(); !stepped) return stepped.error();
        if (request_.topLeads && lead.row.rank > *request_.topLeads && !lead.decision) {
            ++leftOutOfRun;
            continue;
        }
        Result<report::ReportLead> reported = reportLead(lead);
        if (!reported) return reported.error();
        entry.leads.push_back(std::move(reported).value());
    }
    if (leftOutOfRun > 0) entry.notes.push_back(noticeText(Notice{NoticeId::ReportGalleryPeopleLeftOut, {std::to_string(leftOutOfRun)}}));
    leftOut += leftOutOfRun;
    return entry;
}

Result<report::ReportLead> CaseReportBuilder::reportLead(const Lead& lead) {
    const db::CandidateRecord& c = lead.candidate;
    seen_[c.id] = c;
    report::ReportLead out;
    out.rank = lead.row.rank;
    out.candidateId = c.id;
    out.givenNames = c.givenNames;
    out.familyName = c.familyName;
    out.sourceKey = std::string(db::toDatabaseText(c.source));
    out.externalRef = c.externalRef;
    out.region = c.region;
    out.fromGroupPhoto = c.groupPhotoOf.has_value();
    out.sex = c.sex;
    out.birth = birthOf(c);
    out.estimatedBirth = lead.estimatedBirthYears;
    out.score = lead.row.score;
    applyBreakdown(lead.row.breakdownJson, out);
    if (lead.decision) out.currentDecisionKey = std::string(db::toDatabaseText(lead.decision->decision));
    if (lead.row.bestFaceId) {
        const std::int64_t faceId = *lead.row.bestFaceId;
        if (!chips_.count(faceId)) {
            Result<AlignedFace> chip = PhotoActions(session_).faceChip(faceId, request_.leadChipSize);
            if (!chip && chip.error().code == ErrorCode::Database) return chip.error();
            chips_[faceId] = chip ? std::move(chip.value().chip) : Image{};
        }
        out.chip = chips_[faceId];
    }
    return out;
}

// Every decision about every candidate of the case, oldest first (one query); candidates met in
// the runs are named from their leads, others from their record alone.
Status CaseReportBuilder::addDecisions(std::int64_t caseId, report::CaseReportModel& model) {
    ReviewActions reviews(session_);
    Result<std::vector<db::ReviewDecisionRecord>> history = reviews.historyForCase(caseId);
    if (!history) return history.error();
    for (const db::ReviewDecisionRecord& d : history.value()) {
        if (!seen_.count(d.candidateId)) {
            Result<db::CandidateRecord> candidate = reviews.candidateRecord(d.candidateId);
            if (!candidate) return candidate.error();
            seen_[d.candidateId] = std::move(candidate).value();
        }
        const db::CandidateRecord& c = seen_[d.candidateId];
        model.decisions.push_back(report::ReportDecision{d.decidedAt, d.decidedBy, d.candidateId, db::candidateDisplayName(c), c.externalRef,
                                                         std::string(db::toDatabaseText(d.decision)), d.searchRunId, d.note});
    }
    return Ok{};
}

void CaseReportBuilder::addMethod(report::CaseReportModel& model) {
    Result<report::ReportMethod> figures = loadMethodFigures(request_.document.language);
    if (figures) {
        model.method = std::move(figures).value();
    } else {
        model.method.notes.push_back(figures.error().message);
    }
}

}  // namespace reunite::workflows
