#pragma once
// KinshipEvaluation: measures kinship verification and ranking on a family set by k-fold
// cross-validation by family.
//  Folds and pairs: when the set ships its own protocol (KinshipProtocol: KinFaceW's pair lists)
//  and `useProtocol` is set, its folds and its related and unrelated pairs are used as listed
//  (families take the fold of their listed pair); otherwise the fold of a family is
//  crossValidationFold of its name, and each test fold's related pairs get as many unrelated
//  pairs built inside that fold (makeUnrelatedPairs: a parent with another family's child of the
//  same relation type, as the KinFaceW protocol does). Models are fitted on the related pairs of
//  the other folds' families only. Two methods:
//   - "plain": the dlib distance, calibrated to an LR on the training folds' pairs;
//   - "kinship": the KinshipModel trained on the training folds only (or a fixed model).
//  Accuracy is that of the decision LR >= 1; AUC and TAR at FAR 1 % of the scores; Cllr, Cllr-min,
//  ECE and the reliability table of the out-of-fold LRs.
//  Ranking ("parents alone"): each test fold's related pair's parent photo searched against every
//  child photo of the set with the same role (son / daughter: the case's sex filter); rank of the
//  own child, ties counted against it. The gallery holds children of training families too (as
//  distractors).
// With `fixedModel`, nothing is fitted for the kinship method: the model is evaluated on every fold.
// Thread safety: pure function.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "calibration/CalibrationMetrics.h"
#include "domain/Result.h"
#include "eval/FamilyFolds.h"
#include "eval/KinshipDataset.h"
#include "kinship/KinshipPairs.h"
#include "kinship/KinshipTrainer.h"

namespace reunite {

// The kinship model of each fold (trained without that fold's families), or one fixed model.
class KinshipFoldModels {
public:
    static Result<KinshipFoldModels> train(const std::vector<KinshipPair>& related, const FamilyFolds& folds,
                                           const KinshipTrainingOptions& options);
    static KinshipFoldModels fixed(const KinshipModel& model, const FamilyFolds& folds);

    const FamilyFolds& folds() const { return folds_; }
    const KinshipModel& forFamily(const std::string& family) const { return forFold(folds_.of(family)); }
    const KinshipModel& forFold(int fold) const;

private:
    explicit KinshipFoldModels(FamilyFolds folds) : folds_(std::move(folds)) {}
    FamilyFolds folds_;
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
    int folds = 5;            // when the set's own protocol is not used
    bool useProtocol = true;  // the set's own folds and pairs, when it has them
    KinshipTrainingOptions training;
    const KinshipModel* fixedModel = nullptr;
};

struct KinshipEvaluation {
    std::string split;        // how folds and unrelated pairs were made, in words
    int folds = 0;
    std::size_t protocolPairsUnmatched = 0;
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
