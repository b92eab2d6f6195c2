#pragma once
// IdentityCalibrationTrainer: fits the IdentityCalibration (direct, age-invariant and progressed
// distances to likelihood ratios, and their fusion) on a cross-age set of people photographed
// young and as adults (e.g. LAG), and measures it by k-fold cross-validation by subject.
// Mates: a young photo and an adult photo of the same subject; non-mates: of two different
// subjects. Everything learned is learned without the people it is measured on:
//  - outer folds: each fold's young photos are compared with the same fold's adult photos using
//    an age-invariant transform, calibrations and fusion fitted on the other folds only;
//  - inside the training folds, the age-invariant distances the calibration is fitted on come
//    from an inner split by subject (transform fitted without them), so the calibration sees
//    distances of unseen people, as a deployed model does.
// The shipped calibration is fitted the same way on every subject (the outer split then serves as
// the inner one). Deterministic: the same samples in the same order give the same numbers.
// Thread safety: pure function.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "calibration/CalibrationMetrics.h"
#include "calibration/IdentityCalibration.h"
#include "core/pipeline/FaceTypes.h"
#include "crossage/AgeInvariantTrainer.h"
#include "domain/Result.h"

namespace reunite {

struct CrossAgeSample {
    std::string subject;
    bool young = false;
    Embedding embedding{};
    std::optional<Embedding> progressed;  // young photos: the age-progressed probe, when made
};

struct IdentityCalibrationOptions {
    int folds = 5;
    AgeInvariantTrainingOptions ageInvariant;  // as build-cross-age-model uses
};

struct IdentityCalibrationStudy {
    IdentityCalibration calibration;  // fitted on every subject, to ship
    // "direct", "age_invariant", "progressed", "fused <fusion key>" (IdentityCalibration::fusionKey)
    // and, to show why the fusion is learned, "independent sum <key>" (component log10 LRs added).
    std::map<std::string, CalibrationEvidence> outOfFold;
    // Out-of-fold fused log10 LR (direct + age-invariant) of every young photo (rows, sample indices in
    // `probes`) against every adult photo (columns, `gallery`); the gallery may include training people.
    std::vector<std::size_t> probes;
    std::vector<std::size_t> gallery;
    std::vector<float> fusedLog10;
};

Result<IdentityCalibrationStudy> studyIdentityCalibration(const std::vector<CrossAgeSample>& samples,
                                                          const IdentityCalibrationOptions& options = {});

}  // namespace reunite
