#include "eval/CrossAgeRanker.h"

#include <limits>

#include "search/CrossAgeQuery.h"

namespace reunite {
namespace {

bool usesInvariantSpace(RankingMethod method) { return method == RankingMethod::Invariant || method == RankingMethod::Fused; }

void addProbePhoto(SearchQuery& query, const EvalProbe& probe, const RankingSettings& settings) {
    const RankingMethod method = settings.method;
    const bool direct = method == RankingMethod::Direct || method == RankingMethod::Fused ||
                        (method == RankingMethod::Progressed && !probe.progressed);
    if (direct) query.probes.push_back(Probe{0, kPhotoKind, *probe.embedding, EmbeddingSpace::Direct});
    if (usesInvariantSpace(method)) {
        query.probes.push_back(Probe{0, kAgeInvariantKind, settings.transform->projectProbe(*probe.embedding),
                                     EmbeddingSpace::AgeInvariant});
    }
    const bool progressedWanted =
        method == RankingMethod::Progressed || (method == RankingMethod::Fused && settings.transform->weights().progressed > 0);
    if (progressedWanted && probe.progressed) addProgressedProbe(query, 0, *probe.progressed);
}

SearchQuery queryFor(const std::vector<const EvalProbe*>& photos, const RankingSettings& settings, std::size_t candidates) {
    SearchQuery query;
    query.topK = settings.topK > 0 ? settings.topK : candidates;
    query.threads = 1;
    if (settings.excluded) query.filters.excludedCandidates = *settings.excluded;
    for (const EvalProbe* photo : photos) addProbePhoto(query, *photo, settings);
    if (settings.method == RankingMethod::Fused) applyCrossAgeFusion(query, *settings.transform);
    return query;
}

// Records where the mate came in one search's ranking.
void recordRank(const SearchOutcome& outcome, std::int64_t mate, RankingTally& tally) {
    int rank = 0;
    double impostor = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < outcome.matches.size(); ++i) {
        if (outcome.matches[i].candidateId == mate) {
            rank = static_cast<int>(i) + 1;
            tally.genuine.push_back(outcome.matches[i].distance);
        } else {
            impostor = std::min(impostor, outcome.matches[i].distance);
        }
    }
    tally.trueRanks.push_back(rank);
    tally.closestImpostor.push_back(impostor);
}

Status searchAndRecord(const GalleryIndex& index, const std::vector<const EvalProbe*>& photos, std::int64_t mate,
                       const RankingSettings& settings, RankingTally& tally) {
    auto outcome = index.search(queryFor(photos, settings, index.candidateCount()));
    if (!outcome) return outcome.error();
    recordRank(outcome.value(), mate, tally);
    return Ok{};
}

}  // namespace

Status rankPhotos(const GalleryIndex& index, const std::vector<EvalProbe>& probes, const std::vector<std::size_t>& which,
                  const CandidateOfSubject& candidates, const RankingSettings& settings, RankingTally& tally) {
    for (std::size_t p : which) {
        const EvalProbe& probe = probes[p];
        if (!probe.embedding) {
            ++tally.withoutFace;
            continue;
        }
        const auto mate = candidates.find(probe.subject);
        if (mate == candidates.end()) {
            ++tally.withoutMate;
            continue;
        }
        if (Status searched = searchAndRecord(index, {&probe}, mate->second, settings, tally); !searched) return searched;
    }
    return Ok{};
}

Status rankCases(const GalleryIndex& index, const std::vector<EvalProbe>& probes, const std::vector<std::size_t>& which,
                 const CandidateOfSubject& candidates, const RankingSettings& settings, RankingTally& tally) {
    std::map<std::string, std::vector<const EvalProbe*>> photosOf;
    for (std::size_t p : which) {
        if (probes[p].embedding) photosOf[probes[p].subject].push_back(&probes[p]);
        else if (!photosOf.count(probes[p].subject)) photosOf[probes[p].subject];
    }
    for (const auto& [subject, photos] : photosOf) {
        if (photos.empty()) {
            ++tally.withoutFace;
            continue;
        }
        const auto mate = candidates.find(subject);
        if (mate == candidates.end()) {
            ++tally.withoutMate;
            continue;
        }
        if (Status searched = searchAndRecord(index, photos, mate->second, settings, tally); !searched) return searched;
    }
    return Ok{};
}

}  // namespace reunite
