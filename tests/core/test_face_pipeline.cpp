// The face pipeline on real, redistributable photos fetched by setup (scikit-image's astronaut,
// OpenCV's messi5, face-api's demo photos): face counts, invariance of the embedding to flips,
// rescaling and recompression, separation of different people, and clear errors on bad input.
#include <algorithm>
#include <map>

#include <catch2/catch.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/pipeline/FacePipeline.h"
#include "core/image/ImageDecoder.h"
#include "core/models/ModelLocator.h"
#include "TestData.h"

using namespace reunite;
using reunite::test::samplePhoto;
using reunite::test::TempFolder;

namespace {

FacePipeline& sharedPipeline() {
    static std::unique_ptr<FacePipeline> pipeline = [] {
        Result<ModelLocator> models = ModelLocator::inFolder(reunite::test::modelsDir());
        INFO((models ? std::string() : models.error().message));
        REQUIRE(models.ok());
        auto created = FacePipeline::create(models.value());
        INFO((created ? std::string() : created.error().message));
        REQUIRE(created.ok());
        return std::move(created).value();
    }();
    return *pipeline;
}

const FaceRecord& largestFace(const ImageFaces& faces) {
    REQUIRE_FALSE(faces.faces.empty());
    return *std::max_element(faces.faces.begin(), faces.faces.end(), [](const FaceRecord& a, const FaceRecord& b) {
        return a.quality.faceSizePx < b.quality.faceSizePx;
    });
}

ImageFaces facesOfFile(const std::filesystem::path& path) {
    Result<ImageFaces> faces = sharedPipeline().processFile(path);
    INFO(path << ": " << (faces ? std::string() : faces.error().message));
    REQUIRE(faces.ok());
    return faces.value();
}

std::size_t realDetections(const ImageFaces& faces) {
    return std::count_if(faces.faces.begin(), faces.faces.end(),
                         [](const FaceRecord& f) { return !f.detection.fallback; });
}

// Writes a transformed copy of a photo with OpenCV (BGR on disk, as any other program would).
std::filesystem::path transformedCopy(const std::filesystem::path& source, const TempFolder& folder,
                                      const std::string& name, int flip, double scale, int jpegQuality) {
    cv::Mat image = cv::imread(source.string(), cv::IMREAD_COLOR);
    REQUIRE_FALSE(image.empty());
    if (flip) cv::flip(image, image, 1);
    if (scale != 1.0) cv::resize(image, image, cv::Size(), scale, scale, cv::INTER_AREA);
    const std::filesystem::path out = folder.file(name);
    std::vector<int> params;
    if (jpegQuality > 0) params = {cv::IMWRITE_JPEG_QUALITY, jpegQuality};
    REQUIRE(cv::imwrite(out.string(), image, params));
    return out;
}

}  // namespace

TEST_CASE("portrait photos contain exactly one detected face", "[pipeline][photos]") {
    for (const char* name : {"astronaut.png", "messi5.jpg"}) {
        const ImageFaces faces = facesOfFile(samplePhoto(name));
        INFO(name);
        CHECK(realDetections(faces) == 1);
        CHECK(faces.faces.size() == 1);
        const FaceRecord& face = faces.faces.front();
        CHECK(face.chip.width == 150);
        CHECK(face.chip.height == 150);
        CHECK(face.quality.faceSizePx > 20);
        for (const PointF& p : face.landmarks) {
            CHECK(p.x >= face.detection.box.x - face.detection.box.width * 0.5);
            CHECK(p.x <= face.detection.box.x + face.detection.box.width * 1.5);
        }
    }
}

TEST_CASE("every face of a group photo is found", "[pipeline][photos]") {
    // Persons visible in face-api's demo photos, counted by eye (boxes in data/faceapi_samples_faces.json).
    // sample2 and sample4 hold faces turned down or sideways that HOG alone misses; BlazeFace finds them.
    const std::map<std::string, std::size_t> persons{{"faceapi-sample1.jpg", 3}, {"faceapi-sample2.jpg", 3},
                                                     {"faceapi-sample3.jpg", 3}, {"faceapi-sample4.jpg", 4},
                                                     {"faceapi-sample5.jpg", 5}, {"faceapi-sample6.jpg", 4}};
    for (const auto& [name, count] : persons) {
        const ImageFaces faces = facesOfFile(samplePhoto(name));
        INFO(name);
        CHECK(realDetections(faces) == count);
    }
}

