// Issue 14: the photos of a case's relatives take part in the case search. A case without them
// ranks exactly as before (and still gets its likelihood ratios); with both parents' photos, the
// candidate who is their child moves up, every lead carries the kinship LR of each parent, and
// the leads are ordered by the combined LR.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../db/DbTestSupport.h"
#include "../kinship/SyntheticFamilies.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "kinship/KinshipTrainer.h"
#include "search/GalleryIndex.h"
#include "workflows/gallery/GalleryLoader.h"
#include "workflows/search/CaseRelativeFaces.h"
#include "workflows/search/CaseSearch.h"
#include "workflows/search/LeadEvidence.h"

using namespace reunite;
using namespace reunite::db::test;

namespace {

constexpr int kFamilies = 12;
constexpr const char* kModel = "dlib_resnet_v1";

// The shipped identity calibration with a kinship model learned on synthetic families (the
// shipped kinship model knows dlib's space, not the synthetic one).
std::shared_ptr<const LikelihoodModels> syntheticLikelihoods() {
    static const std::shared_ptr<const LikelihoodModels> models = [] {
        Result<LikelihoodModels> shipped = LikelihoodModels::discover();
        REQUIRE(shipped);
        Result<KinshipModel> kinship = trainKinshipModel(reunite::test::relatedPairsOf(reunite::test::makeFamilies(240, 11, "train")));
        REQUIRE(kinship);
        LikelihoodModels models = std::move(shipped).value();
        models.kinship = std::move(kinship).value();
        return std::make_shared<const LikelihoodModels>(std::move(models));
    }();
    return models;
}

Embedding blend(const Embedding& a, const Embedding& b, float weightOfA) {
    Embedding out{};
    for (int i = 0; i < kEmbeddingSize; ++i) out[i] = weightOfA * a[i] + (1 - weightOfA) * b[i];
    return out;
}

// A world of kFamilies families: each family's son is a gallery candidate; the case is family 0's
// son, whose childhood photo resembles family 1's son a little more than his own adult face.
struct KinshipWorld {
    TempFolder folder{"reunite-kinship-search"};
    std::unique_ptr<Database> database = openDatabase(folder.file("kinship.db"));
    std::vector<reunite::test::SyntheticFamily> families = reunite::test::makeFamilies(kFamilies, 29, "gallery");
    std::vector<std::int64_t> candidateIds;
    std::int64_t caseId = 0;
    int photoNumber = 0;
    std::unique_ptr<GalleryIndex> gallery;

    explicit KinshipWorld(bool withChildhoodPhoto = true) {
        for (const reunite::test::SyntheticFamily& family : families) addCandidate(family.son);
        caseId = addSampleCase(*database, "KIN-1");
        if (withChildhoodPhoto) addFace(PhotoOwner::ofCase(caseId), blend(families[1].son, families[0].son, 0.55f), 5.0);
        reloadGallery();
    }

    void reloadGallery() {
        gallery = std::make_unique<GalleryIndex>();
        REQUIRE(loadGallery(*database, kModel, *gallery));
    }

    void addCandidate(const Embedding& face) {
        CandidateRecord candidate = sampleCandidate("son-" + std::to_string(candidateIds.size()));
        candidate.sex = Sex::Male;
        candidateIds.push_back(valueOrFail(CandidateRepository(*database).create(candidate, kAnalyst)).id);
        addFace(PhotoOwner::ofCandidate(candidateIds.back()), face, std::nullopt);
    }

    void addFace(const PhotoOwner& owner, const Embedding& embedding, std::optional<double> age) {
        PhotoRecord photo = samplePhoto(owner, ++photoNumber);
        photo.ageAtPhotoYears = age;
        const std::int64_t photoId = valueOrFail(PhotoRepository(*database).add(photo, kAnalyst)).id;
        FaceRow face = sampleFace(photoId, 0, static_cast<unsigned>(photoNumber));
        face.embedding = embedding;
        valueOrFail(FaceRepository(*database).add(face));
    }

    void addRelative(Relation relation, Sex sex, const Embedding& face) {
        RelativeRecord relative;
        relative.caseId = caseId;
        relative.relation = relation;
        relative.sex = sex;
        relative.givenNames = "Parent";
        const std::int64_t id = valueOrFail(RelativeRepository(*database).add(relative, kAnalyst)).id;
        addFace(PhotoOwner::ofRelative(id), face, 40.0);
    }

    CaseSearchResult search(std::shared_ptr<const LikelihoodModels> likelihoods) { return valueOrFail(trySearch(std::move(likelihoods))); }

