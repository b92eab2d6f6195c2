#pragma once
// BoxTransform: maps one detector's face boxes onto another's box convention (centre shift in
// box widths/heights, size scale). Used to give the 68-point landmark model, trained on dlib HOG
// boxes, HOG-like boxes for faces only the CNN finds. Fitted on faces both detectors find
// (fitBoxTransform: medians, robust to a few mismatched pairs) and stored as JSON in resources/
// (rebuilt by `reunite-cli build-box-transform`).
// Thread safety: plain values and free functions.
#include <filesystem>
#include <string>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite {

struct BoxTransform {
    double centerShiftX = 0;  // (target centre x - source centre x) / source width
    double centerShiftY = 0;  // (target centre y - source centre y) / source height
    double widthScale = 1;    // target width / source width
    double heightScale = 1;   // target height / source height

    RectF apply(const RectF& source) const;
};

struct BoxPair {
    RectF source;  // e.g. the CNN's box
    RectF target;  // the HOG box of the same face
};

// Intersection over union of two boxes (0 when either is empty).
double intersectionOverUnion(const RectF& a, const RectF& b);

// Pairs each target box with the source box overlapping it most (IoU >= minOverlap), each box used
// once: the faces both detectors found.
std::vector<BoxPair> pairSameFaces(const std::vector<RectF>& sources, const std::vector<RectF>& targets,
                                   double minOverlap = 0.3);

// Medians of the per-pair shifts and scales. Error (InvalidArgument) for fewer than 10 pairs.
Result<BoxTransform> fitBoxTransform(const std::vector<BoxPair>& pairs);

// JSON: {"schema":1,"center_shift_x":..,"center_shift_y":..,"width_scale":..,"height_scale":..,
// "source_model_sha256":"..", "pairs":N, "fitted_on":"..", "rebuild":".."}.
struct BoxTransformFile {
    BoxTransform transform;
    std::string sourceModelSha256;  // the CNN model the transform belongs to
    int pairs = 0;
    std::string fittedOn;
    std::string rebuildCommand;
};
Result<BoxTransformFile> loadBoxTransform(const std::filesystem::path& file);
Status saveBoxTransform(const std::filesystem::path& file, const BoxTransformFile& content);

// Where the shipped CNN-to-HOG transform lives among the project's resources.
constexpr const char* kCnnBoxTransformResource = "detection/blazeface_to_hog_box.json";

}  // namespace reunite
