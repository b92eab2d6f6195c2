#include "workflows/search/CaseSearch.h"

#include <algorithm>
#include <chrono>

#include <nlohmann/json.hpp>

#include "db/repositories/CaseRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/SearchRunRepository.h"
#include "db/sqlite/Transaction.h"
#include "search/CrossAgeQuery.h"
#include "workflows/age/ProgressionTarget.h"
#include "workflows/search/CaseRelativeFaces.h"
#include "workflows/search/LeadEvidence.h"

namespace reunite {
namespace {

nlohmann::json breakdownOf(const CandidateMatch& match, const LeadEvidence* evidence) {
    nlohmann::json components = nlohmann::json::array();
    for (const ScoreComponent& c : match.components) {
        components.push_back({{"kind", c.kind},
                              {"distance", c.distance},
                              {"weight", c.weight},
                              {"probe_face_id", c.probeFaceId},
                              {"candidate_face_id", c.candidateFaceId}});
    }
    nlohmann::json breakdown{{"fused_distance", match.distance}, {"score", match.score}, {"components", components}};
    if (evidence) breakdown["likelihood"] = evidenceJson(*evidence);
    return breakdown;
}

// Probes: every face of the case's photos (this embedding model) compared directly, and in the
// age-invariant space when the photo shows a child (or of unknown age); then the progressed ones.
Status addCaseProbes(db::Database& database, const CaseSearchRequest& request, bool useAgeInvariant, SearchQuery& query) {
    Result<std::vector<db::FaceRow>> caseFaces = db::FaceRepository(database).listByOwner(db::PhotoOwner::ofCase(request.caseId));
    if (!caseFaces) return caseFaces.error();
    db::PhotoRepository photos(database);
    for (const db::FaceRow& face : caseFaces.value()) {
        if (face.modelId != request.modelId) continue;
        Result<db::PhotoRecord> photo = photos.get(face.photoId);
        if (!photo) return photo.error();
        const bool childhood = !photo.value().ageAtPhotoYears || *photo.value().ageAtPhotoYears < workflows::kChildhoodEnds;
        addCaseFaceProbes(query, face.id, face.embedding, childhood, useAgeInvariant ? request.ageInvariant.get() : nullptr);
    }
    query.probes.insert(query.probes.end(), request.progressedProbes.begin(), request.progressedProbes.end());
    return Ok{};
}

bool usesKinship(const CaseSearchRequest& request) { return request.likelihoods && !request.relatives.empty(); }

// No childhood photo: the relatives' faces choose the shortlist (plain distance, mean over them,
// as a child takes after both parents); the kinship LR ranks it afterwards.
void addRelativeProbes(const CaseSearchRequest& request, SearchQuery& query) {
    for (const RelativeFaces& relative : request.relatives)
        for (const Embedding& face : relative.faces) query.probes.push_back(Probe{0, kRelativeKind, face, EmbeddingSpace::Direct});
    query.probeFusion = ProbeFusion::Mean;
}

std::size_t shortlistOf(const CaseSearchRequest& request, bool relativesOnly) {
    if (relativesOnly) return std::max(request.options.topK, kRelativesOnlyShortlist);
    return usesKinship(request) ? std::max(request.options.topK, kKinshipShortlist) : request.options.topK;
}

// Filters from the case (sex, birth-year window) and the analyst's choices; rejected candidates out.
Result<SearchFilters> caseFilters(db::Database& database, const db::CaseRecord& theCase, const CaseSearchRequest& request) {
    SearchFilters filters;
    if (request.options.filterBySex && theCase.sex != Sex::Unknown) filters.sex = theCase.sex;
    if (request.options.birthYearTolerance >= 0 && theCase.birthDate) {
        const int year = std::stoi(theCase.birthDate->substr(0, 4));
        filters.birthYearFrom = year - request.options.birthYearTolerance;
        filters.birthYearTo = year + request.options.birthYearTolerance;
    }
    filters.includeUnknownBirthYear = request.options.includeUnknownBirthYear;
    filters.useEstimatedBirthYears = request.options.useEstimatedBirthYears;
    filters.regions = request.options.regions;
    filters.sources = request.options.sources;
    Result<std::vector<std::int64_t>> rejected = db::ReviewDecisionRepository(database).rejectedCandidateIds(request.caseId);
    if (!rejected) return rejected.error();
    filters.excludedCandidates.insert(rejected.value().begin(), rejected.value().end());
    return filters;
}

nlohmann::json optionalYear(const std::optional<int>& year) { return year ? nlohmann::json(*year) : nlohmann::json(); }

nlohmann::json parametersOf(const SearchQuery& query, const SearchOutcome& outcome, const CaseSearchRequest& request,
                            bool useAgeInvariant, bool relativesOnly) {
    const SearchFilters& filters = query.filters;
    nlohmann::json weighting = nlohmann::json::object();
    for (const auto& [kind, k] : query.weighting) weighting[kind] = {{"weight", k.weight}, {"scale", k.scale}};
    return {{"top_k", request.options.topK},
            {"probes", query.probes.size()},
            {"sex", filters.sex ? std::string(1, sexCode(*filters.sex)) : std::string("any")},
            {"birth_year_from", optionalYear(filters.birthYearFrom)},
            {"birth_year_to", optionalYear(filters.birthYearTo)},
            {"include_unknown_birth_year", filters.includeUnknownBirthYear},
            {"use_estimated_birth_years", filters.useEstimatedBirthYears},
            {"regions", filters.regions},
            {"sources", filters.sources},
            {"excluded_rejected", filters.excludedCandidates.size()},
            {"age_invariant", useAgeInvariant},
            {"weighting", weighting},
            {"eligible_candidates", outcome.candidatesEligible},
            {"likelihoods", request.likelihoods != nullptr},
            {"kinship_relatives", usesKinship(request) ? request.relatives.size() : 0},
            {"kinship_relative_faces", usesKinship(request) ? faceCountOf(request.relatives) : 0},
            {"kinship_shortlist", usesKinship(request) ? query.topK : 0},
            {"relatives_only", relativesOnly}};
}

db::SearchRunRecord runRecordOf(const SearchQuery& query, const SearchOutcome& outcome, const CaseSearchRequest& request,
                                bool useAgeInvariant, bool relativesOnly, const std::vector<LeadEvidence>& evidence) {
    db::SearchRunRecord run;
    run.caseId = request.caseId;
    run.modelId = request.modelId;
    run.modelVersion = request.modelVersion;
    run.gallerySize = static_cast<std::int64_t>(outcome.facesScanned);
    run.parametersJson = parametersOf(query, outcome, request, useAgeInvariant, relativesOnly).dump();
    for (std::size_t i = 0; i < outcome.matches.size(); ++i) {
        const CandidateMatch& match = outcome.matches[i];
        db::SearchResultRow row;
        row.rank = static_cast<int>(i) + 1;
        row.candidateId = match.candidateId;
        row.score = match.score;
        row.breakdownJson = breakdownOf(match, i < evidence.size() ? &evidence[i] : nullptr).dump();
        if (match.bestFaceId) row.bestFaceId = match.bestFaceId;
        if (match.bestProbeFaceId) row.probeFaceId = match.bestProbeFaceId;
        run.results.push_back(std::move(row));
    }
    return run;
}

}  // namespace

Result<CaseSearchResult> runCaseSearch(db::Database& database, const GalleryIndex& gallery,
                                       const CaseSearchRequest& request, const CancellationToken& cancel) {
    const auto started = std::chrono::steady_clock::now();
    Result<db::CaseRecord> theCase = db::CaseRepository(database).get(request.caseId);
    if (!theCase) return theCase.error();
    const bool useAgeInvariant = request.ageInvariant && gallery.hasAgeInvariantSpace();
    SearchQuery query;
    Status probed = addCaseProbes(database, request, useAgeInvariant, query);
    if (!probed) return probed.error();
    const bool relativesOnly = query.probes.empty() && usesKinship(request);
    if (relativesOnly) addRelativeProbes(request, query);
    if (query.probes.empty()) {
        return makeError(ErrorCode::NoFace, "case " + theCase.value().caseNumber +
                                                " has no childhood photo with a face yet, nor a relative's photo with one:"
                                                " add one before searching");
    }
    if (useAgeInvariant && !relativesOnly) applyCrossAgeFusion(query, *request.ageInvariant);
    Result<SearchFilters> filters = caseFilters(database, theCase.value(), request);
    if (!filters) return filters.error();
    query.filters = std::move(filters).value();
    query.topK = shortlistOf(request, relativesOnly);
    query.threads = request.options.threads;

    Result<SearchOutcome> outcome = gallery.search(query, cancel);
    if (!outcome) return outcome.error();
    std::vector<LeadEvidence> evidence;
    if (request.likelihoods) evidence = assessMatches(outcome.value().matches, gallery, *request.likelihoods, request.relatives);
    if (usesKinship(request)) rankByEvidence(outcome.value().matches, evidence, request.options.topK);
    db::SearchRunRecord run = runRecordOf(query, outcome.value(), request, useAgeInvariant && !relativesOnly, relativesOnly, evidence);
    run.durationMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    Result<db::SearchRunRecord> stored = db::SearchRunRepository(database).store(run, request.userName);
    if (!stored) return stored.error();
    if (request.recordStored) {
        if (Status recorded = request.recordStored(stored.value()); !recorded) return recorded.error();
    }
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return CaseSearchResult{std::move(stored).value(), std::move(outcome).value(), relativesOnly, query.topK};
}

}  // namespace reunite