    Result<CaseSearchResult> trySearch(std::shared_ptr<const LikelihoodModels> likelihoods) {
        CaseSearchRequest request;
        request.caseId = caseId;
        request.modelId = kModel;
        request.userName = kAnalyst;
        request.options.filterBySex = false;
        request.options.birthYearTolerance = -1;
        request.options.topK = 5;
        request.likelihoods = std::move(likelihoods);
        if (request.likelihoods) request.relatives = valueOrFail(relativeFacesOfCase(*database, caseId, kModel));
        return runCaseSearch(*database, *gallery, request);
    }
};

std::vector<std::int64_t> rankedIds(const CaseSearchResult& result) {
    std::vector<std::int64_t> ids;
    for (const SearchResultRow& row : result.run.results) ids.push_back(row.candidateId);
    return ids;
}

nlohmann::json likelihoodOf(const SearchResultRow& row) { return nlohmann::json::parse(row.breakdownJson).at("likelihood"); }

}  // namespace

TEST_CASE("a case without relatives' photos ranks exactly as before, now with likelihood ratios", "[search][kinship]") {
    KinshipWorld world;
    // A relative without a photo, and one of relation "other": neither takes part.
    RelativeRecord aunt;
    aunt.caseId = world.caseId;
    aunt.relation = Relation::Other;
    const std::int64_t auntId = valueOrFail(RelativeRepository(*world.database).add(aunt, kAnalyst)).id;
    world.addFace(PhotoOwner::ofRelative(auntId), world.families[0].mother, 40.0);
    RelativeRecord father;
    father.caseId = world.caseId;
    father.relation = Relation::Father;
    valueOrFail(RelativeRepository(*world.database).add(father, kAnalyst));
    CHECK(valueOrFail(relativeFacesOfCase(*world.database, world.caseId, kModel)).empty());

    const CaseSearchResult before = world.search(nullptr);
    const CaseSearchResult now = world.search(syntheticLikelihoods());
    REQUIRE(rankedIds(now) == rankedIds(before));
    CHECK(rankedIds(before).front() == world.candidateIds[1]);  // the look-alike, as the distance says
    for (std::size_t i = 0; i < now.outcome.matches.size(); ++i) {
        CHECK(now.outcome.matches[i].distance == before.outcome.matches[i].distance);
        const nlohmann::json likelihood = likelihoodOf(now.run.results[i]);
        CHECK(likelihood.at("identity_log10").is_number());
        CHECK(likelihood.at("kinship_log10").is_null());
        CHECK_FALSE(likelihood.contains("relatives"));
        CHECK(likelihood.at("caveat").get<std::string>().find("not an identification") != std::string::npos);
        CHECK(nlohmann::json::parse(before.run.results[i].breakdownJson).contains("likelihood") == false);
    }
    CHECK(nlohmann::json::parse(now.run.parametersJson).at("kinship_relatives") == 0);
}

TEST_CASE("both parents' photos rank their child first, each parent counted", "[search][kinship]") {
    KinshipWorld world;
    const CaseSearchResult withoutParents = world.search(syntheticLikelihoods());
    REQUIRE(rankedIds(withoutParents).front() == world.candidateIds[1]);

    world.addRelative(Relation::Father, Sex::Male, world.families[0].father);
    world.addRelative(Relation::Mother, Sex::Female, world.families[0].mother);
    const CaseSearchResult withParents = world.search(syntheticLikelihoods());
    REQUIRE(withParents.run.results.size() == 5);
    CHECK(rankedIds(withParents).front() == world.candidateIds[0]);

    const nlohmann::json top = likelihoodOf(withParents.run.results.front());
    REQUIRE(top.at("relatives").size() == 2);
    double parentsSum = 0;
    for (const nlohmann::json& parent : top.at("relatives")) {
        CHECK(parent.at("counted") == true);
        CHECK(parent.at("log10").get<double>() > 0);
        parentsSum += parent.at("log10").get<double>();
    }
    CHECK(top.at("kinship_log10").get<double>() == Approx(parentsSum));
    CHECK(top.at("combined_log10").get<double>() ==
          Approx(top.at("identity_log10").get<double>() + top.at("kinship_log10").get<double>()));
    CHECK(top.at("supports") == "candidate");
    // Ordered by the combined LR, best first.
    for (std::size_t i = 1; i < withParents.run.results.size(); ++i) {
        CHECK(likelihoodOf(withParents.run.results[i - 1]).at("combined_log10").get<double>() >=
              likelihoodOf(withParents.run.results[i]).at("combined_log10").get<double>());
    }
    const nlohmann::json parameters = nlohmann::json::parse(withParents.run.parametersJson);
    CHECK(parameters.at("kinship_relatives") == 2);
    CHECK(parameters.at("kinship_relative_faces") == 2);
}

TEST_CASE("one parent alone counts too, with less evidence than both", "[search][kinship]") {
    KinshipWorld world;
    world.addRelative(Relation::Mother, Sex::Female, world.families[0].mother);
    const CaseSearchResult withMother = world.search(syntheticLikelihoods());
    world.addRelative(Relation::Father, Sex::Male, world.families[0].father);
    const CaseSearchResult withBoth = world.search(syntheticLikelihoods());
    const auto kinshipOfChild = [&](const CaseSearchResult& result) {
        for (const SearchResultRow& row : result.run.results)
            if (row.candidateId == world.candidateIds[0]) return likelihoodOf(row).at("kinship_log10").get<double>();
        FAIL("the parents' child is not among the leads");
        return 0.0;
    };
    CHECK(kinshipOfChild(withBoth) > kinshipOfChild(withMother));
}