TEST_CASE("a face box drawn by hand gives the face the detector would, marked as manual", "[pipeline][manual]") {
    Result<DecodedImage> decoded = sharedPipeline().decoder().decodeFile(samplePhoto("astronaut.png"));
    REQUIRE(decoded.ok());
    const Image& image = decoded.value().image;
    const ImageFaces faces = sharedPipeline().processImage(image);
    const FaceRecord& detected = largestFace(faces);
    // A looser box than the detector's, as a person drags it.
    const RectF& found = detected.detection.box;
    const double left = std::max(0.0, found.x - found.width * 0.1), top = std::max(0.0, found.y - found.height * 0.1);
    const RectF drawn{left, top, std::min(found.width * 1.2, image.width - left), std::min(found.height * 1.2, image.height - top)};
    Result<FaceRecord> manual = sharedPipeline().processBox(image, drawn);
    INFO((manual ? std::string() : manual.error().message));
    REQUIRE(manual.ok());
    CHECK((manual.value().quality.flags & QualityManualBox) != 0);
    CHECK((detected.quality.flags & QualityManualBox) == 0);
    CHECK(manual.value().detection.score == 0);
    CHECK(euclideanDistance(manual.value().embedding, detected.embedding) < 0.25f);

    CHECK(sharedPipeline().processBox(image, RectF{-5, 10, 100, 100}).error().code == ErrorCode::InvalidArgument);
    CHECK(sharedPipeline().processBox(image, RectF{10, 10, image.width * 1.0, 50}).error().code == ErrorCode::InvalidArgument);
    CHECK(sharedPipeline().processBox(image, RectF{10, 10, 8, 8}).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("flipped, rescaled and recompressed copies stay closer than 0.4", "[pipeline][photos]") {
    TempFolder folder;
    for (const char* name : {"astronaut.png", "faceapi-sample3.jpg", "faceapi-sample6.jpg"}) {
        const std::filesystem::path original = samplePhoto(name);
        const Embedding reference = largestFace(facesOfFile(original)).embedding;
        const std::vector<std::filesystem::path> copies{
            transformedCopy(original, folder, std::string("flipped-") + name + ".png", 1, 1.0, 0),
            transformedCopy(original, folder, std::string("half-") + name + ".png", 0, 0.5, 0),
            transformedCopy(original, folder, std::string("q40-") + name + ".jpg", 0, 1.0, 40),
            transformedCopy(original, folder, std::string("all-") + name + ".jpg", 1, 0.7, 60),
        };
        for (const auto& copy : copies) {
            const float distance = euclideanDistance(reference, largestFace(facesOfFile(copy)).embedding);
            INFO(copy.filename() << " distance " << distance);
            CHECK(distance < 0.4f);
        }
    }
}

TEST_CASE("different people are farther apart than 0.6", "[pipeline][photos]") {
    std::vector<Embedding> people;
    people.push_back(largestFace(facesOfFile(samplePhoto("astronaut.png"))).embedding);
    people.push_back(largestFace(facesOfFile(samplePhoto("messi5.jpg"))).embedding);
    for (const char* group : {"faceapi-sample1.jpg", "faceapi-sample6.jpg"}) {
        const ImageFaces faces = facesOfFile(samplePhoto(group));
        for (const FaceRecord& face : faces.faces) people.push_back(face.embedding);
        // Within one group photo every face is a different person.
        for (std::size_t i = 0; i < faces.faces.size(); ++i) {
            for (std::size_t j = i + 1; j < faces.faces.size(); ++j) {
                const float distance = euclideanDistance(faces.faces[i].embedding, faces.faces[j].embedding);
                INFO(group << " faces " << i << " and " << j << " distance " << distance);
                CHECK(distance > 0.6f);
            }
        }
    }
    // The astronaut and Messi against everyone else.
    for (std::size_t i = 0; i < 2; ++i) {
        for (std::size_t j = i + 1; j < people.size(); ++j) {
            const float distance = euclideanDistance(people[i], people[j]);
            INFO("person " << i << " vs " << j << " distance " << distance);
            CHECK(distance > 0.6f);
        }
    }
}

TEST_CASE("a tight face crop without a detection gets a flagged fallback box", "[pipeline][photos]") {
    TempFolder folder;
    const ImageFaces full = facesOfFile(samplePhoto("astronaut.png"));
    const FaceRecord& face = largestFace(full);
    cv::Mat image = cv::imread(samplePhoto("astronaut.png").string(), cv::IMREAD_COLOR);
    // Crop inside the detector box: too tight for HOG, still a face.
    const cv::Rect box(static_cast<int>(face.detection.box.x + face.detection.box.width * 0.12),
                       static_cast<int>(face.detection.box.y + face.detection.box.height * 0.12),
                       static_cast<int>(face.detection.box.width * 0.76), static_cast<int>(face.detection.box.height * 0.76));
    const std::filesystem::path crop = folder.file("tight.png");
    REQUIRE(cv::imwrite(crop.string(), image(box)));

    Result<ModelLocator> models = ModelLocator::inFolder(reunite::test::modelsDir());
    REQUIRE(models.ok());
    PipelineOptions hogOnly;
    hogOnly.detector = DetectorChoice::Hog;
    auto hogPipeline = FacePipeline::create(models.value(), hogOnly);
    REQUIRE(hogPipeline.ok());
    Result<ImageFaces> cropped = hogPipeline.value()->processFile(crop);
    REQUIRE(cropped.ok());
    REQUIRE(cropped.value().faces.size() == 1);
    CHECK(cropped.value().faces[0].detection.fallback);
    CHECK((cropped.value().faces[0].quality.flags & QualityFallbackBox) != 0);

    // With BlazeFace as well: still exactly one face, found or flagged.
    const ImageFaces either = facesOfFile(crop);
    REQUIRE(either.faces.size() == 1);
    CHECK(((either.faces[0].quality.flags & QualityFallbackBox) != 0) == either.faces[0].detection.fallback);
}

TEST_CASE("a blank image gets no face from either detector", "[pipeline][photos]") {
    TempFolder folder;
    const std::filesystem::path blank = folder.file("blank.png");
    REQUIRE(cv::imwrite(blank.string(), cv::Mat(480, 640, CV_8UC3, cv::Scalar(128, 128, 128))));
    CHECK(facesOfFile(blank).faces.empty());
}

TEST_CASE("small images are upsampled until the face is found", "[pipeline][photos]") {
    TempFolder folder;
    const std::filesystem::path small =
        transformedCopy(samplePhoto("astronaut.png"), folder, "small.png", 0, 0.25, 0);  // face ~45 px
    const ImageFaces faces = facesOfFile(small);
    REQUIRE(realDetections(faces) == 1);
    CHECK(faces.faces[0].detection.upsampleLevel >= 1);
    const Embedding reference = largestFace(facesOfFile(samplePhoto("astronaut.png"))).embedding;
    CHECK(euclideanDistance(reference, faces.faces[0].embedding) < 0.5f);
}

TEST_CASE("bad inputs give clear errors through the pipeline", "[pipeline][errors]") {
    TempFolder folder;
    std::string jpeg;
    {
        std::ifstream in(samplePhoto("messi5.jpg"), std::ios::binary);
        jpeg.assign(std::istreambuf_iterator<char>(in), {});
    }
    cv::Mat tiny(1, 1, CV_8UC3, cv::Scalar(10, 20, 30));
    REQUIRE(cv::imwrite(folder.file("one-pixel.png").string(), tiny));
    std::filesystem::create_directory(folder.file("folder.jpg"));

    struct Case {
        std::filesystem::path path;
        ErrorCode code;
    };
    const std::vector<Case> cases{
        {folder.write("empty.jpg", ""), ErrorCode::EmptyFile},
        {folder.write("truncated.jpg", jpeg.substr(0, jpeg.size() / 2)), ErrorCode::CorruptData},
        {folder.write("notes.jpg", "these are my notes, not a photo\n"), ErrorCode::UnsupportedFormat},
        {folder.file("one-pixel.png"), ErrorCode::TooSmall},
        {folder.file("folder.jpg"), ErrorCode::NotAFile},
        {folder.file("missing.jpg"), ErrorCode::NotFound},
    };
    for (const Case& c : cases) {
        Result<ImageFaces> result = sharedPipeline().processFile(c.path);
        INFO(c.path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == c.code);
        CHECK(result.error().message.find(c.path.filename().string()) != std::string::npos);
    }
}
