#pragma once
// AgeInvariantTransform: a comparison space in which a person's childhood and adult embeddings
// lie closer. Learned from young/adult photo pairs (AgeInvariantTrainer): the young and the adult
// embeddings are each centred on their own age group's mean (the systematic shift with age is
// removed), then whitened by the within-person covariance (the directions in which one person's
// embedding wanders with age and circumstance are shrunk), then scaled to unit length.
//   probe  (a childhood photo):  normalise(W (x - youngMean))
//   gallery (an adult photo):    normalise(W (y - adultMean))
// Distances in this space are Euclidean between unit vectors (0..2).
// The file holds numbers only (two means, one 128x128 matrix, fusion weights), never faces.
// Thread safety: immutable after load; share freely.
#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite {

struct FusionWeights {
    double direct = 0.15;         // weight of the plain dlib distance
    double directScale = 0.6;     // typical distance of the plain space
    double ageInvariant = 0.85;   // weight of the age-invariant distance
    double ageInvariantScale = 1.0;
    double progressed = 0.1;      // weight of age-progressed probes (plain space; neutral on LAG)
    double progressedScale = 0.6;
};

class AgeInvariantTransform {
public:
    AgeInvariantTransform(Embedding youngMean, Embedding adultMean, std::vector<float> whitening, FusionWeights weights,
                          std::string provenance);

    static Result<AgeInvariantTransform> load(const std::filesystem::path& file);
    Status save(const std::filesystem::path& file) const;

    Embedding projectProbe(const Embedding& childhood) const;
    Embedding projectGallery(const Embedding& adult) const;
    // Projects `count` gallery rows (row-major, 128 floats each) into `out` (same layout).
    void projectGalleryRows(const float* rows, std::size_t count, float* out) const;

    const FusionWeights& weights() const { return weights_; }
    const std::string& provenance() const { return provenance_; }
    const Embedding& youngMean() const { return youngMean_; }
    const Embedding& adultMean() const { return adultMean_; }

private:
    Embedding project(const Embedding& x, const Embedding& mean) const;

    Embedding youngMean_;
    Embedding adultMean_;
    std::vector<float> whitening_;  // 128 x 128, row-major
    FusionWeights weights_;
    std::string provenance_;
};

}  // namespace reunite
