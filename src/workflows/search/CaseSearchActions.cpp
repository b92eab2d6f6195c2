#include "workflows/search/CaseSearchActions.h"

#include <algorithm>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/SearchRunRepository.h"
#include "workflows/gallery/GalleryLoader.h"
#include "workflows/search/CaseRelativeFaces.h"
#include "workflows/search/CaseSearch.h"
#include "workflows/search/ProgressedProbe.h"

namespace reunite::workflows {
namespace {

// Faces whose stored embedding is damaged were left out of the gallery: say so in every search.
Notice damagedFacesNote(const std::vector<std::int64_t>& faceIds) {
    return Notice{NoticeId::DamagedFacesLeftOut, {std::to_string(faceIds.size()), faceIdList(faceIds, 10)}};
}

std::string joined(const std::set<std::string>& values) {
    std::string text;
    for (const std::string& value : values) text += (text.empty() ? "" : ",") + value;
    return text.empty() ? "all" : text;
}

// The SHA-256 of every photo of these owners, comma-separated.
Result<std::string> photoDigests(db::Database& database, const std::vector<db::PhotoOwner>& owners) {
    std::string digests;
    for (const db::PhotoOwner& owner : owners) {
        Result<std::vector<db::PhotoRecord>> photos = db::PhotoRepository(database).listByOwner(owner);
        if (!photos) return photos.error();
        for (const db::PhotoRecord& photo : photos.value()) digests += (digests.empty() ? "" : ",") + photo.sha256;
    }
    return digests;
}

// The audit entry of a search: its filters, the SHA-256 of every probe photo of the case and, when
// the relatives' faces took part, of the photos of the relatives compared.
Result<AuditEvent> searchEventOrError(db::Database& database, std::int64_t caseId, const CaseSearchOptions& options, std::int64_t runId,
                                      const std::vector<RelativeFaces>& relatives) {
    Result<std::string> probes = photoDigests(database, {db::PhotoOwner::ofCase(caseId)});
    if (!probes) return probes.error();
    std::vector<db::PhotoOwner> relativeOwners;
    for (const RelativeFaces& relative : relatives) relativeOwners.push_back(db::PhotoOwner::ofRelative(relative.relativeId));
    Result<std::string> relativePhotos = photoDigests(database, relativeOwners);
    if (!relativePhotos) return relativePhotos.error();
    return AuditEvent{"search", caseId, {{"case", std::to_string(caseId)}, {"search_run", std::to_string(runId)}},
                      {{"top", std::to_string(options.topK)},
                       {"same_sex_only", options.filterBySex ? "yes" : "no"},
                       {"birth_year_tolerance", std::to_string(options.birthYearTolerance)},
                       {"estimated_birth_years", options.useEstimatedBirthYears ? "yes" : "no"},
                       {"regions", joined(options.regions)},
                       {"sources", joined(options.sources)},
                       {"progressed_probes", options.useProgressedProbes ? "yes" : "no"},
                       {"probe_photos_sha256", probes.value()},
                       {"relative_photos_sha256", relativePhotos.value().empty() ? "none" : relativePhotos.value()}}};
}

AuditEvent searchEvent(db::Database& database, std::int64_t caseId, const CaseSearchOptions& options, std::int64_t runId,
                       const std::vector<RelativeFaces>& relatives) {
    Result<AuditEvent> event = searchEventOrError(database, caseId, options, runId, relatives);
    if (event) return event.value();
    return AuditEvent{"search", caseId, {{"case", std::to_string(caseId)}, {"search_run", std::to_string(runId)}},
                      {{"probe_photos_sha256", "unreadable: " + event.error().message}}};
}

}  // namespace

Result<RankedLeads> CaseSearchActions::search(std::int64_t caseId, const CaseSearchOptions& options,
                                              const CancellationToken& cancel) {
    if (Status allowed = session_.authorizeCase(Permission::SearchCases, caseId); !allowed) return allowed.error();
    Engine& engine = session_.engine();
    Result<std::shared_ptr<const FacePipeline>> pipeline = engine.pipeline();
    if (!pipeline) return pipeline.error();
    Result<std::shared_ptr<GalleryIndex>> gallery = engine.gallery(session_.database());
    if (!gallery) return gallery.error();

    std::vector<Notice> notes;
    CaseSearchRequest request;
    request.caseId = caseId;
    request.modelId = pipeline.value()->embeddingModelId();
    request.modelVersion = pipeline.value()->embeddingModelVersion();
    request.userName = session_.userName();
    request.options = options;
    Notice transformNote;
    request.ageInvariant = engine.ageInvariantTransform(&transformNote);
    if (!request.ageInvariant) notes.push_back(transformNote);
    if (const std::vector<std::int64_t> damaged = engine.damagedGalleryFaces(); !damaged.empty()) notes.push_back(damagedFacesNote(damaged));
    if (options.useProgressedProbes && request.ageInvariant && request.ageInvariant->weights().progressed > 0) {
        Result<std::vector<Probe>> progressed = progressedProbes(caseId, *pipeline.value(), notes);
        if (!progressed) return progressed.error();
        request.progressedProbes = std::move(progressed).value();
    }
    if (Status evidence = addLikelihoodEvidence(request, notes); !evidence) return evidence.error();
    // Recorded in the transaction that stores the run (a search holds no write lock while it
    // compares faces): no run is stored unrecorded.
    request.recordStored = [&](const db::SearchRunRecord& run) {
        return session_.audit(searchEvent(session_.database(), caseId, options, run.id, request.relatives));
    };
    Result<CaseSearchResult> searched = runCaseSearch(session_.database(), *gallery.value(), request, cancel);
    if (!searched) return searched.error();
    if (searched.value().relativesOnly) {
        const std::size_t compared = std::min(searched.value().outcome.candidatesEligible, searched.value().shortlist);
        notes.push_back(Notice{NoticeId::RelativesOnlySearch, {std::to_string(compared)}});
    }
    session_.changed(RecordKind::SearchRun, searched.value().run.id, caseId);
    Result<RankedLeads> leads = describe(std::move(searched.value().run), searched.value().outcome.matches);
    if (!leads) return leads;
    leads.value().galleryFaces = gallery.value()->faceCount();
    leads.value().facesCompared = searched.value().outcome.facesScanned;
    leads.value().candidatesEligible = searched.value().outcome.candidatesEligible;
    leads.value().notes = std::move(notes);
    return leads;
}

// Likelihood ratios are optional: without the models the search ranks by distance and says so.
// With them, the relatives' faces join the ranking (a note says how many).
Status CaseSearchActions::addLikelihoodEvidence(CaseSearchRequest& request, std::vector<Notice>& notes) {
    Notice missing;
    request.likelihoods = session_.engine().likelihoodModels(&missing);
    if (!request.likelihoods) {
        notes.push_back(missing);
        return Ok{};
    }
    Result<std::vector<RelativeFaces>> relatives = relativeFacesOfCase(session_.database(), request.caseId, request.modelId);
    if (!relatives) return relatives.error();
    request.relatives = std::move(relatives).value();
    if (request.relatives.empty()) return Ok{};
    notes.push_back(Notice{NoticeId::KinshipCompared,
                           {std::to_string(request.relatives.size()), std::to_string(faceCountOf(request.relatives))}});
    return Ok{};
}

// Progressed probes are optional evidence: when the age model is missing or a photo cannot be
// progressed, the search goes on without them and says so.
Result<std::vector<Probe>> CaseSearchActions::progressedProbes(std::int64_t caseId, const FacePipeline& prototype,
                                                               std::vector<Notice>& notes) {
    Result<std::shared_ptr<const AgeModel>> model = session_.engine().ageModel();
    if (!model) {
        notes.push_back(Notice{NoticeId::ProgressedProbesNotUsed, {model.error().message}});
        return std::vector<Probe>{};
    }
    std::unique_ptr<FacePipeline> pipeline = prototype.clone();
    const AgeProgressor progressor(*model.value());
    Result<std::vector<Probe>> probes =
        progressedProbesForCase(session_.database(), session_.photoStore(), *pipeline, progressor, caseId, prototype.embeddingModelId());
    if (!probes) {
        if (probes.error().code == ErrorCode::Database) return probes.error();
        notes.push_back(Notice{NoticeId::ProgressedProbesNotUsed, {probes.error().message}});
        return std::vector<Probe>{};
    }
    return probes;
}

Result<RankedLeads> CaseSearchActions::describe(db::SearchRunRecord run, const std::vector<CandidateMatch>& matches) {
    db::CandidateRepository candidates(session_.database());
    db::ReviewDecisionRepository reviews(session_.database());
    db::FaceRepository faces(session_.database());
    RankedLeads leads;
    for (std::size_t i = 0; i < run.results.size(); ++i) {
        Lead lead;
        lead.row = run.results[i];
        if (i < matches.size()) lead.match = matches[i];
        Result<db::CandidateRecord> candidate = candidates.get(lead.row.candidateId);
        if (!candidate) return candidate.error();
        lead.candidate = std::move(candidate).value();
        Result<std::optional<db::ReviewDecisionRecord>> decision = reviews.currentDecision(run.caseId, lead.row.candidateId);
        if (!decision) return decision.error();
        lead.decision = std::move(decision).value();
        Result<BirthYearRange> looks = faces.estimatedBirthYearsOf(lead.row.candidateId);
        if (!looks) return looks.error();
        lead.estimatedBirthYears = looks.value();
        leads.leads.push_back(std::move(lead));
    }
    leads.facesCompared = static_cast<std::size_t>(run.gallerySize);
    run.results.clear();
    leads.run = std::move(run);
    return leads;
}

Result<RankedLeads> CaseSearchActions::showRun(std::int64_t runId) {
    if (Status allowed = session_.authorize(Permission::ViewCases); !allowed) return allowed.error();
    Result<db::SearchRunRecord> run = db::SearchRunRepository(session_.database()).get(runId);
    if (!run) return run.error();
    if (Status allowed = session_.authorizeCase(Permission::ViewCases, run.value().caseId); !allowed) return allowed.error();
    if (Status recorded = session_.audit({"search.view", run.value().caseId,
                                          {{"case", std::to_string(run.value().caseId)}, {"search_run", std::to_string(runId)}}, {}});
        !recorded) {
        return recorded.error();
    }
    return describe(std::move(run).value(), {});
}

Result<std::optional<RankedLeads>> CaseSearchActions::latestRun(std::int64_t caseId) {
    Result<std::vector<db::SearchRunRecord>> listed = runs(caseId);
    if (!listed) return listed.error();
    if (listed.value().empty()) return std::optional<RankedLeads>();
    Result<RankedLeads> latest = showRun(listed.value().front().id);
    if (!latest) return latest.error();
    return std::optional<RankedLeads>(std::move(latest).value());
}

Result<std::vector<db::SearchRunRecord>> CaseSearchActions::runs(std::int64_t caseId) {
    return session_.authorizedForCase(Permission::ViewCases, caseId, [&] {
        return db::SearchRunRepository(session_.database()).listForCase(caseId);
    });
}

}  // namespace reunite::workflows
