#pragma once
// Delaunay triangulation of a point set (OpenCV's Subdiv2D), returned as index triples into the
// input. Points closer than 1e-3 px to an earlier point are treated as that point; the triangles
// then never reference the later duplicate.
// Guarantees: each triangle is three distinct indices (orientation unspecified); the triangles
// tile the convex hull of the points without overlap; the order is sorted, hence reproducible.
// Thread safety: pure function.
#include <vector>

#include "core/pipeline/FaceTypes.h"

namespace reunite {

struct Triangle {
    int a = 0;
    int b = 0;
    int c = 0;
};

std::vector<Triangle> delaunayTriangles(const std::vector<PointF>& points);

}  // namespace reunite
