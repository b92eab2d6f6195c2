#pragma once
// Plain values of a candidate search: probes, filters, ranked matches and their breakdown.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "crossage/ProbeFusion.h"
#include "domain/Sex.h"

namespace reunite {

// Which gallery matrix a probe is compared with: the plain dlib embeddings, or their projection
// into the learned age-invariant space (see AgeInvariantTransform).
enum class EmbeddingSpace { Direct, AgeInvariant };

// A probe face: a childhood photo of the case, an age-progressed image of it, or a photo's
// projection into the age-invariant space.
struct Probe {
    std::int64_t faceId = 0;   // the probe's face row, 0 if not stored
    std::string kind = "photo";  // probes of one kind form one score component
    Embedding embedding{};
    EmbeddingSpace space = EmbeddingSpace::Direct;
};

// How a kind's distance enters the fused distance: weight * distance / scale.
struct KindWeighting {
    double weight = 1;
    double scale = 1;
};

struct SearchFilters {
    std::optional<Sex> sex;                  // Female or Male; candidates of unknown sex pass
    std::optional<int> birthYearFrom;        // window on the candidate's birth year (inclusive)
    std::optional<int> birthYearTo;
    bool includeUnknownBirthYear = true;
    // A candidate without a birth year is judged by the birth years its faces' estimated ages imply
    // (GalleryCandidate::estimatedBirthYear*), where it has them; false: as unknown.
    bool useEstimatedBirthYears = true;
    std::set<std::string> regions;           // empty: all
    std::set<std::string> sources;           // empty: all
    std::set<std::int64_t> excludedCandidates;  // e.g. rejected for this case
};

struct SearchQuery {
    std::vector<Probe> probes;
    SearchFilters filters;
    std::size_t topK = 30;
    int threads = 0;  // 0: all cores
    std::map<std::string, KindWeighting> weighting;  // kinds not listed: weight 1, scale 1
    ProbeFusion probeFusion = ProbeFusion::Closest;  // how several probes of one kind combine
};

// One score component: the distance between the candidate and the probes of one kind (each probe's
// distance to the candidate's closest face, combined as the query's probeFusion says), with the
// faces of the closest probe/face pair.
struct ScoreComponent {
    std::string kind;
    double distance = 0;
    double weight = 1;
    std::int64_t probeFaceId = 0;
    std::int64_t candidateFaceId = 0;
};

struct CandidateMatch {
    std::int64_t candidateId = 0;
    double distance = 0;  // fused: weighted mean of the scaled component distances (smaller is closer)
    double score = 0;     // 0..1 for display: 1 - distance / 2, clamped (higher is closer)
    std::int64_t bestFaceId = 0;
    std::int64_t bestProbeFaceId = 0;
    std::vector<ScoreComponent> components;
};

struct SearchOutcome {
    std::vector<CandidateMatch> matches;  // best first
    std::size_t facesScanned = 0;
    std::size_t candidatesEligible = 0;
    double milliseconds = 0;
};

double displayScore(double distance);

}  // namespace reunite
