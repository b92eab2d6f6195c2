#include "age/estimation/AgeFeatures.h"

#include <cmath>

#include <opencv2/core.hpp>

namespace reunite {

AgeFeatures::AgeFeatures(std::vector<double> mean, std::vector<std::vector<double>> components, double scale)
    : mean_(std::move(mean)), components_(std::move(components)), scale_(scale) {}

AgeFeatures AgeFeatures::fit(const std::vector<const Embedding*>& descriptors, int components, double scale) {
    if (components <= 0 || descriptors.empty()) return AgeFeatures({}, {}, scale);
    cv::Mat rows(static_cast<int>(descriptors.size()), kEmbeddingSize, CV_64F);
    for (int i = 0; i < rows.rows; ++i)
        for (int d = 0; d < kEmbeddingSize; ++d) rows.at<double>(i, d) = (*descriptors[static_cast<std::size_t>(i)])[d];
    const cv::PCA pca(rows, cv::Mat(), cv::PCA::DATA_AS_ROW, components);
    std::vector<std::vector<double>> directions;
    for (int k = 0; k < pca.eigenvectors.rows; ++k)
        directions.emplace_back(pca.eigenvectors.ptr<double>(k), pca.eigenvectors.ptr<double>(k) + kEmbeddingSize);
    return AgeFeatures(std::vector<double>(pca.mean.ptr<double>(0), pca.mean.ptr<double>(0) + kEmbeddingSize), std::move(directions), scale);
}

Result<AgeFeatures> AgeFeatures::checked(std::vector<double> mean, std::vector<std::vector<double>> components, double scale) {
    const auto finite = [](const std::vector<double>& v) {
        for (double x : v)
            if (!std::isfinite(x)) return false;
        return true;
    };
    if (!components.empty() && (mean.size() != static_cast<std::size_t>(kEmbeddingSize) || !finite(mean)))
        return makeError(ErrorCode::ModelCorrupt, "the feature mean needs 128 finite values");
    for (const auto& c : components)
        if (c.size() != static_cast<std::size_t>(kEmbeddingSize) || !finite(c))
            return makeError(ErrorCode::ModelCorrupt, "every principal direction needs 128 finite values");
    if (!std::isfinite(scale)) return makeError(ErrorCode::ModelCorrupt, "the quadratic scale is not finite");
    return AgeFeatures(std::move(mean), std::move(components), scale);
}

std::size_t AgeFeatures::size() const {
    const std::size_t k = components_.size();
    return static_cast<std::size_t>(kEmbeddingSize) + k * (k + 1) / 2;
}

std::vector<double> AgeFeatures::of(const Embedding& descriptor) const {
    std::vector<double> features(descriptor.begin(), descriptor.end());
    features.reserve(size());
    std::vector<double> projected;
    for (const auto& direction : components_) {
        double p = 0;
        for (int d = 0; d < kEmbeddingSize; ++d) p += direction[static_cast<std::size_t>(d)] * (descriptor[d] - mean_[static_cast<std::size_t>(d)]);
        projected.push_back(p);
    }
    for (std::size_t a = 0; a < projected.size(); ++a)
        for (std::size_t b = a; b < projected.size(); ++b) features.push_back(projected[a] * projected[b] * scale_);
    return features;
}

}  // namespace reunite
