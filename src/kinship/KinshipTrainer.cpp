#include "kinship/KinshipTrainer.h"

#include <cmath>
#include <string>

#include <opencv2/core.hpp>

#include "calibration/CrossValidationFolds.h"
#include "calibration/LogisticRegression.h"
#include "calibration/ScoreCalibration.h"

namespace reunite {
namespace {

constexpr int kDims = kEmbeddingSize;

int meanIndexOf(KinRole role) {
    switch (role) {
    case KinRole::Father: return 0;
    case KinRole::Mother: return 1;
    case KinRole::Son: return 2;
    case KinRole::Daughter: return 3;
    case KinRole::Parent:
    case KinRole::Child: return -1;
    }
    return -1;
}

cv::Mat rowOf(const Embedding& e) {
    cv::Mat row(1, kDims, CV_64F);
    for (int i = 0; i < kDims; ++i) row.at<double>(0, i) = e[i];
    return row;
}

// Role means; a role without faces falls back to its generation's mean of all faces.
Result<std::array<cv::Mat, 4>> roleMeans(const std::vector<KinshipPair>& related) {
    std::array<cv::Mat, 4> sums;
    std::array<int, 4> counts{};
    cv::Mat elderSum = cv::Mat::zeros(1, kDims, CV_64F), youngerSum = cv::Mat::zeros(1, kDims, CV_64F);
    for (cv::Mat& s : sums) s = cv::Mat::zeros(1, kDims, CV_64F);
    for (const KinshipPair& p : related) {
        elderSum += rowOf(p.elder);
        youngerSum += rowOf(p.younger);
        if (int i = meanIndexOf(p.elderRole); i >= 0) {
            sums[i] += rowOf(p.elder);
            ++counts[i];
        }
        if (int i = meanIndexOf(p.youngerRole); i >= 0) {
            sums[i] += rowOf(p.younger);
            ++counts[i];
        }
    }
    if (related.empty()) return makeError(ErrorCode::InvalidArgument, "kinship training needs related pairs");
    std::array<cv::Mat, 4> means;
    for (int i = 0; i < 4; ++i) {
        const cv::Mat& fallback = i < 2 ? elderSum : youngerSum;
        means[i] = counts[i] ? sums[i] / counts[i] : fallback / static_cast<double>(related.size());
    }
    return means;
}

cv::Mat centredRows(const std::vector<KinshipPair>& related, const std::array<cv::Mat, 4>& means, bool elder) {
    cv::Mat rows(static_cast<int>(related.size()), kDims, CV_64F);
    for (std::size_t r = 0; r < related.size(); ++r) {
        const KinshipPair& p = related[r];
        const KinRole role = elder ? p.elderRole : p.youngerRole;
        const int i = meanIndexOf(role);
        cv::Mat mean = i >= 0 ? means[i]
                              : (isParentRole(role) ? (means[0] + means[1]) / 2 : (means[2] + means[3]) / 2);
        cv::Mat(rowOf(elder ? p.elder : p.younger) - mean).copyTo(rows.row(static_cast<int>(r)));
    }
    return rows;
}

// Eigen-decomposition of a symmetric matrix: eigenvalues descending, eigenvectors as rows.
void symmetricEigen(const cv::Mat& m, cv::Mat& values, cv::Mat& vectors) { cv::eigen(m, values, vectors); }

cv::Mat inverseSquareRoot(const cv::Mat& covariance) {
    cv::Mat values, vectors;
    symmetricEigen(covariance, values, vectors);
    cv::Mat scaled = cv::Mat::zeros(covariance.size(), CV_64F);
    for (int i = 0; i < covariance.rows; ++i) scaled.at<double>(i, i) = 1.0 / std::sqrt(values.at<double>(i));
    return vectors.t() * scaled * vectors;
}

double logDeterminant(const cv::Mat& symmetricPositive) {
    cv::Mat values, vectors;
    symmetricEigen(symmetricPositive, values, vectors);
    double sum = 0;
    for (int i = 0; i < values.rows; ++i) sum += std::log(values.at<double>(i));
    return sum;
}

std::vector<float> toFloats(const cv::Mat& m) {
    std::vector<float> out;
    out.reserve(static_cast<std::size_t>(m.rows) * m.cols);
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c) out.push_back(static_cast<float>(m.at<double>(r, c)));
    return out;
}

cv::Mat whiteningMatrix(const cv::Mat& elders, const cv::Mat& youngers, const KinshipTrainingOptions& o) {
    const cv::Mat d = elders - youngers;
    cv::Mat within = d.t() * d / (2.0 * d.rows);
    const double meanVariance = cv::trace(within)[0] / kDims;
    within = (1 - o.whiteningShrinkage) * within + o.whiteningShrinkage * meanVariance * cv::Mat::eye(kDims, kDims, CV_64F) +
             o.regularisation * cv::Mat::eye(kDims, kDims, CV_64F);
    return inverseSquareRoot(within);
}

// Two-covariance model in k principal directions: faces x = family part + individual part.
void fitJointBayesian(const cv::Mat& elders, const cv::Mat& youngers, const KinshipTrainingOptions& o,
                      KinshipSpace::Parameters& p) {
    const int k = static_cast<int>(o.bayesianDimension);
    cv::Mat all;
    cv::vconcat(elders, youngers, all);
    cv::Mat values, vectors;
    symmetricEigen(all.t() * all / all.rows, values, vectors);
    const cv::Mat projection = vectors.rowRange(0, k).clone();
    const cv::Mat e = elders * projection.t(), y = youngers * projection.t();
    const cv::Mat d = e - y;
    const cv::Mat eye = cv::Mat::eye(k, k, CV_64F);
    const cv::Mat within = d.t() * d / (2.0 * d.rows) + o.bayesianRegularisation * eye;
    cv::Mat projected;
    cv::vconcat(e, y, projected);
    cv::Mat between = projected.t() * projected / projected.rows - within;
    symmetricEigen(between, values, vectors);
    for (int i = 0; i < k; ++i) values.at<double>(i) = std::max(values.at<double>(i), 1e-6);
    between = vectors.t() * cv::Mat::diag(values) * vectors;
    const cv::Mat total = between + within;
    cv::Mat same(2 * k, 2 * k, CV_64F), different = cv::Mat::zeros(2 * k, 2 * k, CV_64F);
    total.copyTo(same(cv::Rect(0, 0, k, k)));
    total.copyTo(same(cv::Rect(k, k, k, k)));
    between.copyTo(same(cv::Rect(k, 0, k, k)));
    between.copyTo(same(cv::Rect(0, k, k, k)));
    total.copyTo(different(cv::Rect(0, 0, k, k)));
    total.copyTo(different(cv::Rect(k, k, k, k)));
    const cv::Mat q = different.inv(cv::DECOMP_SVD) - same.inv(cv::DECOMP_SVD);
    p.bayesianDimension = static_cast<std::size_t>(k);
    p.bayesianProjection = toFloats(projection);
    p.bayesianSelf = toFloats(q(cv::Rect(0, 0, k, k)));
    p.bayesianCross = toFloats(q(cv::Rect(k, 0, k, k)));
    p.bayesianConstant = 0.5 * (logDeterminant(different) - logDeterminant(same));
}

std::string familyOf(const KinshipPair& p) { return p.elderFamily; }

}  // namespace

