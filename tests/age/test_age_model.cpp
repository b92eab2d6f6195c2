#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "age/model/AgeBand.h"
#include "age/model/AgeModel.h"
#include "age/model/AgeModelFiles.h"
#include "SyntheticFace.h"
#include "TestData.h"

using namespace reunite;

namespace {

std::filesystem::path committedModel() {
    const std::filesystem::path folder = std::filesystem::path(REUNITE_SOURCE_DIR) / "resources" / "age_model";
    INFO("the committed age model is missing in " << folder << ": run reunite-cli build-age-model");
    REQUIRE(std::filesystem::is_regular_file(folder / kAgeModelJsonName));
    return folder;
}

// A writable copy of the committed model.
void copyModel(const std::filesystem::path& to) {
    std::filesystem::copy(committedModel(), to, std::filesystem::copy_options::recursive);
}

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace

TEST_CASE("the committed age model loads and covers childhood to old age", "[age][model]") {
    Result<AgeModel> model = AgeModel::load(committedModel());
    REQUIRE(model.ok());
    CHECK(model.value().id().rfind("age-model-v1-", 0) == 0);
    CHECK(model.value().youngestKnotAge() < 3);
    CHECK(model.value().oldestKnotAge() > 50);
    CHECK(model.value().data().entries.size() == 2 * growthAgeBands().size());
    CHECK(model.value().imputedEntries().empty());  // every band has both sexes
    const int size = model.value().frame().size;
    CHECK(model.value().referenceFrameTexture(10, Sex::Unknown).size() == static_cast<std::size_t>(size * size * 3));

    // Growth: relative to the eye distance the lower face (eyes to chin) is longer in adults.
    auto lowerFaceRatio = [&](double age) {
        const Landmarks shape = model.value().meanShape(age, Sex::Unknown);
        const double eyeY = (shape[36].y + shape[45].y) / 2, eyeDistance = shape[45].x - shape[36].x;
        return (shape[8].y - eyeY) / eyeDistance;
    };
    CHECK(lowerFaceRatio(2) < lowerFaceRatio(10));
    CHECK(lowerFaceRatio(10) < lowerFaceRatio(30));
}

TEST_CASE("age model files round-trip and are written deterministically", "[age][model]") {
    test::TempFolder folder("reunite-age-model");
    const Landmarks reference = canonicalShape(test::syntheticFaceLandmarks(0, 0, 1));
    AgeModelData data = test::twoBandModel(reference, reference, 100, 120);
    data.referenceShape = reference;
    REQUIRE(writeAgeModelFiles(data, folder.file("a")).ok());
    REQUIRE(writeAgeModelFiles(data, folder.file("b")).ok());
    for (const auto& entry : std::filesystem::directory_iterator(folder.file("a"))) {
        CHECK(readText(entry.path()) == readText(folder.file("b") / entry.path().filename()));
    }
    Result<AgeModelData> back = readAgeModelFiles(folder.file("a"));
    REQUIRE(back.ok());
    REQUIRE(back.value().entries.size() == 4);
    CHECK(back.value().entries[2].band.minAge == 30);
    CHECK(back.value().entries[2].meanShape[8].y == Approx(reference[8].y).margin(1e-6));
    CHECK(back.value().entries[3].meanTexture.pixels == data.entries[3].meanTexture.pixels);
    CHECK(back.value().entries[3].detailEnergy.empty());
}

TEST_CASE("detail energies round-trip with the model and are read per age", "[age][model][detail]") {
    test::TempFolder folder("reunite-age-detail");
    const Landmarks reference = canonicalShape(test::syntheticFaceLandmarks(0, 0, 1));
    AgeModelData data = test::twoBandModel(reference, reference, 100, 120);
    data.referenceShape = reference;
    for (AgeModelEntry& entry : data.entries) entry.detailEnergy = test::uniformImage(64, 64, entry.band.minAge < 20 ? 16 : 48);
    REQUIRE(writeAgeModelFiles(data, folder.file("m")).ok());
    Result<AgeModelData> back = readAgeModelFiles(folder.file("m"));
    REQUIRE(back.ok());
    CHECK(back.value().entries[2].detailEnergy.pixels == data.entries[2].detailEnergy.pixels);
    Result<AgeModel> model = AgeModel::fromData(back.value());
    REQUIRE(model.ok());
    REQUIRE(model.value().hasDetailEnergy());
    const std::vector<float> young = model.value().referenceFrameDetailEnergy(7, Sex::Female);
    const std::vector<float> old = model.value().referenceFrameDetailEnergy(35, Sex::Unknown);
    REQUIRE(young.size() == 64u * 64u * 3u);
    CHECK(young[64 * 32 * 3 + 32 * 3] == Approx(16 / kDetailEnergyScale).margin(1e-3));
    CHECK(old[64 * 32 * 3 + 32 * 3] == Approx(48 / kDetailEnergyScale).margin(1e-3));

    std::filesystem::remove(folder.file("m") / "detail_05-09_female.png");
    Result<AgeModelData> missing = readAgeModelFiles(folder.file("m"));
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error().message, Catch::Contains("detail_05-09_female.png"));
}

