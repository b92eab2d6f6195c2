#include <algorithm>
#include <cmath>
#include <memory>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include "core/detection/FaceDetector.h"
#include "core/detection/internal/DetectionMerging.h"
#include "core/image/internal/ImageConversion.h"
#include "core/models/ModelLocator.h"
#include "domain/FileBytes.h"

namespace reunite {
namespace {

// MediaPipe BlazeFace, back-camera model: a 256x256 RGB input scaled to [-1, 1] (NHWC), 896
// anchors on a 16x16 grid (2 per cell) and an 8x8 grid (6 per cell); per anchor one logit and 16
// numbers (box centre offset, width, height, six key points) in input pixels.
constexpr int kInputSize = 256;
constexpr int kAnchorCount = 896;
constexpr int kValuesPerAnchor = 16;
constexpr std::uint64_t kMaxModelBytes = 64ull << 20;
const std::vector<std::string> kOutputNames{"Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0"};

// Faces smaller than this many input pixels are found unreliably (measured on the collage set).
constexpr double kSmallestModelFacePx = 20;
// Tiles overlap by this many input pixels, so every face up to this size lies whole in a tile.
constexpr int kTileOverlapPx = 80;
// Faces cut by a tile edge (not the image edge) by more than this share of their width are left
// to the neighbouring tile or the coarser view.
constexpr double kMaxCutShare = 0.15;
// Whole view and tiles: a coarser view finds faces of kTileOverlapPx / kSmallestModelFacePx times
// the smallest face of a finer one.
constexpr double kMaxScaleStep = kTileOverlapPx / kSmallestModelFacePx;
// The whole view suffices when tiles would only enlarge the image by this little.
constexpr double kMinWorthwhileZoom = 1.25;

struct Anchor {
    float x;
    float y;
};

std::vector<Anchor> makeAnchors() {
    std::vector<Anchor> anchors;
    anchors.reserve(kAnchorCount);
    for (const auto [cells, perCell] : {std::pair{16, 2}, std::pair{8, 6}}) {
        for (int y = 0; y < cells; ++y) {
            for (int x = 0; x < cells; ++x) {
                for (int a = 0; a < perCell; ++a) {
                    anchors.push_back(Anchor{(x + 0.5f) / cells * kInputSize, (y + 0.5f) / cells * kInputSize});
                }
            }
        }
    }
    return anchors;
}

// A part of the image the network sees at one scale (input pixels per image pixel).
struct View {
    cv::Rect region;
    double scale = 1;
    cv::Size image;
    bool mirrored = false;
};

std::vector<int> tileStarts(int length, int tile, int step) {
    std::vector<int> starts{0};
    while (starts.back() + tile < length) starts.push_back(std::min(starts.back() + step, length - tile));
    return starts;
}

std::vector<View> tilesAtScale(const cv::Size& size, double scale) {
    const int tile = static_cast<int>(std::floor(kInputSize / scale));
    const int step = static_cast<int>(std::floor((kInputSize - kTileOverlapPx) / scale));
    std::vector<View> tiles;
    for (int y : tileStarts(size.height, tile, step)) {
        for (int x : tileStarts(size.width, tile, step)) {
            tiles.push_back(View{cv::Rect(x, y, std::min(tile, size.width - x), std::min(tile, size.height - y)), scale, size});
        }
    }
    return tiles;
}

class BlazeFaceDetector final : public FaceDetector {
public:
    BlazeFaceDetector(std::shared_ptr<const std::vector<std::uint8_t>> modelBytes, cv::dnn::Net net,
                      const CnnDetectorOptions& options)
        : modelBytes_(std::move(modelBytes)), net_(std::move(net)), options_(options), anchors_(makeAnchors()) {}

    std::vector<FaceDetection> detect(const Image& image) const override {
        if (image.empty()) return {};
        const cv::Mat rgb = internal::viewAsMat(image);
        std::vector<FaceDetection> candidates;
        for (const View& view : planViews(rgb.size())) {
            for (FaceDetection& face : detectInView(rgb, view)) candidates.push_back(face);
        }
        return internal::suppressOverlaps(std::move(candidates), 0.3, 0.5);
    }

    std::unique_ptr<FaceDetector> clone() const override {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(reinterpret_cast<const char*>(modelBytes_->data()), modelBytes_->size());
        return std::make_unique<BlazeFaceDetector>(modelBytes_, std::move(net), options_);
    }

private:
    // The whole image, optionally mirrored, then tiles at finer scales down to the smallest face.
    std::vector<View> planViews(const cv::Size& size) const {
        const cv::Rect whole(0, 0, size.width, size.height);
        const double wholeScale = static_cast<double>(kInputSize) / std::max(size.width, size.height);
        std::vector<View> views{View{whole, wholeScale, size}};
        if (options_.mirroredPass) views.push_back(View{whole, wholeScale, size, true});

        double finest = kSmallestModelFacePx / std::max(1, options_.minFaceSizePx);
        if (finest < wholeScale * kMinWorthwhileZoom) return views;
        std::vector<double> scales = tileScales(wholeScale, finest);
        while (tileCount(size, scales) > static_cast<std::size_t>(options_.maxTiles) && finest > wholeScale * kMinWorthwhileZoom) {
            finest *= 0.9;
            scales = tileScales(wholeScale, finest);
        }
        if (finest < wholeScale * kMinWorthwhileZoom) return views;
        for (double scale : scales) {
            for (const View& tile : tilesAtScale(size, scale)) views.push_back(tile);
        }
        return views;
    }

