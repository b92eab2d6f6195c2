#include "crossage/AgeInvariantTrainer.h"

#include <cmath>
#include <map>
#include <set>

#include <opencv2/core.hpp>

namespace reunite {
namespace {

constexpr int kDims = kEmbeddingSize;

cv::Mat rowOf(const Embedding& embedding) {
    cv::Mat row64;
    cv::Mat(1, kDims, CV_32F, const_cast<float*>(embedding.data())).convertTo(row64, CV_64F);
    return row64;
}

Embedding embeddingOf(const cv::Mat& row) {
    Embedding e{};
    for (int i = 0; i < kDims; ++i) e[i] = static_cast<float>(row.at<double>(i));
    return e;
}

struct GroupMeans {
    cv::Mat young, adult;
    int youngCount = 0, adultCount = 0;
};

Result<GroupMeans> groupMeans(const std::vector<LabelledEmbedding>& samples) {
    GroupMeans means{cv::Mat::zeros(1, kDims, CV_64F), cv::Mat::zeros(1, kDims, CV_64F)};
    for (const LabelledEmbedding& s : samples) {
        (s.young ? means.young : means.adult) += rowOf(s.embedding);
        ++(s.young ? means.youngCount : means.adultCount);
    }
    if (means.youngCount < 2 || means.adultCount < 2) {
        return makeError(ErrorCode::InvalidArgument, "training needs young and adult photos (got " +
                                                         std::to_string(means.youngCount) + " young, " +
                                                         std::to_string(means.adultCount) + " adult)");
    }
    means.young /= means.youngCount;
    means.adult /= means.adultCount;
    return means;
}

// Each person's photos, centred on their own age group's mean.
std::map<std::string, std::vector<cv::Mat>> centredBySubject(const std::vector<LabelledEmbedding>& samples,
                                                             const GroupMeans& means) {
    std::map<std::string, std::vector<cv::Mat>> bySubject;
    for (const LabelledEmbedding& s : samples) bySubject[s.subject].push_back(rowOf(s.embedding) - (s.young ? means.young : means.adult));
    return bySubject;
}

// Covariance of each person's photos around that person's mean (people with one photo add nothing).
Result<cv::Mat> withinPersonCovariance(const std::map<std::string, std::vector<cv::Mat>>& bySubject) {
    cv::Mat scatter = cv::Mat::zeros(kDims, kDims, CV_64F);
    int counted = 0;
    for (const auto& [subject, rows] : bySubject) {
        if (rows.size() < 2) continue;
        cv::Mat mean = cv::Mat::zeros(1, kDims, CV_64F);
        for (const cv::Mat& r : rows) mean += r;
        mean /= static_cast<double>(rows.size());
        for (const cv::Mat& r : rows) {
            const cv::Mat d = r - mean;
            scatter += d.t() * d;
        }
        counted += static_cast<int>(rows.size());
    }
    if (counted < kDims) {
        return makeError(ErrorCode::InvalidArgument,
                         "too few people with several photos to learn from (" + std::to_string(counted) + " photos)");
    }
    return cv::Mat(scatter / counted);
}

cv::Mat regularised(const cv::Mat& covariance, const AgeInvariantTrainingOptions& options) {
    const double meanVariance = cv::trace(covariance)[0] / kDims;
    const cv::Mat identity = cv::Mat::eye(kDims, kDims, CV_64F);
    return covariance * (1.0 - options.shrinkage) + identity * (options.shrinkage * meanVariance + options.regularisation);
}

// S^(-1/2) of a symmetric positive definite matrix.
cv::Mat inverseSquareRoot(const cv::Mat& symmetric) {
    cv::Mat eigenvalues, eigenvectors;  // rows of eigenvectors are the eigenvectors
    cv::eigen(symmetric, eigenvalues, eigenvectors);
    cv::Mat inverseRoot = cv::Mat::zeros(kDims, kDims, CV_64F);
    for (int i = 0; i < kDims; ++i) inverseRoot.at<double>(i, i) = 1.0 / std::sqrt(eigenvalues.at<double>(i));
    return eigenvectors.t() * inverseRoot * eigenvectors;
}

std::vector<float> rowMajor(const cv::Mat& matrix) {
    std::vector<float> values(static_cast<std::size_t>(kDims) * kDims);
    for (int r = 0; r < kDims; ++r)
        for (int c = 0; c < kDims; ++c) values[static_cast<std::size_t>(r) * kDims + c] = static_cast<float>(matrix.at<double>(r, c));
    return values;
}

// Unit-length k-means centroids of the projected young photos that each average at least
// options.minimumPeople different people.
std::vector<Embedding> cohortCentroids(const std::vector<LabelledEmbedding>& samples, const AgeInvariantTransform& transform,
                                       const AgeInvariantTrainingOptions& options) {
    std::vector<std::string> people;
    cv::Mat projected(0, kDims, CV_32F);
    for (const LabelledEmbedding& s : samples) {
        if (!s.young) continue;
        const Embedding p = transform.projectProbe(s.embedding);
        projected.push_back(cv::Mat(1, kDims, CV_32F, const_cast<float*>(p.data())).clone());
        people.push_back(s.subject);
    }
    const int k = std::min(options.cohortCentroids, projected.rows);
    if (k < 1) return {};
    cv::theRNG().state = 20240601;
    cv::Mat labels, centres;
    cv::kmeans(projected, k, labels, cv::TermCriteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, 100, 1e-6), 3,
               cv::KMEANS_PP_CENTERS, centres);
    std::vector<std::set<std::string>> peopleOf(static_cast<std::size_t>(k));
    for (int i = 0; i < projected.rows; ++i) peopleOf[labels.at<int>(i)].insert(people[static_cast<std::size_t>(i)]);
    std::vector<Embedding> cohort;
    for (int c = 0; c < k; ++c) {
        if (static_cast<int>(peopleOf[static_cast<std::size_t>(c)].size()) < options.minimumPeople) continue;
        Embedding e{};
        double norm = 0;
        for (int i = 0; i < kDims; ++i) norm += static_cast<double>(centres.at<float>(c, i)) * centres.at<float>(c, i);
        for (int i = 0; i < kDims; ++i) e[i] = static_cast<float>(centres.at<float>(c, i) / std::sqrt(norm));
        cohort.push_back(e);
    }
    return cohort;
}

}  // namespace

Result<AgeInvariantTransform> trainAgeInvariantTransform(const std::vector<LabelledEmbedding>& samples,
                                                         const AgeInvariantTrainingOptions& options) {
    if (options.shrinkage < 0 || options.shrinkage > 1) return makeError(ErrorCode::InvalidArgument, "shrinkage must be in 0..1");
    auto means = groupMeans(samples);
    if (!means) return means.error();
    const auto bySubject = centredBySubject(samples, means.value());
    auto covariance = withinPersonCovariance(bySubject);
    if (!covariance) return covariance.error();
    const cv::Mat whitening = inverseSquareRoot(regularised(covariance.value(), options));
    const std::string provenance = options.provenance + (options.provenance.empty() ? "" : "; ") +
                                   std::to_string(means.value().youngCount) + " young and " +
                                   std::to_string(means.value().adultCount) + " adult photos of " +
                                   std::to_string(bySubject.size()) + " people";
    AgeInvariantTransform transform(embeddingOf(means.value().young), embeddingOf(means.value().adult), rowMajor(whitening),
                                    options.fusion, provenance);
    if (options.cohortCentroids > 0) {
        transform.setGalleryNormalisation(GalleryNormalisation{options.cohortWeight, cohortCentroids(samples, transform, options)});
    }
    return transform;
}

}  // namespace reunite