TEST_CASE("a damaged age model is refused with a clear error", "[age][model]") {
    test::TempFolder folder("reunite-age-damaged");
    const std::filesystem::path model = folder.file("model");
    copyModel(model);
    const std::filesystem::path json = model / kAgeModelJsonName;
    const std::string original = readText(json);

    SECTION("truncated JSON") {
        writeText(json, original.substr(0, original.size() / 2));
        Result<AgeModel> loaded = AgeModel::load(model);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::CorruptData);
        CHECK_THAT(loaded.error().message, Catch::Contains("damaged") && Catch::Contains("not valid JSON") &&
                                               Catch::Contains(kAgeModelJsonName));
    }
    SECTION("a shape with a missing point") {
        std::string text = original;
        const std::size_t at = text.find("\"referenceShape\": [");
        REQUIRE(at != std::string::npos);
        const std::size_t pairStart = text.find('[', at + 19);
        const std::size_t pairEnd = text.find("],", pairStart);
        REQUIRE(pairEnd != std::string::npos);
        text.erase(pairStart, pairEnd + 2 - pairStart);  // drop the first [x, y] pair
        writeText(json, text);
        Result<AgeModel> loaded = AgeModel::load(model);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::CorruptData);
        CHECK_THAT(loaded.error().message, Catch::Contains("referenceShape"));
    }
    SECTION("wrong format name") {
        std::string text = original;
        text.replace(text.find(kAgeModelFormat), std::string(kAgeModelFormat).size(), "something-else");
        writeText(json, text);
        Result<AgeModel> loaded = AgeModel::load(model);
        REQUIRE_FALSE(loaded.ok());
        CHECK_THAT(loaded.error().message, Catch::Contains("format"));
    }
    SECTION("a missing texture") {
        std::filesystem::remove(model / "texture_06-06_female.png");
        Result<AgeModel> loaded = AgeModel::load(model);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::CorruptData);
        CHECK_THAT(loaded.error().message, Catch::Contains("texture_06-06_female.png"));
    }
    SECTION("no model at all") {
        Result<AgeModel> loaded = AgeModel::load(folder.file("nowhere"));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::NotFound);
        CHECK_THAT(loaded.error().message, Catch::Contains("build-age-model"));
    }
}

TEST_CASE("a sex without data in a band is filled from the other sex plus the measured difference", "[age][model]") {
    const Landmarks reference = canonicalShape(test::syntheticFaceLandmarks(0, 0, 1));
    AgeModelData data = test::twoBandModel(reference, reference, 100, 120);
    // Add a middle band with females only; in the outer bands males are 10 grey levels darker.
    for (AgeModelEntry& entry : data.entries) {
        if (entry.sex == Sex::Male) entry.meanTexture = test::uniformImage(64, 64, entry.band.minAge < 10 ? 90 : 110);
    }
    AgeModelEntry female;
    female.band = {15, 19};
    female.sex = Sex::Female;
    female.count = 40;
    female.meanAge = 17;
    female.meanShape = reference;
    female.meanTexture = test::uniformImage(64, 64, 150);
    AgeModelEntry male = female;
    male.sex = Sex::Male;
    male.count = 0;
    male.meanTexture = Image();
    data.entries.insert(data.entries.begin() + 2, {female, male});
    Result<AgeModel> model = AgeModel::fromData(data);
    REQUIRE(model.ok());
    REQUIRE(model.value().imputedEntries() == std::vector<std::string>{"15-19 male"});
    const std::vector<float> maleTexture = model.value().referenceFrameTexture(17, Sex::Male);
    CHECK(maleTexture[64 * 32 * 3 + 32 * 3] == Approx(140).margin(0.01));  // 150 - 10
}
