#pragma once
// CrossAgeQuery: builds the probes and weighting of a search for a person photographed as a child,
// the one way the case search and the evaluation both do it. Each face contributes a direct probe
// ("photo"); a childhood face also contributes its projection into the age-invariant space
// ("age_invariant") when a transform is given; age-progressed faces are "progressed" probes. The
// weighting and the fusion of several probes come from the transform's fusion settings.
// Thread safety: plain functions; the transform is only read.
#include <cstdint>

#include "crossage/AgeInvariantTransform.h"
#include "search/SearchTypes.h"

namespace reunite {

inline constexpr const char* kPhotoKind = "photo";
inline constexpr const char* kAgeInvariantKind = "age_invariant";
inline constexpr const char* kProgressedKind = "progressed";
inline constexpr const char* kRelativeKind = "relative";  // a relative's face, when no childhood photo

// Adds the probes of one face of the case. transform may be null (direct comparison only).
void addCaseFaceProbes(SearchQuery& query, std::int64_t faceId, const Embedding& embedding, bool childhood,
                       const AgeInvariantTransform* transform);

// Adds an age-progressed probe (plain space).
void addProgressedProbe(SearchQuery& query, std::int64_t faceId, const Embedding& embedding);

// Sets the kinds' weights and scales and the fusion across probes as the transform says.
void applyCrossAgeFusion(SearchQuery& query, const AgeInvariantTransform& transform);

}  // namespace reunite
