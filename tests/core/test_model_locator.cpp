// The model locator and the loaders: found models load; missing, corrupt or mislisted models give
// an error that names the setup command, never a crash or a half-built object.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "core/detection/FaceDetector.h"
#include "core/embedding/FaceEmbedder.h"
#include "core/pipeline/FacePipeline.h"
#include "core/landmarks/LandmarkDetector.h"
#include "core/models/ModelLocator.h"
#include "domain/FileBytes.h"
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
    for (const char* name : {"face_recognition", "landmarks_68", "face_detection"}) {
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
    auto detector = loadBlazeFaceDetector(folder.write("detector.onnx", "not a network"));
    REQUIRE_FALSE(detector.ok());
    CHECK(detector.error().code == ErrorCode::ModelCorrupt);
    CHECK(namesSetup(detector.error()));
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

namespace {

// A models folder with one small model file and a manifest listing its sha256, and a checksum
// cache of its own (never the user's).
struct TinyModels {
    TempFolder folder;
    std::string content = std::string(4096, 'm');
    std::filesystem::path model = folder.write("tiny.dat", content);
    std::filesystem::path cacheFile = folder.file("cache/model-checksums.json");
    std::string sha = sha256Hex(std::span(reinterpret_cast<const std::uint8_t*>(content.data()), content.size()));

    ModelLocator locator() const {
        folder.write("manifest.json", R"({"schema":1,"models":[{"name":"tiny","file":"tiny.dat","sha256":")" + sha +
                                          R"(","source_package":"test","source_version":"0","licence":"none"}]})");
        Result<ModelLocator> located = ModelLocator::inFolder(folder.path());
        REQUIRE(located.ok());
        ModelLocator models = located.value();
        models.useChecksumCache(ChecksumCache(cacheFile));
        return models;
    }
    // Same size, other bytes, the old modification time put back: only ctime tells.
    void tamperKeepingSizeAndMtime() const {
        const auto modified = std::filesystem::last_write_time(model);
        std::fstream out(model, std::ios::in | std::ios::out | std::ios::binary);
        out.seekp(100);
        out.put('X');
        out.close();
        std::filesystem::last_write_time(model, modified);
    }
};

}  // namespace

TEST_CASE("a verified model is remembered in a private cache file", "[models][checksum-cache]") {
    TinyModels tiny;
    const ModelLocator models = tiny.locator();
    REQUIRE(models.locate("tiny").ok());
    REQUIRE(std::filesystem::is_regular_file(tiny.cacheFile));
    struct stat info {};
    REQUIRE(::stat(tiny.cacheFile.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const ChecksumCache cache(tiny.cacheFile);
    const auto stamp = ChecksumCache::stampOf(tiny.model);
    REQUIRE(stamp.has_value());
    CHECK(cache.vouchesFor(*stamp, tiny.sha));
    CHECK_FALSE(cache.vouchesFor(*stamp, std::string(64, '0')));
    REQUIRE(models.locate("tiny").ok());
}

TEST_CASE("a model changed after caching is hashed again and refused", "[models][checksum-cache][errors]") {
    TinyModels tiny;
    const ModelLocator models = tiny.locator();
    REQUIRE(models.locate("tiny").ok());
    const auto before = ChecksumCache::stampOf(tiny.model);
    tiny.tamperKeepingSizeAndMtime();
    const auto after = ChecksumCache::stampOf(tiny.model);
    REQUIRE((before && after));
    CHECK(after->size == before->size);
    CHECK(after->modifiedNs == before->modifiedNs);
    CHECK_FALSE(ChecksumCache(tiny.cacheFile).vouchesFor(*after, tiny.sha));

    Result<LocatedModel> located = models.locate("tiny");
    REQUIRE_FALSE(located.ok());
    CHECK(located.error().code == ErrorCode::ModelCorrupt);
    CHECK(namesSetup(located.error()));
    // Touched (new modification time) and still corrupt: refused again, never vouched for.
    std::filesystem::last_write_time(tiny.model, std::filesystem::file_time_type::clock::now());
    CHECK_FALSE(models.locate("tiny").ok());
}

TEST_CASE("a damaged checksum cache is ignored and rewritten", "[models][checksum-cache]") {
    TinyModels tiny;
    const ModelLocator models = tiny.locator();
    for (const std::string garbage : {std::string("{\"schema\": 1, \"entries\": [ {\"path\": 3"), std::string("\x01\x02 not json"),
                                      std::string(R"({"schema":1,"entries":[{"path":"x"},7,"y"]})"), std::string()}) {
        tiny.folder.write("cache/model-checksums.json", garbage);
        REQUIRE(models.locate("tiny").ok());
        std::ifstream in(tiny.cacheFile);
        CHECK_NOTHROW(nlohmann::json::parse(in));
        const auto stamp = ChecksumCache::stampOf(tiny.model);
        REQUIRE(stamp.has_value());
        CHECK(ChecksumCache(tiny.cacheFile).vouchesFor(*stamp, tiny.sha));
    }
}

TEST_CASE("a full check hashes even what the cache vouches for", "[models][checksum-cache][errors]") {
    TinyModels tiny;
    const ModelLocator models = tiny.locator();
    tiny.folder.write("tiny.dat", std::string(4096, 'x'));
    // A stale or forged entry claiming the damaged file is fine.
    const auto stamp = ChecksumCache::stampOf(tiny.model);
    REQUIRE(stamp.has_value());
    ChecksumCache(tiny.cacheFile).remember(*stamp, tiny.sha);
    CHECK(models.locate("tiny", ChecksumCheck::Cached).ok());
    Result<LocatedModel> full = models.locate("tiny", ChecksumCheck::Full);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().code == ErrorCode::ModelCorrupt);
    // The refusal removes the entry: the next cached check hashes and refuses too.
    CHECK_FALSE(models.locate("tiny", ChecksumCheck::Cached).ok());
}
