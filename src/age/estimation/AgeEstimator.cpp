#include "age/estimation/AgeEstimator.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "domain/FileBytes.h"
#include "domain/JsonModelFile.h"
#include "domain/ResourceLocator.h"

namespace reunite {
namespace {

constexpr const char* kFormat = "reunite-age-estimator-3";
constexpr const char* kResource = "age/age_estimator.json";

nlohmann::json regressionToJson(const AgeRegression& r) {
    return {{"target", r.logTarget ? "log1p_years" : "years"}, {"bias", r.bias}, {"weights", r.weights}};
}

Result<AgeRegression> regressionFromJson(const nlohmann::json& j, std::size_t features) {
    const std::string target = j.value("target", std::string("log1p_years"));
    if (target != "log1p_years" && target != "years") return makeError(ErrorCode::ModelCorrupt, "unknown regression target " + target);
    AgeRegression r{j.at("bias").get<double>(), j.at("weights").get<std::vector<double>>(), target == "log1p_years"};
    if (r.weights.size() != features || !std::isfinite(r.bias) ||
        !std::all_of(r.weights.begin(), r.weights.end(), [](double w) { return std::isfinite(w); }))
        return makeError(ErrorCode::ModelCorrupt, "a regression needs one finite weight per feature (" + std::to_string(features) +
                                                      ") and a finite bias");
    return r;
}

Result<AgeExpert> expertFromJson(const nlohmann::json& j, std::size_t features) {
    auto regression = regressionFromJson(j.at("regression"), features);
    if (!regression) return regression.error();
    AgeExpert e{j.at("from_years").get<double>(), j.at("to_years").get<double>(), j.at("margin").get<double>(),
                std::move(regression).value(), j.at("mean_absolute_error").get<double>()};
    if (!(e.fromYears < e.toYears) || e.margin < 0 || e.meanAbsoluteError < 0)
        return makeError(ErrorCode::ModelCorrupt, "an age band needs from < to, a margin >= 0 and an error >= 0");
    return e;
}

Result<AgeEstimator> estimatorFromJson(const nlohmann::json& j) {
    if (j.value("format", std::string()) != kFormat) return makeError(ErrorCode::ModelCorrupt, std::string("not a ") + kFormat + " file");
    const nlohmann::json& f = j.at("features");
    auto features = AgeFeatures::checked(f.at("pca_mean").get<std::vector<double>>(),
                                         f.at("pca_directions").get<std::vector<std::vector<double>>>(), f.at("quadratic_scale").get<double>(),
                                         f.value("shape_mean", std::vector<double>{}), f.value("shape_scale", 0.0));
    if (!features) return features.error();
    auto general = regressionFromJson(j.at("general"), features.value().size());
    if (!general) return general.error();
    std::vector<AgeExpert> experts;
    for (const nlohmann::json& item : j.at("experts")) {
        auto expert = expertFromJson(item, features.value().size());
        if (!expert) return expert.error();
        experts.push_back(std::move(expert).value());
    }
    if (experts.empty()) return makeError(ErrorCode::ModelCorrupt, "no age band");
    for (std::size_t i = 1; i < experts.size(); ++i)
        if (experts[i].fromYears != experts[i - 1].toYears) return makeError(ErrorCode::ModelCorrupt, "the age bands must be contiguous");
    AgeEstimator estimator(std::move(features).value(), std::move(general).value(), std::move(experts), j.value("provenance", std::string()));
    estimator.setEmbeddingModelId(j.value("embedding_model", std::string()));
    return estimator;
}

double clampedYears(double years) { return std::clamp(years, 0.0, kMaximumEstimatedAge); }

}  // namespace

double AgeRegression::linear(const std::vector<double>& features) const {
    double sum = bias;
    for (std::size_t i = 0; i < weights.size() && i < features.size(); ++i) sum += weights[i] * features[i];
    return sum;
}

double AgeRegression::years(const std::vector<double>& features) const {
    const double value = linear(features);
    return clampedYears(logTarget ? std::expm1(value) : value);
}

AgeEstimator::AgeEstimator(AgeFeatures features, AgeRegression general, std::vector<AgeExpert> experts, std::string provenance)
    : features_(std::move(features)), general_(std::move(general)), experts_(std::move(experts)), provenance_(std::move(provenance)) {}

Result<AgeEstimator> AgeEstimator::load(const std::filesystem::path& file) {
    Result<AgeEstimator> loaded = readJsonModel<AgeEstimator>(file, "age estimator", estimatorFromJson);
    if (!loaded) return loaded;
    Result<std::string> digest = sha256OfFile(file);
    if (!digest) return digest.error();
    loaded.value().setId("age-estimator-" + digest.value().substr(0, 12));
    return loaded;
}

Result<AgeEstimator> AgeEstimator::discover() {
    auto file = locateResource(kResource);
    if (!file) return makeError(ErrorCode::ModelMissing, file.error().message);
    return load(file.value());
}

Status AgeEstimator::save(const std::filesystem::path& file, const std::string& crossValidationJson) const {
    nlohmann::json experts = nlohmann::json::array();
    for (const AgeExpert& e : experts_) {
        experts.push_back({{"from_years", e.fromYears}, {"to_years", e.toYears}, {"margin", e.margin},
                           {"mean_absolute_error", e.meanAbsoluteError}, {"regression", regressionToJson(e.regression)}});
    }
    nlohmann::json features{{"pca_mean", features_.mean()},
                            {"pca_directions", features_.components()},
                            {"quadratic_scale", features_.scale()},
                            {"shape_mean", features_.shapeMean()},
                            {"shape_scale", features_.shapeScale()}};
    nlohmann::json j{{"format", kFormat},         {"provenance", provenance_}, {"features", features},
                     {"general", regressionToJson(general_)}, {"experts", experts}};
    if (!embeddingModelId_.empty()) j["embedding_model"] = embeddingModelId_;
    if (!crossValidationJson.empty()) j["cross_validation"] = nlohmann::json::parse(crossValidationJson);
    return writeTextFile(file, j.dump(1) + "\n");
}

double AgeEstimator::firstStageYears(const Embedding& embedding, const Landmarks& landmarks) const {
    return general_.years(features_.of(embedding, landmarks));
}

bool AgeEstimator::reads(const std::string& embeddingModelId) const {
    return embeddingModelId_.empty() || embeddingModelId_ == embeddingModelId;
}

AgeEstimate AgeEstimator::estimate(const Embedding& embedding, const Landmarks& landmarks) const {
    const std::vector<double> features = features_.of(embedding, landmarks);
    const double first = general_.years(features);
    if (experts_.empty()) return {first, 0};
    auto expert = std::find_if(experts_.begin(), experts_.end(), [&](const AgeExpert& e) { return first < e.toYears; });
    if (expert == experts_.end()) expert = std::prev(experts_.end());
    const double years = std::clamp(expert->regression.years(features), expert->fromYears - expert->margin,
                                    expert->toYears + expert->margin);
    return {clampedYears(years), expert->meanAbsoluteError};
}

}  // namespace reunite
