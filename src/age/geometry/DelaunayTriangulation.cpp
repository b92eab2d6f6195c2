#include "age/geometry/DelaunayTriangulation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <utility>

#include <opencv2/imgproc.hpp>

namespace reunite {

std::vector<Triangle> delaunayTriangles(const std::vector<PointF>& points) {
    std::vector<Triangle> triangles;
    if (points.size() < 3) return triangles;
    const RectF box = boundingBox(points);
    const cv::Rect bounds(static_cast<int>(std::floor(box.x)) - 2, static_cast<int>(std::floor(box.y)) - 2,
                          static_cast<int>(std::ceil(box.width)) + 5, static_cast<int>(std::ceil(box.height)) + 5);
    cv::Subdiv2D subdiv(bounds);

    // Subdiv2D works in float: key the float coordinates it hands back to our indices.
    std::map<std::pair<float, float>, int> indexOf;
    for (int i = 0; i < static_cast<int>(points.size()); ++i) {
        const cv::Point2f p(static_cast<float>(points[i].x), static_cast<float>(points[i].y));
        bool duplicate = false;
        for (const auto& [key, index] : indexOf) {
            if (std::abs(key.first - p.x) < 1e-3f && std::abs(key.second - p.y) < 1e-3f) {
                duplicate = true;
                break;
            }
        }
        if (duplicate) continue;
        indexOf.emplace(std::make_pair(p.x, p.y), i);
        subdiv.insert(p);
    }

    std::vector<cv::Vec6f> list;
    subdiv.getTriangleList(list);
    for (const cv::Vec6f& t : list) {
        int ids[3];
        bool known = true;
        for (int k = 0; k < 3; ++k) {
            const auto found = indexOf.find({t[2 * k], t[2 * k + 1]});
            if (found == indexOf.end()) {
                known = false;
                break;
            }
            ids[k] = found->second;
        }
        if (known) triangles.push_back({ids[0], ids[1], ids[2]});
    }
    // Subdiv2D's order depends on its internal edge lists; sort for a stable, comparable output.
    std::sort(triangles.begin(), triangles.end(), [](const Triangle& l, const Triangle& r) {
        return std::tie(l.a, l.b, l.c) < std::tie(r.a, r.b, r.c);
    });
    return triangles;
}

}  // namespace reunite
