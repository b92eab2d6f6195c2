#pragma once
// ProgressionEvaluation: does age progression bring a childhood photo closer to the adult? From
// the embeddings of a cross-age set (childhood and adult photos of the same people) and of
// progressed childhood photos, it measures:
//  (a) age: the estimated age of each progressed face against the age it was progressed to;
//  (b) distance: childhood photo to the real adult photo, original against progressed;
//  (c) ranking: where the person's adult photos rank for the original probe, the progressed probe
//      alone, and the two fused (distance (1 - w) original + w progressed); w is chosen by k-fold
//      cross-validation by subject (best rank-10 on the other folds, ties to the smaller w), so
//      the fused figure never sees the weight it was tuned on.
// Distances are Euclidean after the given projections (identity: the plain descriptor space; or
// the age-invariant space's probe and gallery maps).
// Thread safety: pure functions.
#include <functional>
#include <string>
#include <vector>

#include "core/pipeline/FaceTypes.h"

namespace reunite {

struct ProgressionPhoto {
    std::string subject;
    bool young = false;
    double age = 0;  // years at the photo (given or estimated)
    Embedding embedding{};
};

// A childhood photo progressed to the age of one adult photo of the same person.
struct ProgressedPair {
    std::size_t young = 0;  // index into photos
    std::size_t adult = 0;
    double targetAge = 0;
    double progressedEstimatedAge = 0;
    Embedding progressed{};
};

// A childhood photo progressed to its person's mean adult age, used as a search probe.
struct ProgressedSearchProbe {
    std::size_t young = 0;
    Embedding progressed{};
};

struct ProgressionSpace {
    std::string name;
    std::function<Embedding(const Embedding&)> probe = [](const Embedding& e) { return e; };
    std::function<Embedding(const Embedding&)> gallery = [](const Embedding& e) { return e; };
};

struct RankRates {
    std::size_t probes = 0;
    double rank1 = 0, rank10 = 0, rank30 = 0;
};

struct ProgressionRanking {
    std::string space;
    RankRates original, progressed, fused;
    std::vector<double> chosenWeights;  // one per fold
};

struct ProgressionAgeFigures {
    std::size_t pairs = 0;
    double withinFiveYears = 0;      // share of progressed faces estimated within +-5 years of the target
    double meanAbsoluteError = 0;    // of the progressed faces' estimated ages against the targets
    double medianSourceAge = 0, medianTargetAge = 0, medianProgressedAge = 0;
    double medianDistanceOriginal = 0, medianDistanceProgressed = 0;  // to the real adult photo (plain space)
    double closerShare = 0;          // pairs where the progressed face is closer than the original
};

ProgressionAgeFigures progressionAgeFigures(const std::vector<ProgressionPhoto>& photos, const std::vector<ProgressedPair>& pairs);

ProgressionRanking progressionRanking(const std::vector<ProgressionPhoto>& photos, const std::vector<ProgressedSearchProbe>& probes,
                                      const ProgressionSpace& space, int folds, const std::vector<double>& weightGrid);

}  // namespace reunite
