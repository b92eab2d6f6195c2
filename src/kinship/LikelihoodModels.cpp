#include "kinship/LikelihoodModels.h"

#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include "domain/JsonModelFile.h"
#include "domain/FileBytes.h"
#include "domain/ResourceLocator.h"

namespace reunite {
namespace {

const char* const kRoleKeys[4] = {"father", "mother", "son", "daughter"};

// Throws (caught by load) on non-finite numbers, so a damaged file never yields NaN LRs.
std::vector<float> finiteFloats(const nlohmann::json& j, std::size_t expected, const char* what) {
    auto values = j.get<std::vector<float>>();
    if (values.size() != expected) {
        throw std::runtime_error(std::string(what) + ": " + std::to_string(values.size()) + " numbers, expected " +
                                 std::to_string(expected));
    }
    for (float v : values)
        if (!std::isfinite(v)) throw std::runtime_error(std::string(what) + ": a number is not finite");
    return values;
}

double finite(const nlohmann::json& j, const char* key) {
    const double v = j.at(key).get<double>();
    if (!std::isfinite(v)) throw std::runtime_error(std::string(key) + " is not finite");
    return v;
}

nlohmann::json ruleToJson(const LikelihoodFusionRule& r) {
    return {{"weights", r.weights}, {"offset", r.offset}, {"min_log10", r.minLog10}, {"max_log10", r.maxLog10}};
}

LikelihoodFusionRule ruleFromJson(const nlohmann::json& j, std::size_t weights) {
    LikelihoodFusionRule r;
    r.weights = j.at("weights").get<std::vector<double>>();
    if (r.weights.size() != weights) throw std::runtime_error("fusion rule with the wrong number of weights");
    for (double w : r.weights)
        if (!std::isfinite(w)) throw std::runtime_error("fusion weight is not finite");
    r.offset = finite(j, "offset");
    r.minLog10 = finite(j, "min_log10");
    r.maxLog10 = finite(j, "max_log10");
    if (r.minLog10 > r.maxLog10) throw std::runtime_error("fusion bounds are reversed");
    return r;
}

nlohmann::json calibrationToJson(const ScoreCalibration& c) {
    nlohmann::json knots = nlohmann::json::array();
    for (const ScoreCalibration::Knot& k : c.knots()) knots.push_back({k.score, k.log10});
    return {{"knots", knots}, {"min_log10", c.minLog10()}, {"max_log10", c.maxLog10()}};
}

ScoreCalibration calibrationFromJson(const nlohmann::json& j) {
    std::vector<ScoreCalibration::Knot> knots;
    for (const auto& k : j.at("knots")) knots.push_back({k.at(0).get<double>(), k.at(1).get<double>()});
    auto calibration = ScoreCalibration::fromKnots(std::move(knots), finite(j, "min_log10"), finite(j, "max_log10"));
    if (!calibration) throw std::runtime_error(calibration.error().message);
    return calibration.value();
}

nlohmann::json kinshipToJson(const KinshipModel& model) {
    const KinshipSpace::Parameters& p = model.space().parameters();
    nlohmann::json means;
    for (int i = 0; i < 4; ++i) means[kRoleKeys[i]] = p.roleMeans[i];
    return {{"role_means", means},
            {"whitening", p.whitening},
            {"joint_bayesian",
             {{"dimension", p.bayesianDimension},
              {"projection", p.bayesianProjection},
              {"self", p.bayesianSelf},
              {"cross", p.bayesianCross},
              {"constant", p.bayesianConstant}}},
            {"fusion", ruleToJson(model.fusion())}};
}

Result<KinshipModel> kinshipFromJson(const nlohmann::json& j) {
    KinshipSpace::Parameters p;
    for (int i = 0; i < 4; ++i) {
        const auto mean = finiteFloats(j.at("role_means").at(kRoleKeys[i]), kEmbeddingSize, "role mean");
        std::copy(mean.begin(), mean.end(), p.roleMeans[i].begin());
    }
    p.whitening = finiteFloats(j.at("whitening"), kEmbeddingSize * kEmbeddingSize, "whitening");
    const auto& jb = j.at("joint_bayesian");
    p.bayesianDimension = jb.at("dimension").get<std::size_t>();
    if (p.bayesianDimension == 0 || p.bayesianDimension > kEmbeddingSize) throw std::runtime_error("joint-Bayesian dimension");
    const std::size_t k = p.bayesianDimension;
    p.bayesianProjection = finiteFloats(jb.at("projection"), k * kEmbeddingSize, "joint-Bayesian projection");
    p.bayesianSelf = finiteFloats(jb.at("self"), k * k, "joint-Bayesian self matrix");
    p.bayesianCross = finiteFloats(jb.at("cross"), k * k, "joint-Bayesian cross matrix");
    p.bayesianConstant = finite(jb, "constant");
    auto space = KinshipSpace::create(std::move(p));
    if (!space) return space.error();
    return KinshipModel(std::move(space).value(), ruleFromJson(j.at("fusion"), 2));
}

nlohmann::json identityToJson(const IdentityCalibration& c) {
    nlohmann::json fusion;
    for (const auto& [key, rule] : c.fusion()) fusion[key] = ruleToJson(rule);
    nlohmann::json j{{"direct", calibrationToJson(c.direct())},
                     {"age_invariant", calibrationToJson(c.ageInvariant())},
                     {"fusion", fusion}};
    if (!c.progressed().empty()) j["progressed"] = calibrationToJson(c.progressed());
    return j;
}

// The progressed calibration is optional (models built without progressed probes).
IdentityCalibration identityFromJson(const nlohmann::json& j) {
    const bool hasProgressed = j.contains("progressed");
    std::map<std::string, LikelihoodFusionRule> fusion;
    for (bool invariant : {false, true}) {
        for (bool progressed : {false, true}) {
            if (progressed && !hasProgressed) continue;
            const std::string key = IdentityCalibration::fusionKey(invariant, progressed);
            fusion[key] = ruleFromJson(j.at("fusion").at(key), 1 + (invariant ? 1 : 0) + (progressed ? 1 : 0));
        }
    }
    return IdentityCalibration(calibrationFromJson(j.at("direct")), calibrationFromJson(j.at("age_invariant")),
                               hasProgressed ? calibrationFromJson(j.at("progressed")) : ScoreCalibration(),
                               std::move(fusion));
}

}  // namespace

Result<LikelihoodModels> LikelihoodModels::load(const std::filesystem::path& file) {
    return readJsonModel<LikelihoodModels>(file, "likelihood model file", [](const nlohmann::json& j) -> Result<LikelihoodModels> {
        if (j.value("format", std::string()) != kLikelihoodModelsFormat) {
            return makeError(ErrorCode::ModelCorrupt, std::string("not a ") + kLikelihoodModelsFormat + " file");
        }
        auto kinship = kinshipFromJson(j.at("kinship"));
        if (!kinship) return makeError(ErrorCode::ModelCorrupt, kinship.error().message);
        LikelihoodModels models;
        models.kinship = std::move(kinship).value();
        models.identity = identityFromJson(j.at("identity"));
        models.provenance = j.value("provenance", std::string());
        models.ageInvariantProvenance = j.at("identity").value("age_invariant_transform", std::string());
        return models;
    });
}

Result<LikelihoodModels> LikelihoodModels::discover() {
    auto file = locateResource(kLikelihoodModelsResource);
    if (!file) return makeError(ErrorCode::ModelMissing, file.error().message);
    return load(file.value());
}

Status LikelihoodModels::save(const std::filesystem::path& file, const nlohmann::json* figures) const {
    nlohmann::json j;
    j["format"] = kLikelihoodModelsFormat;
    j["provenance"] = provenance;
    j["kinship"] = kinshipToJson(kinship);
    j["identity"] = identityToJson(identity);
    j["identity"]["age_invariant_transform"] = ageInvariantProvenance;
    if (figures) j["cross_validation"] = *figures;
    return writeTextFile(file, j.dump(1) + "\n");
}

}  // namespace reunite
