#include <algorithm>
#include <sstream>
#include <string>

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_transforms.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>

#include "core/detection/FaceDetector.h"
#include "core/detection/internal/DetectionMerging.h"
#include "core/detection/internal/WholeImageFallback.h"
#include "core/image/internal/ImageConversion.h"

namespace reunite {
namespace internal {
extern const std::size_t kHogDetectorSize;       // HogDetectorData.cpp, generated at build time
extern const unsigned char kHogDetectorBytes[];
}  // namespace internal

namespace {

// dlib's frontal detector from the bytes serialized at build time (get_frontal_face_detector()
// would decompress its built-in copy, ~0.9 s); made once per process, copied per instance.
const dlib::frontal_face_detector& frontalDetectorPrototype() {
    static const dlib::frontal_face_detector prototype = [] {
        std::istringstream in(std::string(reinterpret_cast<const char*>(internal::kHogDetectorBytes), internal::kHogDetectorSize));
        dlib::frontal_face_detector detector;
        dlib::deserialize(detector, in);
        return detector;
    }();
    return prototype;
}

// dlib's frontal HOG detector with automatic upsampling of small images and an optional
// whole-image fallback box for tight face crops.
class HogFaceDetector final : public FaceDetector {
public:
    explicit HogFaceDetector(const FaceDetectorOptions& options)
        : options_(options), detector_(frontalDetectorPrototype()) {}

    std::vector<FaceDetection> detect(const Image& image) const override {
        std::vector<FaceDetection> faces;
        if (image.empty()) return faces;

        cv::Mat view = internal::viewAsMat(image);
        dlib::cv_image<dlib::rgb_pixel> original(view);
        faces = detectAtLevel(original, 0);

        dlib::matrix<dlib::rgb_pixel> upsampled;
        std::int64_t pixels = static_cast<std::int64_t>(image.width) * image.height;
        for (int level = 1; faces.empty() && level <= options_.maxUpsampleLevels; ++level) {
            pixels *= 4;
            if (pixels > options_.maxUpsampledPixels) break;
            if (level == 1) {
                dlib::pyramid_up(original, upsampled, dlib::pyramid_down<2>());
            } else {
                dlib::pyramid_up(upsampled);
            }
            faces = detectAtLevel(upsampled, level);
        }

        if (faces.empty()) {
            if (auto whole = internal::wholeImageFallback(image, options_)) faces.push_back(*whole);
        }
        internal::sortByScore(faces);
        return faces;
    }

    std::unique_ptr<FaceDetector> clone() const override { return std::make_unique<HogFaceDetector>(options_); }

private:
    template <typename DlibImage>
    std::vector<FaceDetection> detectAtLevel(const DlibImage& image, int level) const {
        std::vector<dlib::rect_detection> found;
        detector_(image, found, options_.adjustThreshold);
        const double scale = 1.0 / static_cast<double>(1 << level);
        std::vector<FaceDetection> faces;
        faces.reserve(found.size());
        for (const dlib::rect_detection& d : found) {
            FaceDetection face;
            face.box = RectF{d.rect.left() * scale, d.rect.top() * scale, d.rect.width() * scale,
                             d.rect.height() * scale};
            face.score = d.detection_confidence;
            face.upsampleLevel = level;
            faces.push_back(face);
        }
        return faces;
    }

    FaceDetectorOptions options_;
    // dlib's scanner keeps scratch buffers in operator(): one instance per thread (see header).
    mutable dlib::frontal_face_detector detector_;
};

}  // namespace

std::unique_ptr<FaceDetector> createHogFaceDetector(const FaceDetectorOptions& options) {
    return std::make_unique<HogFaceDetector>(options);
}

}  // namespace reunite
