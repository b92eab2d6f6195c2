#pragma once
// AgeFeatures: what the age regressions read from a face: the descriptor's 128 values; for
// curvature, the products of its first k principal components (each pair once, times a scale
// that puts them on the footing of the linear part under one ridge penalty); and the face's
// proportions: its 68 landmarks in the frame of its eyes (origin between the eye centres, the
// eye line horizontal, the distance between the eyes as unit), minus their training mean, times
// a scale. A linear map of the descriptor alone cannot follow how faces change with age (an
// adult's age especially), and the descriptor is trained to ignore the proportions that change
// as a child grows. k = 0: no quadratic terms; no shape mean: no proportions.
// The principal directions and the mean shape are fitted on the training faces (numbers only,
// shipped in the file).
// Thread safety: immutable after construction.
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite {

class AgeFeatures {
public:
    AgeFeatures() = default;
    // mean: kEmbeddingSize values; components: k rows of kEmbeddingSize values.
    AgeFeatures(std::vector<double> mean, std::vector<std::vector<double>> components, double scale,
                std::vector<double> shapeMean = {}, double shapeScale = 0);

    // Principal directions of these descriptors (k of them), for the quadratic terms; the mean
    // proportions of these faces when shapeScale > 0.
    static AgeFeatures fit(const std::vector<const Embedding*>& descriptors, const std::vector<const Landmarks*>& shapes,
                           int components, double scale, double shapeScale);
    static Result<AgeFeatures> checked(std::vector<double> mean, std::vector<std::vector<double>> components, double scale,
                                       std::vector<double> shapeMean, double shapeScale);

    // The face's landmarks in the frame of its eyes, x and y of each point in turn (136 values);
    // all zero when the eyes coincide (no landmarks).
    static std::vector<double> proportions(const Landmarks& landmarks);

    std::size_t size() const;
    std::vector<double> of(const Embedding& descriptor, const Landmarks& landmarks) const;

    const std::vector<double>& mean() const { return mean_; }
    const std::vector<std::vector<double>>& components() const { return components_; }
    double scale() const { return scale_; }
    const std::vector<double>& shapeMean() const { return shapeMean_; }
    double shapeScale() const { return shapeScale_; }

private:
    std::vector<double> mean_;
    std::vector<std::vector<double>> components_;
    double scale_ = 1;
    std::vector<double> shapeMean_;
    double shapeScale_ = 0;
};

}  // namespace reunite
