#pragma once
// AgeInvariantTransform: a comparison space in which a person's childhood and adult embeddings
// lie closer. Learned from young/adult photo pairs (AgeInvariantTrainer): the young and the adult
// embeddings are each centred on their own age group's mean (the systematic shift with age is
// removed), then whitened by the within-person covariance (the directions in which one person's
// embedding wanders with age and circumstance are shrunk), then scaled to unit length.
//   probe  (a childhood photo):  normalise(W (x - youngMean))
//   gallery (an adult photo):    normalise(W (y - adultMean))
// Distances in this space are Euclidean between unit vectors (0..2).
// Gallery normalisation (optional): a gallery face that lies close to where childhood faces in
// general lie is close to many children, and would rank high for any of them (a "hub"). Each
// gallery face g gets a penalty added to its squared distance to every probe:
//   penalty(g) = 2 * cohortWeight * max_j <g, c_j>
// where c_j are unit-length centroids of projected childhood faces (each the average of many
// people). This is cross-domain similarity local scaling with the nearest cohort centroid.
// Augmentation (optional): "mirror" says the transform was fitted and should be used with
// embeddings averaged over each face chip and its left-right mirror (see MirrorAugmentation).
// The file holds numbers only (means, one 128x128 matrix, centroids, weights), never faces.
// Thread safety: immutable after load; share freely.
#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"
#include "crossage/ProbeFusion.h"

namespace reunite {

struct FusionWeights {
    double direct = 0.15;         // weight of the plain dlib distance
    double directScale = 0.6;     // typical distance of the plain space
    double ageInvariant = 0.85;   // weight of the age-invariant distance
    double ageInvariantScale = 1.0;
    double progressed = 0.1;      // weight of age-progressed probes (plain space; neutral on LAG)
    double progressedScale = 0.6;
    // How several probes of one kind (several childhood photos of a case) combine per candidate.
    ProbeFusion probeFusion = ProbeFusion::Closest;
};

struct GalleryNormalisation {
    double cohortWeight = 0;           // 0: off
    std::vector<Embedding> cohort;     // unit-length centroids in the age-invariant space
};

enum class EmbeddingAugmentation { None, Mirror };

class AgeInvariantTransform {
public:
    AgeInvariantTransform(Embedding youngMean, Embedding adultMean, std::vector<float> whitening, FusionWeights weights,
                          std::string provenance);

    void setGalleryNormalisation(GalleryNormalisation normalisation) { normalisation_ = std::move(normalisation); }
    void setAugmentation(EmbeddingAugmentation augmentation) { augmentation_ = augmentation; }
    void setWeights(const FusionWeights& weights) { weights_ = weights; }

    static Result<AgeInvariantTransform> load(const std::filesystem::path& file);
    Status save(const std::filesystem::path& file) const;

    Embedding projectProbe(const Embedding& childhood) const;
    Embedding projectGallery(const Embedding& adult) const;
    // Projects `count` gallery rows (row-major, 128 floats each) into `out` (same layout).
    void projectGalleryRows(const float* rows, std::size_t count, float* out) const;
    // The gallery normalisation penalty (added to squared distances) of `count` projected rows;
    // all zero when the normalisation is off.
    void galleryPenalties(const float* projectedRows, std::size_t count, float* out) const;

    const FusionWeights& weights() const { return weights_; }
    const GalleryNormalisation& galleryNormalisation() const { return normalisation_; }
    EmbeddingAugmentation augmentation() const { return augmentation_; }
    const std::string& provenance() const { return provenance_; }
    const Embedding& youngMean() const { return youngMean_; }
    const Embedding& adultMean() const { return adultMean_; }

private:
    Embedding project(const Embedding& x, const Embedding& mean) const;

    Embedding youngMean_;
    Embedding adultMean_;
    std::vector<float> whitening_;  // 128 x 128, row-major
    FusionWeights weights_;
    GalleryNormalisation normalisation_;
    EmbeddingAugmentation augmentation_ = EmbeddingAugmentation::None;
    std::string provenance_;
};

}  // namespace reunite
