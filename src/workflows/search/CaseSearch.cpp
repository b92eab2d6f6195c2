#include "workflows/search/CaseSearch.h"

#include <chrono>

#include <nlohmann/json.hpp>

#include "db/repositories/CaseRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/SearchRunRepository.h"

namespace reunite {
namespace {

constexpr const char* kPhotoKind = "photo";
constexpr const char* kAgeInvariantKind = "age_invariant";
constexpr const char* kProgressedKind = "progressed";
constexpr double kAdultAge = 18;

nlohmann::json breakdownOf(const CandidateMatch& match) {
    nlohmann::json components = nlohmann::json::array();
    for (const ScoreComponent& c : match.components) {
        components.push_back({{"kind", c.kind},
                              {"distance", c.distance},
                              {"weight", c.weight},
                              {"probe_face_id", c.probeFaceId},
                              {"candidate_face_id", c.candidateFaceId}});
    }
    return {{"fused_distance", match.distance}, {"score", match.score}, {"components", components}};
}

}  // namespace

Result<CaseSearchResult> runCaseSearch(db::Database& database, const GalleryIndex& gallery,
                                       const CaseSearchRequest& request, const std::atomic<bool>* cancel) {
    const auto started = std::chrono::steady_clock::now();
    db::CaseRepository cases(database);
    auto theCase = cases.get(request.caseId);
    if (!theCase) return theCase.error();

    db::FaceRepository faces(database);
    auto caseFaces = faces.listByOwner(db::PhotoOwner::ofCase(request.caseId));
    if (!caseFaces) return caseFaces.error();
    SearchQuery query;
    const bool useAgeInvariant = request.ageInvariant && gallery.hasAgeInvariantSpace();
    db::PhotoRepository photos(database);
    for (const db::FaceRow& face : caseFaces.value()) {
        if (face.modelId != request.modelId) continue;
        query.probes.push_back(Probe{face.id, kPhotoKind, face.embedding, EmbeddingSpace::Direct});
        if (!useAgeInvariant) continue;
        auto photo = photos.get(face.photoId);
        if (!photo) return photo.error();
        if (photo.value().ageAtPhotoYears && *photo.value().ageAtPhotoYears >= kAdultAge) continue;
        query.probes.push_back(Probe{face.id, kAgeInvariantKind, request.ageInvariant->projectProbe(face.embedding),
                                     EmbeddingSpace::AgeInvariant});
    }
    for (const Probe& probe : request.progressedProbes) query.probes.push_back(probe);
    if (useAgeInvariant) {
        const FusionWeights& w = request.ageInvariant->weights();
        query.weighting[kPhotoKind] = KindWeighting{w.direct, w.directScale};
        query.weighting[kAgeInvariantKind] = KindWeighting{w.ageInvariant, w.ageInvariantScale};
        query.weighting[kProgressedKind] = KindWeighting{w.progressed, w.progressedScale};
    }
    if (query.probes.empty()) {
        return makeError(ErrorCode::NoFace, "case " + theCase.value().caseNumber +
                                                " has no childhood photo with a face yet: add one before searching");
    }

    SearchFilters& filters = query.filters;
    if (request.filterBySex && theCase.value().sex != db::Sex::Unknown) {
        filters.sex = theCase.value().sex == db::Sex::Female ? 'F' : 'M';
    }
    if (request.birthYearTolerance >= 0 && theCase.value().birthDate) {
        const int year = std::stoi(theCase.value().birthDate->substr(0, 4));
        filters.birthYearFrom = year - request.birthYearTolerance;
        filters.birthYearTo = year + request.birthYearTolerance;
    }
    filters.includeUnknownBirthYear = request.includeUnknownBirthYear;
    filters.regions = request.regions;
    filters.sources = request.sources;
    db::ReviewDecisionRepository reviews(database);
    auto rejected = reviews.rejectedCandidateIds(request.caseId);
    if (!rejected) return rejected.error();
    filters.excludedCandidates.insert(rejected.value().begin(), rejected.value().end());
    query.topK = request.topK;
    query.threads = request.threads;

    auto outcome = gallery.search(query, cancel);
    if (!outcome) return outcome.error();

    db::SearchRunRecord run;
    run.caseId = request.caseId;
    run.modelId = request.modelId;
    run.modelVersion = request.modelVersion;
    run.gallerySize = static_cast<std::int64_t>(outcome.value().facesScanned);
    nlohmann::json parameters{{"top_k", request.topK},
                              {"probes", query.probes.size()},
                              {"sex", filters.sex ? std::string(1, *filters.sex) : std::string("any")},
                              {"birth_year_from", filters.birthYearFrom ? nlohmann::json(*filters.birthYearFrom) : nlohmann::json()},
                              {"birth_year_to", filters.birthYearTo ? nlohmann::json(*filters.birthYearTo) : nlohmann::json()},
                              {"include_unknown_birth_year", filters.includeUnknownBirthYear},
                              {"regions", filters.regions},
                              {"sources", filters.sources},
                              {"excluded_rejected", filters.excludedCandidates.size()},
                              {"age_invariant", useAgeInvariant},
                              {"weighting", [&] {
                                   nlohmann::json w = nlohmann::json::object();
                                   for (const auto& [kind, k] : query.weighting) w[kind] = {{"weight", k.weight}, {"scale", k.scale}};
                                   return w;
                               }()},
                              {"eligible_candidates", outcome.value().candidatesEligible}};
    run.parametersJson = parameters.dump();
    int rank = 0;
    for (const CandidateMatch& match : outcome.value().matches) {
        db::SearchResultRow row;
        row.rank = ++rank;
        row.candidateId = match.candidateId;
        row.score = match.score;
        row.breakdownJson = breakdownOf(match).dump();
        if (match.bestFaceId) row.bestFaceId = match.bestFaceId;
        if (match.bestProbeFaceId) row.probeFaceId = match.bestProbeFaceId;
        run.results.push_back(std::move(row));
    }
    run.durationMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    db::SearchRunRepository runs(database);
    auto stored = runs.store(run, request.userName);
    if (!stored) return stored.error();
    return CaseSearchResult{std::move(stored).value(), std::move(outcome).value()};
}

}  // namespace reunite
