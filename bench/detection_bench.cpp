// Face detection: recall, false positives and CPU time per photo of dlib HOG, BlazeFace and their
// union, on (1) the six face-api sample photos against the hand-annotated boxes and (2) collages
// of All-Age-Faces faces (shared set, read at run time) on face-free photos; then (3) the
// difference between 68-point landmarks from BlazeFace's boxes (raw and mapped) and from HOG's, on
// All-Age-Faces photos (odd rows, not used by build-box-transform) where both find the face.
// Prints markdown tables (docs/benchmarks.md). Times are CPU time of the detecting thread.
// Usage: reunite-bench-detection [--collages 60] [--aaf DIR] [--landmark-photos 600]
#include <cmath>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "DetectionTestSet.h"
#include "core/detection/BoxTransform.h"
#include "core/detection/FaceDetector.h"
#include "core/image/ImageDecoder.h"
#include "core/landmarks/LandmarkDetector.h"
#include "core/models/ModelLocator.h"
#include "domain/ResourceLocator.h"

using namespace reunite;
using namespace reunite::test;

namespace {

struct Contender {
    std::string name;
    std::unique_ptr<FaceDetector> detector;
};

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

std::vector<RectF> boxesOf(const std::vector<FaceDetection>& faces) {
    std::vector<RectF> boxes;
    for (const FaceDetection& face : faces) boxes.push_back(face.box);
    return boxes;
}

struct Run {
    DetectionTally tally;
    double cpuMs = 0;
    int photos = 0;
};

Run detectAll(const FaceDetector& detector, const std::vector<DetectionTestPhoto>& photos) {
    Run run;
    for (const DetectionTestPhoto& photo : photos) {
        const double start = threadCpuMs();
        const std::vector<FaceDetection> faces = detector.detect(photo.image);
        run.cpuMs += threadCpuMs() - start;
        const DetectionTally tally = tallyDetections(boxesOf(faces), photo.faces);
        run.tally.truths += tally.truths;
        run.tally.found += tally.found;
        run.tally.falsePositives += tally.falsePositives;
        ++run.photos;
    }
    return run;
}

std::vector<DetectionTestPhoto> loadSamplePhotos(const std::vector<AnnotatedPhoto>& annotated) {
    const ImageDecoder decoder;
    std::vector<DetectionTestPhoto> photos;
    for (const AnnotatedPhoto& photo : annotated) {
        Result<DecodedImage> decoded = decoder.decodeFile(photo.file);
        if (!decoded) {
            std::fprintf(stderr, "%s: %s (run bash scripts/setup.sh)\n", photo.file.c_str(), decoded.error().message.c_str());
            std::exit(1);
        }
        photos.push_back(DetectionTestPhoto{decoded.value().image, photo.faces});
    }
    return photos;
}

void printSampleTable(const std::vector<Contender>& contenders, const std::vector<AnnotatedPhoto>& annotated,
                      const std::vector<DetectionTestPhoto>& photos) {
    std::printf("\n### face-api sample photos (faces found / faces, false positives)\n\n| photo | faces |");
    for (const Contender& c : contenders) std::printf(" %s |", c.name.c_str());
    std::printf("\n|---|---:|");
    for (std::size_t i = 0; i < contenders.size(); ++i) std::printf("---:|");
    std::printf("\n");
    std::vector<Run> totals(contenders.size());
    for (std::size_t p = 0; p < photos.size(); ++p) {
        std::printf("| %s | %zu |", annotated[p].file.filename().c_str(), photos[p].faces.size());
        for (std::size_t c = 0; c < contenders.size(); ++c) {
            const Run run = detectAll(*contenders[c].detector, {photos[p]});
            std::printf(" %d, %d FP, %.0f ms |", run.tally.found, run.tally.falsePositives, run.cpuMs);
            totals[c].tally.found += run.tally.found;
            totals[c].tally.truths += run.tally.truths;
            totals[c].tally.falsePositives += run.tally.falsePositives;
        }
        std::printf("\n");
    }
    std::printf("| **all** | %d |", totals[0].tally.truths);
    for (const Run& run : totals) std::printf(" **%d**, %d FP |", run.tally.found, run.tally.falsePositives);
    std::printf("\n");
}

void printCollageTable(const std::vector<Contender>& contenders, const std::vector<DetectionTestPhoto>& photos, const char* faces) {
    std::printf("\n### Collages of %s (%zu photos)\n\n", faces, photos.size());
    std::printf("| detector | faces | found | recall | false positives | FP per photo | CPU ms per photo |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|\n");
    for (const Contender& c : contenders) {
        const Run run = detectAll(*c.detector, photos);
        std::printf("| %s | %d | %d | %.1f %% | %d | %.2f | %.0f |\n", c.name.c_str(), run.tally.truths, run.tally.found,
                    100.0 * run.tally.found / std::max(1, run.tally.truths), run.tally.falsePositives,
                    static_cast<double>(run.tally.falsePositives) / std::max(1, run.photos), run.cpuMs / std::max(1, run.photos));
        std::fflush(stdout);
    }
}

// The 51 inner points of iBUG's 68 (without the jaw line, which follows the box more than the face).
std::vector<int> innerPointIndices() {
    std::vector<int> indices;
    for (int i = 17; i < 68; ++i) indices.push_back(i);
    return indices;
}

struct LandmarkErrors {
    double rawVsHog = 0, mappedVsHog = 0;
    int faces = 0;
};

double meanDistance(const Landmarks& a, const std::vector<PointF>& reference, const std::vector<int>& indices) {
    double sum = 0;
    for (std::size_t k = 0; k < indices.size(); ++k) sum += std::hypot(a[indices[k]].x - reference[k].x, a[indices[k]].y - reference[k].y);
    return sum / indices.size();
}

std::vector<PointF> pointsOf(const Landmarks& landmarks, const std::vector<int>& indices) {
    std::vector<PointF> points;
    for (int i : indices) points.push_back(landmarks[i]);
    return points;
}

void printLandmarkTable(const std::filesystem::path& aafDir, int limit, const FaceDetector& hog, const FaceDetector& cnn,
                        const BoxTransform& transform, const LandmarkDetector& landmarks) {
    std::ifstream index(aafDir / "index.csv");
    std::string line;
    std::getline(index, line);
    const std::vector<int> indices = innerPointIndices();
    const ImageDecoder decoder;
    LandmarkErrors errors;
    for (int row = 0; std::getline(index, line) && errors.faces < limit; ++row) {
        if (row % 2 == 0) continue;
        std::vector<std::string> fields;
        std::stringstream in(line);
        for (std::string field; std::getline(in, field, ',');) fields.push_back(field);
        Result<DecodedImage> decoded = decoder.decodeFile(aafDir / fields[0]);
        if (!decoded) continue;
        const Image& image = decoded.value().image;
        const std::vector<BoxPair> pairs = pairSameFaces(boxesOf(cnn.detect(image)), boxesOf(hog.detect(image)));
        if (pairs.size() != 1) continue;
        const Landmarks fromHog = landmarks.locate(image, pairs[0].target);
        const Landmarks fromRaw = landmarks.locate(image, pairs[0].source);
        const Landmarks fromMapped = landmarks.locate(image, transform.apply(pairs[0].source));
        const std::vector<PointF> reference = pointsOf(fromHog, indices);
        const double eyes = std::hypot(fromHog[45].x - fromHog[36].x, fromHog[45].y - fromHog[36].y);
        errors.rawVsHog += meanDistance(fromRaw, reference, indices) / eyes;
        errors.mappedVsHog += meanDistance(fromMapped, reference, indices) / eyes;
        ++errors.faces;
    }
    const double n = std::max(1, errors.faces);
    std::printf("\n### 68-point landmarks from BlazeFace boxes vs from HOG boxes (All-Age-Faces odd rows, %d faces both find)\n\n",
                errors.faces);
    std::printf("Mean distance over the 51 inner points (brows, eyes, nose, mouth), in outer-eye-corner distances.\n\n");
    std::printf("| landmarks from | vs landmarks from the HOG box |\n|---|---:|\n");
    std::printf("| raw BlazeFace box | %.4f |\n", errors.rawVsHog / n);
    std::printf("| BlazeFace box mapped to HOG's convention (shipped) | %.4f |\n", errors.mappedVsHog / n);
}

}  // namespace

