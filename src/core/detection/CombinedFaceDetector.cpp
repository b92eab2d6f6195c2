#include "core/detection/FaceDetector.h"
#include "core/detection/internal/DetectionMerging.h"
#include "core/detection/internal/WholeImageFallback.h"

namespace reunite {
namespace {

// A CNN face counts as one HOG already found when their boxes (the CNN's mapped) overlap this much.
constexpr double kSameFaceOverlap = 0.3;

FaceDetectorOptions withoutFallback(FaceDetectorOptions options) {
    options.fallbackToWholeImage = false;
    return options;
}

bool overlapsAny(const RectF& box, const std::vector<FaceDetection>& faces) {
    for (const FaceDetection& face : faces) {
        if (intersectionOverUnion(box, face.box) > kSameFaceOverlap) return true;
    }
    return false;
}

// HOG first (its boxes are what the landmark model expects), then the faces only the CNN finds.
class CombinedFaceDetector final : public FaceDetector {
public:
    CombinedFaceDetector(std::unique_ptr<FaceDetector> cnn, const BoxTransform& cnnToHog, const FaceDetectorOptions& options)
        : hog_(createHogFaceDetector(withoutFallback(options))), cnn_(std::move(cnn)), cnnToHog_(cnnToHog), options_(options) {}

    std::vector<FaceDetection> detect(const Image& image) const override {
        std::vector<FaceDetection> faces = hog_->detect(image);
        const std::size_t hogFaces = faces.size();
        for (FaceDetection cnnFace : cnn_->detect(image)) {
            cnnFace.box = cnnToHog_.apply(cnnFace.box);
            if (overlapsAny(cnnFace.box, faces)) continue;
            faces.push_back(cnnFace);
        }
        if (faces.empty()) {
            if (auto whole = internal::wholeImageFallback(image, options_)) faces.push_back(*whole);
        }
        if (faces.size() > hogFaces) internal::sortByScore(faces);
        return faces;
    }

    std::unique_ptr<FaceDetector> clone() const override {
        return std::make_unique<CombinedFaceDetector>(cnn_->clone(), cnnToHog_, options_);
    }

private:
    std::unique_ptr<FaceDetector> hog_;
    std::unique_ptr<FaceDetector> cnn_;
    BoxTransform cnnToHog_;
    FaceDetectorOptions options_;
};

}  // namespace

std::unique_ptr<FaceDetector> createCombinedFaceDetector(std::unique_ptr<FaceDetector> cnn, const BoxTransform& cnnToHog,
                                                         const FaceDetectorOptions& options) {
    return std::make_unique<CombinedFaceDetector>(std::move(cnn), cnnToHog, options);
}

}  // namespace reunite
