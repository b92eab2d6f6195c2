// The model locator and the loaders: found models load; missing, corrupt or mislisted models give
// an error that names the setup command, never a crash or a half-built object.
#include <catch2/catch.hpp>

#include "core/embedding/FaceEmbedder.h"
#include "core/pipeline/FacePipeline.h"
#include "core/landmarks/LandmarkDetector.h"
#include "core/models/ModelLocator.h"
#include "TestData.h"

using namespace reunite;
using reunite::test::TempFolder;

namespace {

std::string manifestText() {
    std::ifstream in(reunite::test::modelsDir() / "manifest.json");
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

bool namesSetup(const Error& error) { return error.message.find(kSetupCommand) != std::string::npos; }

}  // namespace

TEST_CASE("the models setup produced are found and verified", "[models]") {
    Result<ModelLocator> locator = ModelLocator::inFolder(reunite::test::modelsDir());
    REQUIRE(locator.ok());
    for (const char* name : {"face_recognition", "landmarks_68"}) {
        Result<LocatedModel> model = locator.value().locate(name);
        INFO(name << ": " << (model ? std::string() : model.error().message));
        REQUIRE(model.ok());
        CHECK(model.value().entry.sha256.size() == 64);
    }
    const ModelEntry* net = locator.value().manifest().find("face_recognition");
    REQUIRE(net != nullptr);
    CHECK(net->dimensions == 128);
    CHECK(net->inputSize == 150);
    CHECK(net->distanceThreshold == Approx(0.6));
}

TEST_CASE("a missing model file is reported with the setup command", "[models][errors]") {
    TempFolder folder;
    folder.write("manifest.json", manifestText());
    Result<ModelLocator> locator = ModelLocator::inFolder(folder.path());
    REQUIRE(locator.ok());
    Result<LocatedModel> model = locator.value().locate("face_recognition");
    REQUIRE_FALSE(model.ok());
    CHECK(model.error().code == ErrorCode::ModelMissing);
    CHECK(namesSetup(model.error()));
    auto pipeline = FacePipeline::create(locator.value());
    REQUIRE_FALSE(pipeline.ok());
    CHECK(namesSetup(pipeline.error()));
}

TEST_CASE("a corrupt model file is refused with the setup command", "[models][errors]") {
    TempFolder folder;
    folder.write("manifest.json", manifestText());
    Result<ModelLocator> locator = ModelLocator::inFolder(folder.path());
    REQUIRE(locator.ok());
    const ModelEntry* net = locator.value().manifest().find("face_recognition");
    const ModelEntry* landmarks = locator.value().manifest().find("landmarks_68");
    REQUIRE(net);
    REQUIRE(landmarks);
    const auto netFile = folder.write(net->file, std::string(4096, '\x42'));
    const auto landmarkFile = folder.write(landmarks->file, "not a shape predictor");

    Result<LocatedModel> located = locator.value().locate("face_recognition");
    REQUIRE_FALSE(located.ok());
    CHECK(located.error().code == ErrorCode::ModelCorrupt);
    CHECK(namesSetup(located.error()));

    // The loaders themselves refuse damaged files even without the checksum.
    auto embedder = loadFaceEmbedder(netFile);
    REQUIRE_FALSE(embedder.ok());
    CHECK(embedder.error().code == ErrorCode::ModelCorrupt);
    CHECK(namesSetup(embedder.error()));
    auto predictor = loadLandmarkDetector(landmarkFile);
    REQUIRE_FALSE(predictor.ok());
    CHECK(predictor.error().code == ErrorCode::ModelCorrupt);
}

TEST_CASE("a damaged manifest is refused", "[models][errors]") {
    TempFolder folder;
    folder.write("manifest.json", "{ \"models\": [ { \"name\": \"x\" ");
    Result<ModelLocator> locator = ModelLocator::inFolder(folder.path());
    REQUIRE_FALSE(locator.ok());
    CHECK(locator.error().code == ErrorCode::ModelCorrupt);
    CHECK(namesSetup(locator.error()));

    TempFolder empty;
    Result<ModelLocator> none = ModelLocator::inFolder(empty.path());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::ModelMissing);
}
