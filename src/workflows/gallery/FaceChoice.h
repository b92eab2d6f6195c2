#pragma once
// FaceChoice: which face of a group photo is the named person of a gallery record, as a manifest
// gives it in its "face" column: a 1-based number counting the faces from left to right ("2"),
// a box in pixels of the upright photo ("x,y,width,height"), matched to the detected face it
// overlaps most (intersection over union at least kMinimumBoxOverlap), or "largest" (the face
// with the largest box: for portrait collections, where other detections are background).
// Guarantees: parseFaceChoice refuses anything else with a message naming the accepted forms;
// chooseFace returns the index into the given boxes, or an error saying why none fits.
// Thread safety: plain functions and values.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite {

struct FaceChoice {
    std::optional<int> numberFromLeft;  // 1 = the leftmost face
    std::optional<RectF> box;
    bool largest = false;
};

constexpr double kMinimumBoxOverlap = 0.3;

// Empty text: no choice (std::nullopt).
Result<std::optional<FaceChoice>> parseFaceChoice(const std::string& text);

// The index (into faces) of the chosen face.
Result<std::size_t> chooseFace(const FaceChoice& choice, const std::vector<RectF>& faces);

// The faces' indices ordered from left to right (by the centre of their boxes).
std::vector<std::size_t> facesFromLeft(const std::vector<RectF>& faces);

}  // namespace reunite
