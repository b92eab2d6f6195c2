#include "DetectionTestSet.h"

#include "OpenCvImage.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace reunite::test {
namespace {

const char* const kBackgroundFolder = "/usr/share/doc/opencv-doc/examples/data";
// OpenCV sample photos without human (or cartoon, or animal) faces.
const std::vector<std::string> kBackgroundNames{
    "aero1.jpg",  "aero3.jpg",   "apple.jpg",       "blox.jpg",     "board.jpg",       "building.jpg",
    "butterfly.jpg", "fruits.jpg", "home.jpg",      "leuvenA.jpg",  "orange.jpg",      "rubberwhale1.png",
    "smarties.png", "starry_night.jpg", "stuff.jpg", "box_in_scene.png", "aloeL.jpg", "ela_original.jpg"};
const std::vector<cv::Size> kCanvasSizes{{640, 480}, {1024, 768}, {1280, 960}, {1600, 1200}};

// The face box of the 49 All-Age-Faces key points (brows 0-9, nose 10-18, eyes 19-24 and 25-30,
// mouth 31-48): centred between the eyes and the mouth, as large as a HOG box.
RectF boxFromKeyPoints(const std::vector<cv::Point2d>& points) {
    auto mean = [&](int first, int last) {
        cv::Point2d sum(0, 0);
        for (int i = first; i < last; ++i) sum += points[i];
        return sum / (last - first);
    };
    const cv::Point2d leftEye = mean(19, 25), rightEye = mean(25, 31), mouth = mean(31, 49);
    const cv::Point2d eyes = (leftEye + rightEye) / 2;
    const cv::Point2d centre = (eyes + mouth) / 2;
    const double size = std::max(2.2 * cv::norm(rightEye - leftEye), 2.6 * cv::norm(mouth - eyes));
    return RectF{centre.x - size / 2, centre.y - size / 2, size, size};
}

std::vector<std::string> csvFields(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream in(line);
    for (std::string field; std::getline(in, field, ',');) fields.push_back(field);
    return fields;
}

bool overlapsAny(const cv::Rect& area, const std::vector<cv::Rect>& taken) {
    for (const cv::Rect& other : taken) {
        if ((area & other).area() > 0) return true;
    }
    return false;
}

// One source face warped into a square patch: scaled to faceSize, rolled, squeezed, mirrored.
struct Patch {
    cv::Mat pixels;  // CV_32FC3
    cv::Mat alpha;   // CV_32F, 0..1
};

Patch warpFace(const cv::Mat& source, const RectF& face, double faceSize, int side, double roll, double squeeze,
               bool mirror) {
    const cv::Point2f centre(static_cast<float>(face.x + face.width / 2), static_cast<float>(face.y + face.height / 2));
    cv::Mat warp = cv::getRotationMatrix2D(centre, roll, faceSize / face.width);
    warp.row(0) *= squeeze;
    warp.at<double>(0, 2) += side / 2.0 - (warp.at<double>(0, 0) * centre.x + warp.at<double>(0, 1) * centre.y + warp.at<double>(0, 2));
    warp.at<double>(1, 2) += side / 2.0 - (warp.at<double>(1, 0) * centre.x + warp.at<double>(1, 1) * centre.y + warp.at<double>(1, 2));
    Patch patch;
    cv::warpAffine(source, patch.pixels, warp, cv::Size(side, side), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::Mat inside;
    cv::warpAffine(cv::Mat(source.size(), CV_32F, cv::Scalar(1)), inside, warp, cv::Size(side, side), cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, cv::Scalar(0));
    patch.alpha = cv::Mat(side, side, CV_32F, cv::Scalar(0));
    const cv::Size axes(static_cast<int>(side * (0.42 * squeeze + 0.05)), static_cast<int>(side * 0.48));
    cv::ellipse(patch.alpha, cv::Point(side / 2, side / 2), axes, 0, 0, 360, cv::Scalar(1), cv::FILLED);
    cv::GaussianBlur(patch.alpha, patch.alpha, cv::Size(), std::max(1.0, side * 0.05));
    patch.alpha = patch.alpha.mul(inside);
    patch.pixels.convertTo(patch.pixels, CV_32FC3);
    if (mirror) {
        cv::flip(patch.pixels, patch.pixels, 1);
        cv::flip(patch.alpha, patch.alpha, 1);
    }
    return patch;
}

void blend(cv::Mat& canvas, const Patch& patch, const cv::Point& at) {
    cv::Mat area = canvas(cv::Rect(at, patch.pixels.size()));
    cv::Mat under;
    area.convertTo(under, CV_32FC3);
    cv::Mat alpha3;
    cv::merge(std::vector<cv::Mat>{patch.alpha, patch.alpha, patch.alpha}, alpha3);
    cv::Mat mixed = under.mul(cv::Scalar::all(1) - alpha3) + patch.pixels.mul(alpha3);
    mixed.convertTo(area, CV_8UC3);
}

class ImageCache {
public:
    const cv::Mat& get(const std::filesystem::path& file) {
        auto it = images_.find(file.string());
        if (it == images_.end()) it = images_.emplace(file.string(), cv::imread(file.string(), cv::IMREAD_COLOR)).first;
        return it->second;
    }

private:
    std::map<std::string, cv::Mat> images_;
};

}  // namespace

std::vector<AnnotatedPhoto> loadAnnotatedPhotos(const std::filesystem::path& json, const std::filesystem::path& samplesDir) {
    std::ifstream in(json);
    const nlohmann::json j = nlohmann::json::parse(in);
    std::vector<AnnotatedPhoto> photos;
    for (const auto& photo : j.at("photos")) {
        AnnotatedPhoto annotated{samplesDir / photo.at("file").get<std::string>(), {}};
        for (const auto& box : photo.at("faces")) {
            annotated.faces.push_back(RectF{box.at(0).get<double>(), box.at(1).get<double>(), box.at(2).get<double>(),
                                            box.at(3).get<double>()});
        }
        photos.push_back(annotated);
    }
    return photos;
}

std::vector<FaceSource> facesOf(const std::vector<AnnotatedPhoto>& photos) {
    std::vector<FaceSource> faces;
    for (const AnnotatedPhoto& photo : photos) {
        for (const RectF& face : photo.faces) faces.push_back(FaceSource{photo.file, face});
    }
    return faces;
}

std::vector<FaceSource> aafFaceSources(const std::filesystem::path& aafDir, std::size_t limit) {
    std::ifstream index(aafDir / "index.csv");
    std::vector<FaceSource> faces;
    std::string line;
    std::getline(index, line);
    while (faces.size() < limit && std::getline(index, line)) {
        const std::vector<std::string> fields = csvFields(line);
        if (fields.size() < 4) continue;
        std::ifstream pointsFile(aafDir / fields[3]);
        std::vector<cv::Point2d> points;
        for (double x, y; pointsFile >> x >> y;) points.emplace_back(x, y);
        if (points.size() != 49) continue;
        faces.push_back(FaceSource{aafDir / fields[0], boxFromKeyPoints(points)});
    }
    return faces;
}

std::vector<std::filesystem::path> collageBackgrounds() {
    std::vector<std::filesystem::path> found;
    for (const std::string& name : kBackgroundNames) {
        const std::filesystem::path file = std::filesystem::path(kBackgroundFolder) / name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(file, ec)) found.push_back(file);
    }
    return found;
}