    static std::vector<double> tileScales(double wholeScale, double finest) {
        const int steps = static_cast<int>(std::ceil(std::log(finest / wholeScale) / std::log(kMaxScaleStep)));
        std::vector<double> scales;
        for (int i = 1; i <= steps; ++i) scales.push_back(wholeScale * std::pow(finest / wholeScale, static_cast<double>(i) / steps));
        return scales;
    }

    static std::size_t tileCount(const cv::Size& size, const std::vector<double>& scales) {
        std::size_t count = 0;
        for (double scale : scales) count += tilesAtScale(size, scale).size();
        return count;
    }

    std::vector<FaceDetection> detectInView(const cv::Mat& rgb, const View& view) const {
        cv::Mat input = networkInput(rgb, view);
        std::vector<cv::Mat> outputs;
        net_.setInput(input);
        net_.forward(outputs, kOutputNames);
        return decode(outputs, view);
    }

    static cv::Mat networkInput(const cv::Mat& rgb, const View& view) {
        const cv::Size scaled(std::max(1, static_cast<int>(std::lround(view.region.width * view.scale))),
                              std::max(1, static_cast<int>(std::lround(view.region.height * view.scale))));
        cv::Mat resized;
        cv::resize(rgb(view.region), resized, scaled, 0, 0, view.scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        if (view.mirrored) cv::flip(resized, resized, 1);
        cv::Mat canvas(kInputSize, kInputSize, CV_8UC3, cv::Scalar::all(0));
        resized.copyTo(canvas(cv::Rect(0, 0, std::min(scaled.width, kInputSize), std::min(scaled.height, kInputSize))));
        cv::Mat input(std::vector<int>{1, kInputSize, kInputSize, 3}, CV_32F);
        cv::Mat inputView(kInputSize, kInputSize, CV_32FC3, input.ptr<float>());
        canvas.convertTo(inputView, CV_32FC3, 1.0 / 127.5, -1.0);
        return input;
    }

    std::vector<FaceDetection> decode(const std::vector<cv::Mat>& outputs, const View& view) const {
        const float* logits[2] = {outputs[0].ptr<float>(), outputs[1].ptr<float>()};
        const float* boxes[2] = {outputs[2].ptr<float>(), outputs[3].ptr<float>()};
        const int firstGridAnchors = outputs[0].size[1];
        const bool tile = view.region.size() != view.image;
        const double threshold = tile ? options_.tileScoreThreshold : options_.scoreThreshold;
        const double minLogit = std::log(threshold / (1 - threshold));
        std::vector<FaceDetection> faces;
        for (int i = 0; i < kAnchorCount; ++i) {
            const int grid = i < firstGridAnchors ? 0 : 1;
            const int k = grid == 0 ? i : i - firstGridAnchors;
            const float logit = logits[grid][k];
            if (logit < minLogit) continue;
            const float* values = boxes[grid] + static_cast<std::size_t>(k) * kValuesPerAnchor;
            const double centreX = anchors_[i].x + values[0];
            const double centreY = anchors_[i].y + values[1];
            RectF box{centreX - values[2] / 2.0, centreY - values[3] / 2.0, values[2], values[3]};
            if (box.width <= 0 || box.height <= 0 || cutByTileEdge(box, view)) continue;
            FaceDetection face;
            face.box = toImage(box, view);
            face.score = 1.0 / (1.0 + std::exp(-logit));
            faces.push_back(face);
        }
        return faces;
    }

    // box in input pixels; true when it reaches over an edge of the tile that is not the image's.
    static bool cutByTileEdge(const RectF& box, const View& view) {
        const double width = view.region.width * view.scale;
        const double height = view.region.height * view.scale;
        const double allowed = kMaxCutShare * box.width;
        const bool leftInside = view.region.x > 0, topInside = view.region.y > 0;
        const bool rightInside = view.region.x + view.region.width < view.image.width;
        const bool bottomInside = view.region.y + view.region.height < view.image.height;
        return (leftInside && box.x < -allowed) || (topInside && box.y < -allowed) ||
               (rightInside && box.x + box.width > width + allowed) || (bottomInside && box.y + box.height > height + allowed);
    }

    static RectF toImage(const RectF& box, const View& view) {
        const double x = view.mirrored ? view.region.width * view.scale - box.x - box.width : box.x;
        return RectF{view.region.x + x / view.scale, view.region.y + box.y / view.scale, box.width / view.scale,
                     box.height / view.scale};
    }

    std::shared_ptr<const std::vector<std::uint8_t>> modelBytes_;
    mutable cv::dnn::Net net_;  // forward() keeps buffers: one instance per thread (see header)
    CnnDetectorOptions options_;
    std::vector<Anchor> anchors_;
};

}  // namespace

Result<std::unique_ptr<FaceDetector>> loadBlazeFaceDetector(const std::filesystem::path& onnxFile,
                                                            const CnnDetectorOptions& options) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(onnxFile, ec)) {
        return makeError(ErrorCode::ModelMissing, "face detection model not found at " + onnxFile.string() + "; run: " + kSetupCommand);
    }
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(onnxFile, kMaxModelBytes);
    if (!bytes) return makeError(ErrorCode::ModelCorrupt, bytes.error().message + "; run: " + kSetupCommand);
    auto shared = std::make_shared<const std::vector<std::uint8_t>>(std::move(bytes).value());
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(reinterpret_cast<const char*>(shared->data()), shared->size());
        if (net.empty()) throw std::runtime_error("empty network");
        return std::unique_ptr<FaceDetector>(std::make_unique<BlazeFaceDetector>(shared, std::move(net), options));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::ModelCorrupt, "face detection model " + onnxFile.string() + " is damaged (" + e.what() +
                                                      "); run: " + kSetupCommand);
    }
}

}  // namespace reunite
