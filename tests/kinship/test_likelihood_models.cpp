// The likelihood models file: a saved model loads back with the same LRs; missing, damaged,
// foreign or wrongly sized files are refused with ModelMissing / ModelCorrupt; the committed
// resource loads and gives bounded LRs.
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "kinship/KinshipTrainer.h"
#include "kinship/LikelihoodModels.h"
#include "SyntheticFamilies.h"
#include "TestData.h"

using namespace reunite;
using namespace reunite::test;

namespace {

LikelihoodModels syntheticModels() {
    auto kinship = trainKinshipModel(relatedPairsOf(makeFamilies(120, 21, "m")));
    REQUIRE(kinship.ok());
    std::map<std::string, LikelihoodFusionRule> fusion;
    for (bool invariant : {false, true})
        for (bool progressed : {false, true})
            fusion[IdentityCalibration::fusionKey(invariant, progressed)] =
                LikelihoodFusionRule{std::vector<double>(1 + invariant + progressed, 0.5), 0.1, -3, 5};
    LikelihoodModels models;
    models.kinship = kinship.value();
    auto knots = [](double middle) {
        auto c = ScoreCalibration::fromKnots({{middle - 0.3, 4}, {middle, 0}, {middle + 0.3, -2.5}}, -3, 5);
        REQUIRE(c.ok());
        return c.value();
    };
    models.identity = IdentityCalibration(knots(0.6), knots(0.9), knots(0.65), fusion);
    models.provenance = "test";
    return models;
}

nlohmann::json readJson(const std::filesystem::path& file) {
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

void writeJson(const std::filesystem::path& file, const nlohmann::json& j) { std::ofstream(file) << j.dump(); }

}  // namespace

TEST_CASE("likelihood models round-trip through their file", "[kinship][model]") {
    TempFolder folder;
    const LikelihoodModels models = syntheticModels();
    REQUIRE(models.save(folder.file("m.json")).ok());
    auto loaded = LikelihoodModels::load(folder.file("m.json"));
    REQUIRE(loaded.ok());
    const auto pairs = relatedPairsOf(makeFamilies(5, 8, "r"));
    for (const KinshipPair& p : pairs) {
        CHECK(loaded.value().kinship.log10LikelihoodRatio(p.elder, p.elderRole, p.younger, p.youngerRole) ==
              Approx(models.kinship.log10LikelihoodRatio(p.elder, p.elderRole, p.younger, p.youngerRole)).margin(1e-4));
    }
    const IdentityDistances d{0.5, 0.9, 0.55};
    CHECK(*loaded.value().identity.likelihoods(d).fusedLog10 == Approx(*models.identity.likelihoods(d).fusedLog10));
    CHECK(loaded.value().provenance == "test");
}

TEST_CASE("likelihood model files that cannot be used are refused", "[kinship][model]") {
    TempFolder folder;
    CHECK(LikelihoodModels::load(folder.file("absent.json")).error().code == ErrorCode::ModelMissing);
    CHECK(LikelihoodModels::load(folder.write("garbage.json", "{ not json")).error().code == ErrorCode::ModelCorrupt);
    REQUIRE(syntheticModels().save(folder.file("good.json")).ok());
    const nlohmann::json good = readJson(folder.file("good.json"));

    nlohmann::json foreign = good;
    foreign["format"] = "reunite-age-invariant-transform/1";
    writeJson(folder.file("foreign.json"), foreign);
    CHECK(LikelihoodModels::load(folder.file("foreign.json")).error().code == ErrorCode::ModelCorrupt);

    nlohmann::json shortMatrix = good;
    shortMatrix["kinship"]["whitening"].erase(0);
    writeJson(folder.file("short.json"), shortMatrix);
    CHECK(LikelihoodModels::load(folder.file("short.json")).error().code == ErrorCode::ModelCorrupt);

    nlohmann::json notFinite = good;
    notFinite["identity"]["direct"]["knots"][0][1] = nullptr;
    writeJson(folder.file("nan.json"), notFinite);
    CHECK(LikelihoodModels::load(folder.file("nan.json")).error().code == ErrorCode::ModelCorrupt);

    nlohmann::json reversed = good;
    reversed["kinship"]["fusion"]["min_log10"] = 9;
    writeJson(folder.file("reversed.json"), reversed);
    CHECK(LikelihoodModels::load(folder.file("reversed.json")).error().code == ErrorCode::ModelCorrupt);

    nlohmann::json notMonotone = good;
    notMonotone["identity"]["age_invariant"]["knots"][0][1] = -2.9;
    writeJson(folder.file("monotone.json"), notMonotone);
    CHECK(LikelihoodModels::load(folder.file("monotone.json")).error().code == ErrorCode::ModelCorrupt);

    nlohmann::json missingRule = good;
    missingRule["identity"]["fusion"].erase("direct+progressed");
    writeJson(folder.file("rule.json"), missingRule);
    CHECK(LikelihoodModels::load(folder.file("rule.json")).error().code == ErrorCode::ModelCorrupt);
}

TEST_CASE("the committed likelihood models load and give bounded LRs", "[kinship][model]") {
    auto models = LikelihoodModels::discover();
    INFO("resources/kinship/kinship_model.json: rebuild with reunite-cli build-kinship-model");
    REQUIRE(models.ok());
    const KinshipModel& kinship = models.value().kinship;
    CHECK(kinship.fusion().maxLog10 > 1);
    CHECK(kinship.fusion().maxLog10 < 6);
    const auto pairs = relatedPairsOf(makeFamilies(10, 4, "c"));
    for (const KinshipPair& p : pairs) {
        const double l = kinship.log10LikelihoodRatio(p.elder, p.elderRole, p.younger, p.youngerRole);
        CHECK(l <= kinship.fusion().maxLog10);
        CHECK(l >= kinship.fusion().minLog10);
    }
    const IdentityCalibration& identity = models.value().identity;
    // Smaller distances give larger LRs in every component.
    CHECK(*identity.likelihoods({0.3, 0.6, 0.3}).directLog10 > *identity.likelihoods({0.8, 0.6, 0.3}).directLog10);
    CHECK(*identity.likelihoods({0.5, 0.5, 0.3}).ageInvariantLog10 > *identity.likelihoods({0.5, 1.2, 0.3}).ageInvariantLog10);
    CHECK(*identity.likelihoods({0.5, 0.5, 0.3}).progressedLog10 > *identity.likelihoods({0.5, 0.5, 0.9}).progressedLog10);
}
