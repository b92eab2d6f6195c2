#pragma once
// KinshipEvaluation: measures kinship verification and ranking on a family set by k-fold
// cross-validation by family (folds: crossValidationFold of the family name).
//  Verification: every related (parent photo, child photo) pair of a test fold, and as many
//  unrelated pairs built inside that fold (makeUnrelatedPairs: a parent with another family's child
//  of the same relation type, as the KinFaceW protocol does). Two methods:
//   - "plain": the dlib distance, calibrated to an LR on the training folds' pairs;
//   - "kinship": the KinshipModel trained on the training folds only (or a fixed model).
//  Accuracy is that of the decision LR >= 1; AUC and TAR at FAR 1 % of the scores; Cllr, Cllr-min,
//  ECE and the reliability table of the out-of-fold LRs.
//  Ranking ("parents alone"): each test pair's parent photo searched against every child photo of
//  the set with the same role (son / daughter: the case's sex filter); rank of the own child, ties
//  counted against it. The gallery holds children of training families too (as distractors).
// With `fixedModel`, nothing is fitted for the kinship method: the model is evaluated on every fold.
// Thread safety: pure function.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "calibration/CalibrationMetrics.h"
#include "domain/Result.h"
#include "eval/KinshipDataset.h"
#include "kinship/KinshipPairs.h"
#include "kinship/KinshipTrainer.h"

namespace reunite {

// The kinship model of each fold (trained without that fold's families), or one fixed model.
class KinshipFoldModels {
public:
    static Result<KinshipFoldModels> train(const std::vector<KinshipPair>& related, int folds,
                                           const KinshipTrainingOptions& options);
    static KinshipFoldModels fixed(const KinshipModel& model, int folds);

    int folds() const { return folds_; }
    const KinshipModel& forFamily(const std::string& family) const;

private:
    int folds_ = 1;
    std::vector<KinshipModel> models_;
};

struct VerificationFigures {
    std::size_t related = 0;
    std::size_t unrelated = 0;
    double accuracy = 0;   // decision LR >= 1
    double auc = 0;
    double tarAtFar1 = 0;
    CalibrationFigures calibration;
};

struct KinshipMethodResult {
    VerificationFigures overall;
    std::map<std::string, VerificationFigures> byRelation;  // "father-son", ...
    CalibrationEvidence evidence;                          // pooled out-of-fold
    std::map<int, double> rankRates;                       // parents alone: rank-1, 5, 10, 30
};

struct KinshipEvaluationOptions {
    int folds = 5;
    KinshipTrainingOptions training;
    const KinshipModel* fixedModel = nullptr;
};

struct KinshipEvaluation {
    std::size_t photos = 0;
    std::size_t photosWithoutFace = 0;
    std::size_t relatedPairs = 0;
    std::size_t rankingProbes = 0;
    double meanGallerySize = 0;
    KinshipMethodResult plain;
    KinshipMethodResult kinship;
    std::vector<KinshipPair> related;      // the related pairs used (with faces)
    std::optional<KinshipFoldModels> models;
};

// Related pairs of a dataset whose two photos have a face (embeddings: one per photo, in order).
std::vector<KinshipPair> relatedKinshipPairs(const KinshipDataset& dataset,
                                             const std::vector<std::optional<Embedding>>& embeddings);

Result<KinshipEvaluation> evaluateKinship(const KinshipDataset& dataset,
                                          const std::vector<std::optional<Embedding>>& embeddings,
                                          const KinshipEvaluationOptions& options = {});

}  // namespace reunite
