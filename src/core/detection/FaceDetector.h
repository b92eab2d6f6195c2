#pragma once
// FaceDetector: finds faces in an RGB image.
// Guarantees: boxes in the image's own pixel coordinates, in the box convention of dlib's HOG
// detector (what the 68-point landmark model was trained on), sorted by score (best first).
// When nothing is found and the options allow it, one fallback box covering the image is
// returned with fallback = true (tight crops such as database mugshots and research sets).
// Three detectors: dlib's frontal HOG detector (no model file), the BlazeFace CNN (an ONNX file,
// run by OpenCV's DNN module) and their union (HOG's box where both find a face, the CNN's box
// mapped to HOG's convention where only the CNN does). Loaders return a detector or an error.
// Thread safety: detect() is const but the detectors keep scratch state (dlib's scanner, the
// network's buffers): use one instance per thread (clone()).
#include <filesystem>
#include <memory>
#include <vector>

#include "core/detection/BoxTransform.h"
#include "core/image/Image.h"
#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite {

struct FaceDetectorOptions {
    int minFaceSizePx = 80;         // HOG's smallest reliable face; smaller images are upsampled
    int maxUpsampleLevels = 2;      // each level doubles the image
    std::int64_t maxUpsampledPixels = 4'000'000;
    bool fallbackToWholeImage = true;
    double fallbackMaxAspect = 1.6;  // only images about face-shaped get a fallback box,
    int fallbackMaxSide = 360;       // only small ones (crops, not whole photos),
    double fallbackMinContrast = 8;  // and only if they are not blank (grey-level std. deviation)
    double adjustThreshold = 0.1;   // drops HOG's weakest hits (badges, patterns)
};

struct CnnDetectorOptions {
    double scoreThreshold = 0.5;   // BlazeFace face probability a detection in the whole view needs
    double tileScoreThreshold = 0.7;  // ... and one in a tile (zoomed-in parts make more false hits)
    int minFaceSizePx = 40;        // smaller faces are not searched for (large photos are tiled)
    int maxTiles = 16;             // upper bound on network runs per image besides the whole view
    bool mirroredPass = false;     // also run the mirrored whole image (turned faces; 2x the cost)
};

class FaceDetector {
public:
    virtual ~FaceDetector() = default;
    virtual std::vector<FaceDetection> detect(const Image& image) const = 0;
    virtual std::unique_ptr<FaceDetector> clone() const = 0;
};

// dlib's frontal HOG detector (built into dlib, no model file).
std::unique_ptr<FaceDetector> createHogFaceDetector(const FaceDetectorOptions& options = {});

// BlazeFace (MediaPipe's back-camera model, 256x256 ONNX). Boxes are BlazeFace's own (raw): wrap
// it in createCombinedFaceDetector, or map them with a BoxTransform, before landmarks.
// Errors: ModelMissing / ModelCorrupt naming the setup command.
Result<std::unique_ptr<FaceDetector>> loadBlazeFaceDetector(const std::filesystem::path& onnxFile,
                                                            const CnnDetectorOptions& options = {});

// Union of HOG and a CNN: every HOG face; every CNN face no HOG face overlaps, its box mapped by
// cnnToHog; the whole-image fallback of `options` only when neither finds a face.
std::unique_ptr<FaceDetector> createCombinedFaceDetector(std::unique_ptr<FaceDetector> cnn, const BoxTransform& cnnToHog,
                                                         const FaceDetectorOptions& options = {});

}  // namespace reunite
