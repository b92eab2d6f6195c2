#pragma once
// AgeEstimator: the age of a face from its dlib embedding (the plain 128-D face descriptor the
// pipeline computes anyway) and its 68 landmarks, read through AgeFeatures (the descriptor,
// second-order terms of its leading principal components, and the face's proportions); both are
// stored with every face, so any stored face can be estimated. Two stages of ridge regression (on log(1 + age), or on the age
// for adult bands where the log would squeeze the differences):
//  1. one general model gives a first estimate;
//  2. the expert of the age band that estimate falls in (e.g. 0-12, 13-24, 25-44, 45+), trained on
//     faces of that band widened by a margin, gives the final estimate, kept within the band's
//     margins so that an expert never extrapolates far.
// Each band carries the mean absolute error cross-validation measured for the estimates its expert
// made, which becomes the estimate's "plus or minus". A file needs at least one band. Loaded from the shipped JSON (numbers only, no faces);
// load() fails clearly on a missing, damaged or inconsistent file.
// Thread safety: immutable after construction; estimate() may run on any number of threads.
#include <filesystem>
#include <string>
#include <vector>

#include "age/estimation/AgeEstimate.h"
#include "age/estimation/AgeFeatures.h"
#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite {

inline constexpr double kMaximumEstimatedAge = 100;

// One linear model of log(1 + age) (or of the age itself): bias + weights . features.
struct AgeRegression {
    double bias = 0;
    std::vector<double> weights;  // one per feature (AgeFeatures::size())
    bool logTarget = true;        // false: the model gives years directly

    double linear(const std::vector<double>& features) const;
    double years(const std::vector<double>& features) const;  // clamped to [0, kMaximumEstimatedAge]
};

struct AgeExpert {
    double fromYears = 0;  // the band [from, to) of first-stage estimates it takes
    double toYears = 0;
    double margin = 0;     // trained on true ages within the band +- margin; estimates kept there
    AgeRegression regression;
    double meanAbsoluteError = 0;  // cross-validated, of the final estimates this expert made
};

class AgeEstimator {
public:
    AgeEstimator() = default;
    AgeEstimator(AgeFeatures features, AgeRegression general, std::vector<AgeExpert> experts, std::string provenance);

    // Loads the shipped estimator (resources/age/age_estimator.json) or another file.
    static Result<AgeEstimator> load(const std::filesystem::path& file);
    static Result<AgeEstimator> discover();
    Status save(const std::filesystem::path& file, const std::string& crossValidationJson = {}) const;

    AgeEstimate estimate(const Embedding& embedding, const Landmarks& landmarks) const;
    // Whether embeddings of this model (FacePipeline::embeddingModelId) are what the estimator was
    // trained on; true for any model when the file does not say.
    bool reads(const std::string& embeddingModelId) const;
    void setEmbeddingModelId(std::string id) { embeddingModelId_ = std::move(id); }
    const std::string& embeddingModelId() const { return embeddingModelId_; }
    // Names this estimator's numbers: "age-estimator-" and the start of the file's SHA-256 when
    // loaded from a file; empty for one built in memory until setId. Stored beside what it estimated.
    const std::string& id() const { return id_; }
    void setId(std::string id) { id_ = std::move(id); }
    double firstStageYears(const Embedding& embedding, const Landmarks& landmarks) const;

    const AgeFeatures& features() const { return features_; }
    const AgeRegression& general() const { return general_; }
    const std::vector<AgeExpert>& experts() const { return experts_; }
    const std::string& provenance() const { return provenance_; }

private:
    AgeFeatures features_;
    AgeRegression general_;
    std::vector<AgeExpert> experts_;
    std::string provenance_;
    std::string embeddingModelId_;
    std::string id_;
};


}  // namespace reunite
