#pragma once
// Plain value types exchanged between the face pipeline stages (detect, landmarks, quality,
// align, embed). No dlib or OpenCV types cross these boundaries.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/image/Image.h"

namespace reunite {

struct PointF {
    double x = 0;
    double y = 0;
};

struct RectF {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

// The smallest rectangle holding every point (an empty list: an empty rectangle at 0, 0).
RectF boundingBox(std::span<const PointF> points);
// The mean of the points (an empty list: 0, 0).
PointF meanPoint(std::span<const PointF> points);

// A face found by a detector, in the coordinates of the decoded (orientation-corrected) image.
struct FaceDetection {
    RectF box;
    double score = 0;          // detector confidence; 0 for a fallback box
    int upsampleLevel = 0;     // how often the image was doubled before this face was found
    bool fallback = false;     // true: no detection, the whole image was assumed to be a face
};

constexpr int kLandmarkCount = 68;
using Landmarks = std::array<PointF, kLandmarkCount>;

// The mean of landmarks first..last (inclusive, 0-based dlib numbering, e.g. 36..41 = left eye).
PointF meanOfLandmarks(const Landmarks& landmarks, int first, int last);

enum QualityFlag : std::uint32_t {
    QualityOk = 0,
    QualitySmallFace = 1u << 0,
    QualityBlurred = 1u << 1,
    QualityTurnedAway = 1u << 2,
    QualityFallbackBox = 1u << 3,
    QualityPossiblyChild = 1u << 4,
    QualityDamagedImage = 1u << 5,    // the photo's JPEG data was damaged; parts may be filled in
    QualityReducedImage = 1u << 6,    // a very large photo was decoded at reduced size
    QualityManualBox = 1u << 7,       // the box was drawn by a person, not found by a detector
};

struct FaceQuality {
    double faceSizePx = 0;       // inter-landmark face width (jaw extent) in source pixels
    double sharpness = 0;        // variance of the Laplacian of the aligned chip (higher is sharper)
    double yawDegrees = 0;       // signed estimate: positive = face turned to the image's right
    double childLikelihood = 0;  // 0..1 heuristic from face proportions; a warning, never a fact
    std::uint32_t flags = QualityOk;
};

std::vector<std::string> qualityFlagNames(std::uint32_t flags);

constexpr int kEmbeddingSize = 128;
using Embedding = std::array<float, kEmbeddingSize>;

float euclideanDistance(const Embedding& a, const Embedding& b);

// One face after the full pipeline.
struct FaceRecord {
    FaceDetection detection;
    Landmarks landmarks{};
    FaceQuality quality;
    Image chip;          // aligned 150x150 RGB chip
    Embedding embedding{};
};

}  // namespace reunite
