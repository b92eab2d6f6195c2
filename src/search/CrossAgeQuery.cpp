#include "search/CrossAgeQuery.h"

namespace reunite {

void addCaseFaceProbes(SearchQuery& query, std::int64_t faceId, const Embedding& embedding, bool childhood,
                       const AgeInvariantTransform* transform) {
    query.probes.push_back(Probe{faceId, kPhotoKind, embedding, EmbeddingSpace::Direct});
    if (childhood && transform) {
        query.probes.push_back(Probe{faceId, kAgeInvariantKind, transform->projectProbe(embedding), EmbeddingSpace::AgeInvariant});
    }
}

void addProgressedProbe(SearchQuery& query, std::int64_t faceId, const Embedding& embedding) {
    query.probes.push_back(Probe{faceId, kProgressedKind, embedding, EmbeddingSpace::Direct});
}

void applyCrossAgeFusion(SearchQuery& query, const AgeInvariantTransform& transform) {
    const FusionWeights& w = transform.weights();
    query.weighting[kPhotoKind] = KindWeighting{w.direct, w.directScale};
    query.weighting[kAgeInvariantKind] = KindWeighting{w.ageInvariant, w.ageInvariantScale};
    query.weighting[kProgressedKind] = KindWeighting{w.progressed, w.progressedScale};
    query.probeFusion = w.probeFusion;
}

}  // namespace reunite