Result<KinshipSpace> fitKinshipSpace(const std::vector<KinshipPair>& related, const KinshipTrainingOptions& options) {
    if (related.size() < static_cast<std::size_t>(2 * options.bayesianDimension) || options.bayesianDimension == 0 ||
        options.bayesianDimension > static_cast<std::size_t>(kDims)) {
        return makeError(ErrorCode::InvalidArgument, "kinship training needs at least " +
                                                         std::to_string(2 * options.bayesianDimension) +
                                                         " related pairs (got " + std::to_string(related.size()) + ")");
    }
    auto means = roleMeans(related);
    if (!means) return means.error();
    const cv::Mat elders = centredRows(related, means.value(), true), youngers = centredRows(related, means.value(), false);
    KinshipSpace::Parameters p;
    for (int i = 0; i < 4; ++i)
        for (int d = 0; d < kDims; ++d) p.roleMeans[i][d] = static_cast<float>(means.value()[i].at<double>(0, d));
    p.whitening = toFloats(whiteningMatrix(elders, youngers, options));
    fitJointBayesian(elders, youngers, options, p);
    return KinshipSpace::create(std::move(p));
}

Result<KinshipModel> trainKinshipModel(const std::vector<KinshipPair>& related, const KinshipTrainingOptions& options) {
    std::vector<double> rows;
    std::vector<std::uint8_t> labels;
    std::size_t mates = 0;
    for (int fold = 0; fold < options.innerFolds; ++fold) {
        std::vector<KinshipPair> training, held;
        for (const KinshipPair& p : related)
            (innerCrossValidationFold(familyOf(p), options.innerFolds) == fold ? held : training).push_back(p);
        if (held.empty()) continue;
        auto space = fitKinshipSpace(training, options);
        if (!space) return space.error();
        std::vector<KinshipPair> scored = held;
        const std::vector<KinshipPair> unrelated = makeUnrelatedPairs(held, options.negativesPerPositive);
        scored.insert(scored.end(), unrelated.begin(), unrelated.end());
        for (const KinshipPair& p : scored) {
            const KinshipScores s = space.value().score(p.elder, p.elderRole, p.younger, p.youngerRole);
            rows.push_back(s.whitenedCosine);
            rows.push_back(s.jointBayesian);
            labels.push_back(p.related ? 1 : 0);
            mates += p.related ? 1 : 0;
        }
    }
    auto fusion = fitLogisticRegression(rows, 2, labels);
    if (!fusion) return makeError(fusion.error().code, "kinship fusion: " + fusion.error().message);
    auto space = fitKinshipSpace(related, options);
    if (!space) return space.error();
    return KinshipModel(std::move(space).value(), LikelihoodFusionRule::fromLogistic(fusion.value(), mates, labels.size() - mates));
}

}  // namespace reunite