TEST_CASE("a relative whose own photo is in the gallery is not counted as the child's kin", "[search][kinship]") {
    KinshipWorld world;
    world.addCandidate(world.families[0].mother);  // the mother herself, registered in the photo database
    world.reloadGallery();
    world.addRelative(Relation::Mother, Sex::Female, world.families[0].mother);
    const CaseSearchResult result = world.search(syntheticLikelihoods());
    bool motherListed = false;
    for (const SearchResultRow& row : result.run.results) {
        const nlohmann::json likelihood = likelihoodOf(row);
        if (row.candidateId != world.candidateIds.back()) {
            CHECK_FALSE(likelihood.contains("same_as_relative"));
            continue;
        }
        motherListed = true;
        REQUIRE(likelihood.contains("same_as_relative"));
        CHECK(likelihood.at("same_as_relative").size() == 1);
        CHECK(likelihood.at("kinship_log10").is_null());
    }
    CHECK(motherListed);
    CHECK(rankedIds(result).front() == world.candidateIds[0]);
}

TEST_CASE("ranking by evidence orders by combined LR, closer distance first on ties, and keeps the top K", "[search][kinship]") {
    std::vector<CandidateMatch> matches(4);
    std::vector<LeadEvidence> evidence(4);
    const std::vector<double> combined{0.5, 2.0, 2.0, -1.0};
    const std::vector<double> distances{0.3, 0.5, 0.4, 0.2};
    for (std::size_t i = 0; i < 4; ++i) {
        matches[i].candidateId = static_cast<std::int64_t>(i + 1);
        matches[i].distance = distances[i];
        evidence[i].combined.combinedLog10 = combined[i];
    }
    rankByEvidence(matches, evidence, 3);
    REQUIRE(matches.size() == 3);
    REQUIRE(evidence.size() == 3);
    CHECK(matches[0].candidateId == 3);
    CHECK(matches[1].candidateId == 2);
    CHECK(matches[2].candidateId == 1);
    CHECK(*evidence[2].combined.combinedLog10 == 0.5);
}

// Parents' photos are easier to get than a child's: a case with no childhood photo is searched by
// its relatives' photos alone, ranked by the kinship LR, and says so in its parameters.
TEST_CASE("a case without a childhood photo is searched by its relatives' photos alone", "[search][kinship]") {
    KinshipWorld world(false);
    Result<CaseSearchResult> nothing = world.trySearch(syntheticLikelihoods());
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().code == ErrorCode::NoFace);
    CHECK(nothing.error().message.find("relative") != std::string::npos);

    world.addRelative(Relation::Father, Sex::Male, world.families[0].father);
    world.addRelative(Relation::Mother, Sex::Female, world.families[0].mother);
    Result<CaseSearchResult> withoutModels = world.trySearch(nullptr);
    REQUIRE_FALSE(withoutModels.ok());  // relatives are compared only with the likelihood models
    CHECK(withoutModels.error().code == ErrorCode::NoFace);

    const CaseSearchResult found = world.search(syntheticLikelihoods());
    CHECK(found.relativesOnly);
    REQUIRE(found.run.results.size() == 5);
    CHECK(rankedIds(found).front() == world.candidateIds[0]);
    for (const CandidateMatch& match : found.outcome.matches) {
        REQUIRE(match.components.size() == 1);
        CHECK(match.components.front().kind == "relative");
    }
    const nlohmann::json top = likelihoodOf(found.run.results.front());
    CHECK(top.at("identity_log10").is_null());
    CHECK(top.at("kinship_log10").get<double>() > 0);
    CHECK(top.at("combined_log10").get<double>() == Approx(top.at("kinship_log10").get<double>()));
    for (std::size_t i = 1; i < found.run.results.size(); ++i) {
        CHECK(likelihoodOf(found.run.results[i - 1]).at("combined_log10").get<double>() >=
              likelihoodOf(found.run.results[i]).at("combined_log10").get<double>());
    }
    const nlohmann::json parameters = nlohmann::json::parse(found.run.parametersJson);
    CHECK(parameters.at("relatives_only") == true);
    CHECK(parameters.at("age_invariant") == false);
    CHECK(parameters.at("kinship_shortlist").get<std::size_t>() >= kRelativesOnlyShortlist);
    CHECK(parameters.at("eligible_candidates") == kFamilies);  // a small gallery is compared in full

    KinshipWorld withPhoto;
    withPhoto.addRelative(Relation::Mother, Sex::Female, withPhoto.families[0].mother);
    const CaseSearchResult usual = withPhoto.search(syntheticLikelihoods());
    CHECK_FALSE(usual.relativesOnly);
    CHECK(nlohmann::json::parse(usual.run.parametersJson).at("relatives_only") == false);
}
