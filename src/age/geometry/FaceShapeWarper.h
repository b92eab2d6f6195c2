#pragma once
// FaceShapeWarper: moves a face's 68 landmarks to new positions and warps the whole image with
// them, piecewise-affinely over a Delaunay triangulation of the landmarks plus fixed anchors:
// the image corners and edge midpoints, and a ring of points around the face. The anchors do
// not move, so the deformation fades out between the face and the ring and the rest of the
// image stays pixel-identical.
// Guarantees: the output has the input's size; the triangulation covers every pixel (the corners
// are anchors); when `to` equals `from` every triangle map is the identity and the output equals
// the input. Thread safety: immutable; warp() is const and safe from many threads.
#include <cstddef>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"

namespace reunite {

struct FaceWarpOptions {
    double ringScale = 1.6;  // ring semi-axes, as multiples of the landmarks' half width/height
    int ringPoints = 20;
};

struct FaceWarpResult {
    Image image;
    std::size_t triangleCount = 0;
    std::size_t uncoveredPixels = 0;  // always 0 unless the input was degenerate
    std::size_t foldedTriangles = 0;  // > 0: the landmark motion was too large for a clean warp
};

class FaceShapeWarper {
public:
    explicit FaceShapeWarper(FaceWarpOptions options = {}) : options_(options) {}

    FaceWarpResult warp(const Image& image, const Landmarks& from, const Landmarks& to) const;

    // The fixed points used with the landmarks (image corners, edge midpoints, ring).
    std::vector<PointF> anchorPoints(const Landmarks& from, const Landmarks& to, int width, int height) const;

private:
    FaceWarpOptions options_;
};

}  // namespace reunite
