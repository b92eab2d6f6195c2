#include "age/estimation/AgeFeatures.h"

#include <cmath>

#include <opencv2/core.hpp>

namespace reunite {

namespace {

constexpr std::size_t kShapeValues = 2 * kLandmarkCount;

PointF meanOf(const Landmarks& points, int from, int to) {
    PointF sum{0, 0};
    for (int i = from; i < to; ++i) sum = {sum.x + points[i].x, sum.y + points[i].y};
    return {sum.x / (to - from), sum.y / (to - from)};
}

bool allFinite(const std::vector<double>& values) {
    for (double x : values)
        if (!std::isfinite(x)) return false;
    return true;
}

// Mean proportions of these faces (AgeFeatures::proportions).
std::vector<double> meanProportions(const std::vector<const Landmarks*>& shapes) {
    std::vector<double> mean(kShapeValues, 0);
    for (const Landmarks* shape : shapes) {
        const std::vector<double> p = AgeFeatures::proportions(*shape);
        for (std::size_t i = 0; i < kShapeValues; ++i) mean[i] += p[i] / static_cast<double>(shapes.size());
    }
    return mean;
}

}  // namespace

AgeFeatures::AgeFeatures(std::vector<double> mean, std::vector<std::vector<double>> components, double scale,
                         std::vector<double> shapeMean, double shapeScale)
    : mean_(std::move(mean)), components_(std::move(components)), scale_(scale), shapeMean_(std::move(shapeMean)), shapeScale_(shapeScale) {}

std::vector<double> AgeFeatures::proportions(const Landmarks& landmarks) {
    const PointF left = meanOf(landmarks, 36, 42), right = meanOf(landmarks, 42, 48);
    const double dx = right.x - left.x, dy = right.y - left.y, distance = std::hypot(dx, dy);
    std::vector<double> out(kShapeValues, 0);
    if (!(distance > 1e-9) || !std::isfinite(distance)) return out;
    const PointF centre{(left.x + right.x) / 2, (left.y + right.y) / 2};
    const double c = dx / distance, s = dy / distance;  // rotate by minus the eye line's angle
    for (int i = 0; i < kLandmarkCount; ++i) {
        const double x = (landmarks[i].x - centre.x) / distance, y = (landmarks[i].y - centre.y) / distance;
        out[2 * static_cast<std::size_t>(i)] = c * x + s * y;
        out[2 * static_cast<std::size_t>(i) + 1] = -s * x + c * y;
    }
    return out;
}

AgeFeatures AgeFeatures::fit(const std::vector<const Embedding*>& descriptors, const std::vector<const Landmarks*>& shapes,
                             int components, double scale, double shapeScale) {
    std::vector<double> shapeMean = shapeScale > 0 && !shapes.empty() ? meanProportions(shapes) : std::vector<double>{};
    if (shapeMean.empty()) shapeScale = 0;
    if (components <= 0 || descriptors.empty()) return AgeFeatures({}, {}, scale, std::move(shapeMean), shapeScale);
    cv::Mat rows(static_cast<int>(descriptors.size()), kEmbeddingSize, CV_64F);
    for (int i = 0; i < rows.rows; ++i)
        for (int d = 0; d < kEmbeddingSize; ++d) rows.at<double>(i, d) = (*descriptors[static_cast<std::size_t>(i)])[d];
    const cv::PCA pca(rows, cv::Mat(), cv::PCA::DATA_AS_ROW, components);
    std::vector<std::vector<double>> directions;
    for (int k = 0; k < pca.eigenvectors.rows; ++k)
        directions.emplace_back(pca.eigenvectors.ptr<double>(k), pca.eigenvectors.ptr<double>(k) + kEmbeddingSize);
    return AgeFeatures(std::vector<double>(pca.mean.ptr<double>(0), pca.mean.ptr<double>(0) + kEmbeddingSize), std::move(directions), scale,
                       std::move(shapeMean), shapeScale);
}

Result<AgeFeatures> AgeFeatures::checked(std::vector<double> mean, std::vector<std::vector<double>> components, double scale,
                                         std::vector<double> shapeMean, double shapeScale) {
    if (!components.empty() && (mean.size() != static_cast<std::size_t>(kEmbeddingSize) || !allFinite(mean)))
        return makeError(ErrorCode::ModelCorrupt, "the feature mean needs 128 finite values");
    for (const auto& c : components)
        if (c.size() != static_cast<std::size_t>(kEmbeddingSize) || !allFinite(c))
            return makeError(ErrorCode::ModelCorrupt, "every principal direction needs 128 finite values");
    if (!std::isfinite(scale)) return makeError(ErrorCode::ModelCorrupt, "the quadratic scale is not finite");
    if (!shapeMean.empty() && (shapeMean.size() != kShapeValues || !allFinite(shapeMean) || !(shapeScale > 0) || !std::isfinite(shapeScale)))
        return makeError(ErrorCode::ModelCorrupt, "the mean proportions need 136 finite values and a positive scale");
    const double usedShapeScale = shapeMean.empty() ? 0 : shapeScale;
    return AgeFeatures(std::move(mean), std::move(components), scale, std::move(shapeMean), usedShapeScale);
}

std::size_t AgeFeatures::size() const {
    const std::size_t k = components_.size();
    return static_cast<std::size_t>(kEmbeddingSize) + k * (k + 1) / 2 + (shapeMean_.empty() ? 0 : kShapeValues);
}

std::vector<double> AgeFeatures::of(const Embedding& descriptor, const Landmarks& landmarks) const {
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
    if (!shapeMean_.empty()) {
        const std::vector<double> shape = proportions(landmarks);
        for (std::size_t i = 0; i < kShapeValues; ++i) features.push_back((shape[i] - shapeMean_[i]) * shapeScale_);
    }
    return features;
}

}  // namespace reunite
