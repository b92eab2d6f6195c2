#include "crossage/AgeInvariantTransform.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "domain/JsonModelFile.h"
#include "domain/FileBytes.h"

namespace reunite {
namespace {

void normaliseRows(float* rows, std::size_t count) {
    for (std::size_t r = 0; r < count; ++r) {
        float* row = rows + r * kEmbeddingSize;
        double sum = 0;
        for (int i = 0; i < kEmbeddingSize; ++i) sum += static_cast<double>(row[i]) * row[i];
        const float scale = sum > 0 ? static_cast<float>(1.0 / std::sqrt(sum)) : 0.0f;
        for (int i = 0; i < kEmbeddingSize; ++i) row[i] *= scale;
    }
}

}  // namespace

AgeInvariantTransform::AgeInvariantTransform(Embedding youngMean, Embedding adultMean, std::vector<float> whitening,
                                             FusionWeights weights, std::string provenance)
    : youngMean_(youngMean), adultMean_(adultMean), whitening_(std::move(whitening)), weights_(weights),
      provenance_(std::move(provenance)) {}

Embedding AgeInvariantTransform::project(const Embedding& x, const Embedding& mean) const {
    Embedding centred{}, out{};
    for (int i = 0; i < kEmbeddingSize; ++i) centred[i] = x[i] - mean[i];
    for (int r = 0; r < kEmbeddingSize; ++r) {
        double sum = 0;
        for (int c = 0; c < kEmbeddingSize; ++c) sum += static_cast<double>(whitening_[r * kEmbeddingSize + c]) * centred[c];
        out[r] = static_cast<float>(sum);
    }
    normaliseRows(out.data(), 1);
    return out;
}

Embedding AgeInvariantTransform::projectProbe(const Embedding& childhood) const { return project(childhood, youngMean_); }
Embedding AgeInvariantTransform::projectGallery(const Embedding& adult) const { return project(adult, adultMean_); }

void AgeInvariantTransform::projectGalleryRows(const float* rows, std::size_t count, float* out) const {
    if (count == 0) return;
    std::vector<float> centred(rows, rows + count * kEmbeddingSize);
    for (std::size_t r = 0; r < count; ++r)
        for (int i = 0; i < kEmbeddingSize; ++i) centred[r * kEmbeddingSize + i] -= adultMean_[i];
    // out (count x 128) = centred (count x 128) * W^T
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, static_cast<int>(count), kEmbeddingSize, kEmbeddingSize, 1.0f,
                centred.data(), kEmbeddingSize, whitening_.data(), kEmbeddingSize, 0.0f, out, kEmbeddingSize);
    normaliseRows(out, count);
}

void AgeInvariantTransform::galleryPenalties(const float* projectedRows, std::size_t count, float* out) const {
    for (std::size_t r = 0; r < count; ++r) {
        const float* row = projectedRows + r * kEmbeddingSize;
        double nearest = -1;
        for (const Embedding& centroid : normalisation_.cohort) {
            double dot = 0;
            for (int i = 0; i < kEmbeddingSize; ++i) dot += static_cast<double>(row[i]) * centroid[i];
            nearest = std::max(nearest, dot);
        }
        const bool active = normalisation_.cohortWeight > 0 && !normalisation_.cohort.empty();
        out[r] = active ? static_cast<float>(2 * normalisation_.cohortWeight * nearest) : 0.0f;
    }
}

namespace {

FusionWeights fusionFromJson(const nlohmann::json& w) {
    FusionWeights weights;
    weights.direct = w.at("direct").get<double>();
    weights.directScale = w.at("direct_scale").get<double>();
    weights.ageInvariant = w.at("age_invariant").get<double>();
    weights.ageInvariantScale = w.at("age_invariant_scale").get<double>();
    weights.progressed = w.value("progressed", 0.0);
    weights.progressedScale = w.value("progressed_scale", 0.6);
    const auto fusion = probeFusionNamed(w.value("probe_fusion", std::string("closest")));
    if (!fusion) throw std::runtime_error("probe_fusion must be closest or mean");
    weights.probeFusion = *fusion;
    return weights;
}

GalleryNormalisation normalisationFromJson(const nlohmann::json& j) {
    GalleryNormalisation normalisation;
    if (!j.contains("gallery_normalisation")) return normalisation;
    const auto& n = j.at("gallery_normalisation");
    normalisation.cohortWeight = n.at("cohort_weight").get<double>();
    for (const auto& centroid : n.at("cohort")) {
        const auto values = centroid.get<std::vector<float>>();
        if (values.size() != kEmbeddingSize) throw std::runtime_error("a cohort centroid needs 128 numbers");
        Embedding e{};
        std::copy(values.begin(), values.end(), e.begin());
        normalisation.cohort.push_back(e);
    }
    return normalisation;
}

EmbeddingAugmentation augmentationFromJson(const nlohmann::json& j) {
    const std::string name = j.value("augmentation", std::string("none"));
    if (name == "none") return EmbeddingAugmentation::None;
    if (name == "mirror") return EmbeddingAugmentation::Mirror;
    throw std::runtime_error("augmentation must be none or mirror");
}

}  // namespace

Result<AgeInvariantTransform> AgeInvariantTransform::load(const std::filesystem::path& file) {
    return readJsonModel<AgeInvariantTransform>(file, "age-invariant transform", [](const nlohmann::json& j) -> Result<AgeInvariantTransform> {
        const auto young = j.at("young_mean").get<std::vector<float>>();
        const auto adult = j.at("adult_mean").get<std::vector<float>>();
        const auto matrix = j.at("whitening").get<std::vector<float>>();
        if (young.size() != kEmbeddingSize || adult.size() != kEmbeddingSize ||
            matrix.size() != static_cast<std::size_t>(kEmbeddingSize * kEmbeddingSize)) {
            return makeError(ErrorCode::ModelCorrupt, "wrong sizes (need 128, 128 and 128x128 numbers)");
        }
        Embedding youngMean{}, adultMean{};
        std::copy(young.begin(), young.end(), youngMean.begin());
        std::copy(adult.begin(), adult.end(), adultMean.begin());
        AgeInvariantTransform transform(youngMean, adultMean, matrix, fusionFromJson(j.at("fusion")),
                                        j.value("provenance", std::string()));
        transform.setGalleryNormalisation(normalisationFromJson(j));
        transform.setAugmentation(augmentationFromJson(j));
        return transform;
    });
}

Status AgeInvariantTransform::save(const std::filesystem::path& file) const {
    nlohmann::json j;
    j["format"] = "reunite-age-invariant-transform/2";
    j["provenance"] = provenance_;
    j["young_mean"] = youngMean_;
    j["adult_mean"] = adultMean_;
    j["whitening"] = whitening_;
    j["fusion"] = {{"direct", weights_.direct},
                   {"direct_scale", weights_.directScale},
                   {"age_invariant", weights_.ageInvariant},
                   {"age_invariant_scale", weights_.ageInvariantScale},
                   {"progressed", weights_.progressed},
                   {"progressed_scale", weights_.progressedScale},
                   {"probe_fusion", probeFusionName(weights_.probeFusion)}};
    j["augmentation"] = augmentation_ == EmbeddingAugmentation::Mirror ? "mirror" : "none";
    if (normalisation_.cohortWeight > 0) {
        j["gallery_normalisation"] = {{"cohort_weight", normalisation_.cohortWeight}, {"cohort", normalisation_.cohort}};
    }
    return writeTextFile(file, j.dump(1) + "\n");
}

}  // namespace reunite
