#include "crossage/AgeInvariantTrainer.h"

#include <cmath>
#include <map>

#include <opencv2/core.hpp>

namespace reunite {

Result<AgeInvariantTransform> trainAgeInvariantTransform(const std::vector<LabelledEmbedding>& samples,
                                                         const AgeInvariantTrainingOptions& options) {
    constexpr int n = kEmbeddingSize;
    cv::Mat youngSum = cv::Mat::zeros(1, n, CV_64F), adultSum = cv::Mat::zeros(1, n, CV_64F);
    int youngCount = 0, adultCount = 0;
    for (const LabelledEmbedding& s : samples) {
        cv::Mat row(1, n, CV_32F, const_cast<float*>(s.embedding.data()));
        cv::Mat row64;
        row.convertTo(row64, CV_64F);
        if (s.young) {
            youngSum += row64;
            ++youngCount;
        } else {
            adultSum += row64;
            ++adultCount;
        }
    }
    if (youngCount < 2 || adultCount < 2) {
        return makeError(ErrorCode::InvalidArgument, "training needs young and adult photos (got " +
                                                         std::to_string(youngCount) + " young, " + std::to_string(adultCount) + " adult)");
    }
    const cv::Mat youngMean = youngSum / youngCount, adultMean = adultSum / adultCount;

    std::map<std::string, std::vector<cv::Mat>> bySubject;
    for (const LabelledEmbedding& s : samples) {
        cv::Mat row(1, n, CV_32F, const_cast<float*>(s.embedding.data()));
        cv::Mat row64;
        row.convertTo(row64, CV_64F);
        bySubject[s.subject].push_back(row64 - (s.young ? youngMean : adultMean));
    }
    cv::Mat scatter = cv::Mat::zeros(n, n, CV_64F);
    int counted = 0;
    for (const auto& [subject, rows] : bySubject) {
        if (rows.size() < 2) continue;
        cv::Mat mean = cv::Mat::zeros(1, n, CV_64F);
        for (const cv::Mat& r : rows) mean += r;
        mean /= static_cast<double>(rows.size());
        for (const cv::Mat& r : rows) {
            const cv::Mat d = r - mean;
            scatter += d.t() * d;
        }
        counted += static_cast<int>(rows.size());
    }
    if (counted < n) {
        return makeError(ErrorCode::InvalidArgument, "too few people with several photos to learn from (" +
                                                         std::to_string(counted) + " photos)");
    }
    scatter /= counted;
    scatter += cv::Mat::eye(n, n, CV_64F) * options.regularisation;
    cv::Mat eigenvalues, eigenvectors;  // rows of eigenvectors are the eigenvectors
    cv::eigen(scatter, eigenvalues, eigenvectors);
    cv::Mat inverseRoot = cv::Mat::zeros(n, n, CV_64F);
    for (int i = 0; i < n; ++i) inverseRoot.at<double>(i, i) = 1.0 / std::sqrt(eigenvalues.at<double>(i));
    const cv::Mat whitening = eigenvectors.t() * inverseRoot * eigenvectors;

    Embedding young{}, adult{};
    for (int i = 0; i < n; ++i) {
        young[i] = static_cast<float>(youngMean.at<double>(i));
        adult[i] = static_cast<float>(adultMean.at<double>(i));
    }
    std::vector<float> matrix(static_cast<std::size_t>(n) * n);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) matrix[static_cast<std::size_t>(r) * n + c] = static_cast<float>(whitening.at<double>(r, c));
    const std::string provenance = options.provenance + (options.provenance.empty() ? "" : "; ") + std::to_string(youngCount) +
                                   " young and " + std::to_string(adultCount) + " adult photos of " +
                                   std::to_string(bySubject.size()) + " people";
    return AgeInvariantTransform(young, adult, std::move(matrix), options.fusion, provenance);
}

}  // namespace reunite
