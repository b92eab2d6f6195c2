#pragma once
// Geometry of 68-point iBUG landmark shapes: similarity (Procrustes) fits, the canonical
// normalised frame, generalised Procrustes means, residuals and left/right mirroring.
// Normalised frame ("canonical"): centroid at the origin, RMS distance from the centroid 1,
// the line between the eye centres horizontal, y pointing down (from the brows to the chin).
// Thread safety: pure functions.
#include <span>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "age/geometry/SimilarityTransform.h"

namespace reunite {

PointF shapeCentroid(const Landmarks& shape);

// Least-squares similarity that maps `from` onto `to` (no reflection).
SimilarityTransform fitSimilarity(const Landmarks& from, const Landmarks& to);

// The same fit using only the listed points (e.g. the eye region).
SimilarityTransform fitSimilarity(const Landmarks& from, const Landmarks& to, std::span<const int> points);

// Eyes (36-47) and the upper nose bridge (27, 28): the part of the face that changes least in
// proportion while a child grows, used to register mean shapes of different ages.
std::span<const int> eyeRegionPoints();

// The shape moved into the canonical frame by a similarity (see above).
Landmarks canonicalShape(const Landmarks& shape);

// Generalised Procrustes mean of many shapes, in the canonical frame. Deterministic for a given
// order of shapes. Empty input gives an all-zero shape.
Landmarks procrustesMeanShape(const std::vector<Landmarks>& shapes, int iterations = 6);

// RMS distance between the reference and the shape fitted onto it, in reference units.
double procrustesResidual(const Landmarks& shape, const Landmarks& reference);

// The landmarks of the left-right mirrored image (x -> imageWidth - 1 - x), with the iBUG point
// numbering swapped so that, e.g., point 36 is again the outer corner of the image-left eye.
Landmarks mirroredLandmarks(const Landmarks& shape, int imageWidth);

}  // namespace reunite