int main(int argc, char** argv) {
    int collages = 60;
    int landmarkFaces = 600;
    std::filesystem::path aafDir = sharedDataDir() / "aaf";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--collages") collages = std::atoi(argv[i + 1]);
        else if (arg == "--aaf") aafDir = argv[i + 1];
        else if (arg == "--landmark-photos") landmarkFaces = std::atoi(argv[i + 1]);
    }
    auto models = ModelLocator::discover();
    if (!models) { std::fprintf(stderr, "%s\n", models.error().message.c_str()); return 1; }
    auto detectionModel = models.value().locate("face_detection");
    auto landmarkModel = models.value().locate("landmarks_68");
    if (!detectionModel || !landmarkModel) { std::fprintf(stderr, "models missing: run bash scripts/setup.sh\n"); return 1; }
    auto transformFile = locateResource(kCnnBoxTransformResource);
    if (!transformFile) { std::fprintf(stderr, "%s\n", transformFile.error().message.c_str()); return 1; }
    auto transform = loadBoxTransform(transformFile.value());
    if (!transform) { std::fprintf(stderr, "%s\n", transform.error().message.c_str()); return 1; }
    const BoxTransform cnnToHog = transform.value().transform;

    FaceDetectorOptions noFallback;
    noFallback.fallbackToWholeImage = false;
    auto cnn = [&](CnnDetectorOptions options) {
        auto loaded = loadBlazeFaceDetector(detectionModel.value().path, options);
        if (!loaded) { std::fprintf(stderr, "%s\n", loaded.error().message.c_str()); std::exit(1); }
        return std::move(loaded).value();
    };
    CnnDetectorOptions wholeOnly;
    wholeOnly.minFaceSizePx = 100000;
    CnnDetectorOptions mirrored;
    mirrored.mirroredPass = true;
    CnnDetectorOptions looseTiles;
    looseTiles.tileScoreThreshold = 0.6;
    CnnDetectorOptions strictTiles;
    strictTiles.tileScoreThreshold = 0.8;
    std::vector<Contender> contenders;
    contenders.push_back({"HOG", createHogFaceDetector(noFallback)});
    contenders.push_back({"BlazeFace, whole photo only", cnn(wholeOnly)});
    contenders.push_back({"BlazeFace, tiles p>0.6", cnn(looseTiles)});
    contenders.push_back({"BlazeFace, tiles p>0.7", cnn({})});
    contenders.push_back({"BlazeFace, tiles p>0.8", cnn(strictTiles)});
    contenders.push_back({"BlazeFace, tiles p>0.7, mirrored too", cnn(mirrored)});
    contenders.push_back({"HOG + BlazeFace whole photo only", createCombinedFaceDetector(cnn(wholeOnly), cnnToHog, noFallback)});
    contenders.push_back({"**HOG + BlazeFace** (shipped)", createCombinedFaceDetector(cnn({}), cnnToHog, noFallback)});

    const auto annotated = loadAnnotatedPhotos(std::filesystem::path(REUNITE_SOURCE_DIR) / "tests/core/data/faceapi_samples_faces.json",
                                               REUNITE_SAMPLES_DIR);
    printSampleTable(contenders, annotated, loadSamplePhotos(annotated));

    const std::vector<FaceSource> faces = aafFaceSources(aafDir, 100000);
    const std::vector<std::filesystem::path> backgrounds = collageBackgrounds();
    if (faces.empty() || backgrounds.empty()) {
        std::fprintf(stderr, "no All-Age-Faces faces in %s or no opencv-doc backgrounds: collage and landmark tables skipped\n",
                     aafDir.c_str());
        return 0;
    }
    std::vector<DetectionTestPhoto> photos;
    for (int i = 0; i < collages; ++i) photos.push_back(makeCollage(faces, backgrounds, 1000 + i));
    printCollageTable(contenders, photos, "All-Age-Faces faces (boxes from the set's key points, which sit up to ~20 % of a face off in some photos)");
    CollageOptions sampleFaces;
    sampleFaces.contextScale = 1.5;
    std::vector<DetectionTestPhoto> samplePhotos;
    for (int i = 0; i < collages / 2; ++i) samplePhotos.push_back(makeCollage(facesOf(annotated), backgrounds, 5000 + i, sampleFaces));
    printCollageTable(contenders, samplePhotos, "the 22 hand-annotated face-api faces");

    auto landmarks = loadLandmarkDetector(landmarkModel.value().path);
    if (!landmarks) { std::fprintf(stderr, "%s\n", landmarks.error().message.c_str()); return 1; }
    printLandmarkTable(aafDir, landmarkFaces, *contenders[0].detector, *contenders[1].detector, cnnToHog, *landmarks.value());
    return 0;
}