std::filesystem::path sharedDataDir() {
    if (const char* env = std::getenv("REUNITE_SHARED_DATA"); env && *env) return env;
    return std::filesystem::path(REUNITE_SOURCE_DIR).parent_path() / "shared" / "data";
}

DetectionTestPhoto makeCollage(const std::vector<FaceSource>& faces, const std::vector<std::filesystem::path>& backgrounds,
                               unsigned seed, const CollageOptions& options) {
    static thread_local ImageCache cache;
    std::mt19937 random(seed);
    auto uniform = [&](double low, double high) { return std::uniform_real_distribution<double>(low, high)(random); };
    auto pick = [&](std::size_t count) { return std::uniform_int_distribution<std::size_t>(0, count - 1)(random); };

    const cv::Size size = kCanvasSizes[pick(kCanvasSizes.size())];
    cv::Mat canvas;
    cv::resize(cache.get(backgrounds[pick(backgrounds.size())]), canvas, size, 0, 0, cv::INTER_LINEAR);
    const int wanted = std::uniform_int_distribution<int>(options.minFaces, options.maxFaces)(random);
    std::vector<cv::Rect> taken;
    std::vector<RectF> truths;
    for (int attempt = 0; attempt < 200 && static_cast<int>(truths.size()) < wanted; ++attempt) {
        const FaceSource& source = faces[pick(faces.size())];
        const double largest = std::min(options.maxFaceSizePx, size.height * 0.45);
        const double faceSize = uniform(0, 1) < 0.5 ? uniform(options.minFaceSizePx, std::min(largest, 2 * options.minFaceSizePx))
                                                    : uniform(options.minFaceSizePx, largest);
        const double roll = uniform(0, 1) < 0.5 ? 0 : uniform(-options.maxRollDegrees, options.maxRollDegrees);
        const double squeeze = uniform(0, 1) < 0.6 ? 1 : uniform(0.55, 1.0);
        const bool mirror = uniform(0, 1) < 0.5;
        const int side = static_cast<int>(faceSize * options.contextScale) + 2;
        if (side >= size.width || side >= size.height) continue;
        const cv::Point at(static_cast<int>(pick(size.width - side)), static_cast<int>(pick(size.height - side)));
        const cv::Rect area(at, cv::Size(side, side));
        if (overlapsAny(area, taken)) continue;
        const cv::Mat& image = cache.get(source.image);
        if (image.empty()) continue;
        Patch patch = warpFace(image, source.face, faceSize, side, roll, squeeze, mirror);
        patch.pixels = patch.pixels * uniform(0.75, 1.2) + cv::Scalar::all(uniform(-25, 25));
        if (uniform(0, 1) < 0.2) cv::GaussianBlur(patch.pixels, patch.pixels, cv::Size(), uniform(0.8, 2.0));
        blend(canvas, patch, at);
        taken.push_back(area);
        truths.push_back(RectF{at.x + side / 2.0 - faceSize / 2, at.y + side / 2.0 - faceSize / 2, faceSize, faceSize});
    }
    return DetectionTestPhoto{toRgbImage(canvas), truths};
}

bool detectionMatches(const RectF& detection, const RectF& truth) {
    const double centreX = detection.x + detection.width / 2;
    const double centreY = detection.y + detection.height / 2;
    const double ratio = detection.width / truth.width;
    return centreX >= truth.x && centreX <= truth.x + truth.width && centreY >= truth.y && centreY <= truth.y + truth.height &&
           ratio >= 0.5 && ratio <= 2.2;
}

DetectionTally tallyDetections(const std::vector<RectF>& detections, const std::vector<RectF>& truths) {
    DetectionTally tally;
    tally.truths = static_cast<int>(truths.size());
    std::vector<bool> used(detections.size(), false);
    for (const RectF& truth : truths) {
        for (std::size_t i = 0; i < detections.size(); ++i) {
            if (used[i] || !detectionMatches(detections[i], truth)) continue;
            used[i] = true;
            ++tally.found;
            break;
        }
    }
    tally.falsePositives = static_cast<int>(std::count(used.begin(), used.end(), false));
    return tally;
}

}  // namespace reunite::test
