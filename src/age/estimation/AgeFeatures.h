#pragma once
// AgeFeatures: what the age regressions read from a face descriptor: the 128 values themselves
// and, for curvature, the products of its first k principal components (each pair once, times a
// scale that puts them on the footing of the linear part under one ridge penalty). A linear map of
// the descriptor alone cannot follow how faces change with age (an adult's age especially);
// these second-order terms let one ridge regression bend. k = 0: the descriptor alone.
// The principal directions are fitted on the training faces (numbers only, shipped in the file).
// Thread safety: immutable after construction.
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite {

class AgeFeatures {
public:
    AgeFeatures() = default;
    // mean: kEmbeddingSize values; components: k rows of kEmbeddingSize values.
    AgeFeatures(std::vector<double> mean, std::vector<std::vector<double>> components, double scale);

    // Principal directions of these descriptors (k of them), for the quadratic terms.
    static AgeFeatures fit(const std::vector<const Embedding*>& descriptors, int components, double scale);
    static Result<AgeFeatures> checked(std::vector<double> mean, std::vector<std::vector<double>> components, double scale);

    std::size_t size() const;
    std::vector<double> of(const Embedding& descriptor) const;

    const std::vector<double>& mean() const { return mean_; }
    const std::vector<std::vector<double>>& components() const { return components_; }
    double scale() const { return scale_; }

private:
    std::vector<double> mean_;
    std::vector<std::vector<double>> components_;
    double scale_ = 1;
};

}  // namespace reunite
