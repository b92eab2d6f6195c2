#pragma once
// PiecewiseAffineWarp: a dense backward map from destination pixels to source positions, built
// from corresponding point sets and a triangulation (index triples valid for both sets).
// Inputs: source and destination points of equal count, triangles indexing them, and the
// destination pixel region to fill. Pixel (x, y) is the point (x, y) (dlib/OpenCV convention).
// Guarantees: every pixel of the region inside some destination triangle gets the affine image of
// that triangle (neighbouring triangles agree on their shared edge, so there are no seams); pixels
// outside every triangle are "uncovered" and counted; apply() leaves those at their own
// position (identity). Triangles whose orientation flips between source and destination are
// counted in foldedTriangles() (a fold means the point motion was too large for the mesh);
// triangles collapsed to a line in either set (coincident points) are not folds.
// Thread safety: immutable after construction; const methods safe from many threads.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "age/geometry/DelaunayTriangulation.h"
#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"

namespace reunite {

class PiecewiseAffineWarp {
public:
    PiecewiseAffineWarp(const std::vector<PointF>& source, const std::vector<PointF>& destination,
                        const std::vector<Triangle>& triangles, PixelRect region);

    const PixelRect& region() const { return region_; }
    // Destination coordinates (not region-relative). Outside the region: false.
    bool covered(int x, int y) const;
    // Source position of a destination pixel; its own position when uncovered or outside.
    PointF sourcePosition(int x, int y) const;
    std::size_t uncoveredPixels() const { return uncovered_; }
    std::size_t foldedTriangles() const { return folded_; }

    // Region-sized, row-major source coordinates (float, as remapping wants them) and coverage.
    const std::vector<float>& sourceX() const { return sourceX_; }
    const std::vector<float>& sourceY() const { return sourceY_; }
    const std::vector<std::uint8_t>& coverage() const { return coverage_; }

    // Bilinear resampling of `source` into a region-sized image; borders replicate.
    Image apply(const Image& source) const;

private:
    PixelRect region_;
    std::vector<float> sourceX_;
    std::vector<float> sourceY_;
    std::vector<std::uint8_t> coverage_;
    std::size_t uncovered_ = 0;
    std::size_t folded_ = 0;
};

}  // namespace reunite
