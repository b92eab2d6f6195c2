#include "age/estimation/AgeEstimatorTrainer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <opencv2/core.hpp>

#include "calibration/CrossValidationFolds.h"

namespace reunite {
namespace {

constexpr std::size_t kMinimumFaces = 2 * kEmbeddingSize;  // for the general model
constexpr std::size_t kMinimumBandFaces = 100;             // for an expert (the ridge penalty carries it)

// A training face as the regressions read it.
struct FeaturedFace {
    std::vector<double> x;
    double age = 0;
    const std::string* group = nullptr;
};
using FaceRefs = std::vector<const FeaturedFace*>;

// Ridge regression of log(1 + age) (or the age) on the features, centred, penalty lambda x n.
AgeRegression fitRidge(const FaceRefs& faces, double lambda, bool logTarget) {
    const int n = static_cast<int>(faces.size()), p = static_cast<int>(faces.front()->x.size());
    cv::Mat x(n, p, CV_64F), y(n, 1, CV_64F);
    for (int i = 0; i < n; ++i) {
        const FeaturedFace& face = *faces[static_cast<std::size_t>(i)];
        std::copy(face.x.begin(), face.x.end(), x.ptr<double>(i));
        y.at<double>(i, 0) = logTarget ? std::log1p(face.age) : face.age;
    }
    cv::Mat xMean, yMean;
    cv::reduce(x, xMean, 0, cv::REDUCE_AVG);
    cv::reduce(y, yMean, 0, cv::REDUCE_AVG);
    const cv::Mat xc = x - cv::repeat(xMean, n, 1), yc = y - cv::repeat(yMean, n, 1);
    const cv::Mat gram = xc.t() * xc + cv::Mat::eye(p, p, CV_64F) * (lambda * n);
    cv::Mat w;
    cv::solve(gram, xc.t() * yc, w, cv::DECOMP_CHOLESKY);
    AgeRegression r;
    r.logTarget = logTarget;
    r.weights.assign(w.begin<double>(), w.end<double>());
    r.bias = yMean.at<double>(0, 0) - xMean.dot(w.t());
    return r;
}

// The lambda of the grid with the smallest inner out-of-fold mean absolute error, then the fit on all.
AgeRegression fitChosenRidge(const FaceRefs& faces, const AgeEstimatorOptions& options, bool logTarget, const char* salt) {
    double bestLambda = options.ridgeGrid.front(), bestError = std::numeric_limits<double>::infinity();
    for (double lambda : options.ridgeGrid) {
        double error = 0;
        for (int fold = 0; fold < options.innerFolds; ++fold) {
            FaceRefs training, held;
            for (const FeaturedFace* f : faces) (crossValidationFold(*f->group + salt, options.innerFolds) == fold ? held : training).push_back(f);
            if (training.size() < kMinimumBandFaces / 2 || held.empty()) continue;
            const AgeRegression r = fitRidge(training, lambda, logTarget);
            for (const FeaturedFace* f : held) error += std::abs(r.years(f->x) - f->age);
        }
        if (error < bestError) {
            bestError = error;
            bestLambda = lambda;
        }
    }
    return fitRidge(faces, bestLambda, logTarget);
}

// The features (principal directions of these faces) and the two stages, without the bands' errors.
Result<AgeEstimator> fitStages(const std::vector<const AgeTrainingFace*>& faces, const AgeEstimatorOptions& options, const char* salt) {
    if (faces.size() < kMinimumFaces) return makeError(ErrorCode::InvalidArgument, "an age estimator needs at least 256 faces");
    std::vector<const Embedding*> descriptors;
    std::vector<const Landmarks*> shapes;
    for (const AgeTrainingFace* f : faces) {
        descriptors.push_back(&f->embedding);
        shapes.push_back(&f->landmarks);
    }
    AgeFeatures features = AgeFeatures::fit(descriptors, shapes, options.principalComponents, options.quadraticScale, options.shapeScale);
    std::vector<FeaturedFace> featured;
    featured.reserve(faces.size());
    for (const AgeTrainingFace* f : faces) featured.push_back({features.of(f->embedding, f->landmarks), f->age, &f->group});
    FaceRefs all;
    for (const FeaturedFace& f : featured) all.push_back(&f);
    AgeRegression general = fitChosenRidge(all, options, true, salt);
    std::vector<AgeExpert> experts;
    for (std::size_t b = 0; b + 1 < options.bandEdges.size(); ++b) {
        const double from = options.bandEdges[b], to = options.bandEdges[b + 1];
        FaceRefs band;
        for (const FeaturedFace* f : all)
            if (f->age >= from - options.margin && f->age < to + options.margin) band.push_back(f);
        if (band.size() < kMinimumBandFaces)
            return makeError(ErrorCode::InvalidArgument, "too few faces aged " + std::to_string(static_cast<int>(from)) + "-" +
                                                             std::to_string(static_cast<int>(to)) + " for an age band");
        const bool logTarget = from < options.linearTargetFrom;
        experts.push_back(AgeExpert{from, to, options.margin, fitChosenRidge(band, options, logTarget, salt), 0});
    }
    return AgeEstimator(std::move(features), std::move(general), std::move(experts), "");
}

std::size_t bandOf(const AgeEstimator& estimator, const AgeTrainingFace& face) {
    const double first = estimator.firstStageYears(face.embedding, face.landmarks);
    const auto& experts = estimator.experts();
    for (std::size_t b = 0; b < experts.size(); ++b)
        if (first < experts[b].toYears) return b;
    return experts.size() - 1;
}

}  // namespace

Result<AgeEstimator> trainAgeEstimator(const std::vector<AgeTrainingFace>& faces, const AgeEstimatorOptions& options,
                                       const std::string& provenance) {
    std::vector<const AgeTrainingFace*> all;
    for (const AgeTrainingFace& f : faces) all.push_back(&f);
    auto fitted = fitStages(all, options, "#outer");
    if (!fitted) return fitted.error();
    // The bands' errors from an inner split of these faces.
    std::vector<double> errorSum(fitted.value().experts().size(), 0), count(errorSum.size(), 0);
    for (int fold = 0; fold < options.innerFolds; ++fold) {
        std::vector<const AgeTrainingFace*> training, held;
        for (const AgeTrainingFace* f : all) (crossValidationFold(f->group + "#bands", options.innerFolds) == fold ? held : training).push_back(f);
        auto inner = fitStages(training, options, "#inner");
        if (!inner) return inner.error();
        for (const AgeTrainingFace* f : held) {
            const std::size_t band = bandOf(inner.value(), *f);
            errorSum[band] += std::abs(inner.value().estimate(f->embedding, f->landmarks).years - f->age);
            count[band] += 1;
        }
    }
    std::vector<AgeExpert> experts = fitted.value().experts();
    for (std::size_t b = 0; b < experts.size(); ++b) experts[b].meanAbsoluteError = count[b] ? errorSum[b] / count[b] : 0;
    return AgeEstimator(fitted.value().features(), fitted.value().general(), std::move(experts), provenance);
}

Result<std::vector<AgeEstimate>> crossValidateAgeEstimator(const std::vector<AgeTrainingFace>& faces, int folds,
                                                           const AgeEstimatorOptions& options) {
    if (folds < 2) return makeError(ErrorCode::InvalidArgument, "cross-validation needs at least 2 folds");
    std::vector<AgeEstimate> estimates(faces.size());
    for (int fold = 0; fold < folds; ++fold) {
        std::vector<AgeTrainingFace> training;
        for (const AgeTrainingFace& f : faces)
            if (crossValidationFold(f.group, folds) != fold) training.push_back(f);
        auto estimator = trainAgeEstimator(training, options, "");
        if (!estimator) return estimator.error();
        for (std::size_t i = 0; i < faces.size(); ++i)
            if (crossValidationFold(faces[i].group, folds) == fold) estimates[i] = estimator.value().estimate(faces[i].embedding, faces[i].landmarks);
    }
    return estimates;
}

}  // namespace reunite
