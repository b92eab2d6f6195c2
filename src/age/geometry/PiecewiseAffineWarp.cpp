#include "age/geometry/PiecewiseAffineWarp.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "age/geometry/internal/MatViews.h"

namespace reunite {
namespace {

double signedArea2(const PointF& a, const PointF& b, const PointF& c) {
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

}  // namespace

PiecewiseAffineWarp::PiecewiseAffineWarp(const std::vector<PointF>& source, const std::vector<PointF>& destination,
                                         const std::vector<Triangle>& triangles, PixelRect region)
    : region_(region) {
    if (source.size() != destination.size()) throw std::invalid_argument("PiecewiseAffineWarp: point counts differ");
    region_.width = std::max(0, region_.width);
    region_.height = std::max(0, region_.height);
    const std::size_t count = static_cast<std::size_t>(region_.width) * region_.height;
    sourceX_.resize(count);
    sourceY_.resize(count);
    coverage_.assign(count, 0);

    const int n = static_cast<int>(source.size());
    for (const Triangle& t : triangles) {
        if (t.a < 0 || t.b < 0 || t.c < 0 || t.a >= n || t.b >= n || t.c >= n) {
            throw std::invalid_argument("PiecewiseAffineWarp: triangle index out of range");
        }
        const PointF& da = destination[t.a];
        const PointF& db = destination[t.b];
        const PointF& dc = destination[t.c];
        const double area = signedArea2(da, db, dc);
        const double sourceArea = signedArea2(source[t.a], source[t.b], source[t.c]);
        // A triangle collapsed in the source (e.g. the lips of a closed mouth share points) is
        // harmless; one that turns over between source and destination is a fold.
        constexpr double kDegenerateArea = 1e-6;
        if (std::abs(area) > kDegenerateArea && std::abs(sourceArea) > kDegenerateArea && (area > 0) != (sourceArea > 0)) {
            ++folded_;
        }
        if (std::abs(area) < 1e-12) continue;
        // A pixel on an edge belongs to both triangles; the tolerance keeps it from falling between.
        const double tolerance = 1e-9 * std::abs(area) + 1e-12;
        const int x0 = std::max(region_.x, static_cast<int>(std::floor(std::min({da.x, db.x, dc.x}))));
        const int x1 = std::min(region_.x + region_.width - 1, static_cast<int>(std::ceil(std::max({da.x, db.x, dc.x}))));
        const int y0 = std::max(region_.y, static_cast<int>(std::floor(std::min({da.y, db.y, dc.y}))));
        const int y1 = std::min(region_.y + region_.height - 1, static_cast<int>(std::ceil(std::max({da.y, db.y, dc.y}))));
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                const std::size_t i = static_cast<std::size_t>(y - region_.y) * region_.width + (x - region_.x);
                if (coverage_[i]) continue;
                const PointF p{static_cast<double>(x), static_cast<double>(y)};
                const double wa = signedArea2(db, dc, p);
                const double wb = signedArea2(dc, da, p);
                const double wc = signedArea2(da, db, p);
                const bool inside = area > 0 ? (wa >= -tolerance && wb >= -tolerance && wc >= -tolerance)
                                             : (wa <= tolerance && wb <= tolerance && wc <= tolerance);
                if (!inside) continue;
                const double la = wa / area, lb = wb / area, lc = wc / area;
                sourceX_[i] = static_cast<float>(la * source[t.a].x + lb * source[t.b].x + lc * source[t.c].x);
                sourceY_[i] = static_cast<float>(la * source[t.a].y + lb * source[t.b].y + lc * source[t.c].y);
                coverage_[i] = 1;
            }
        }
    }
    for (int y = 0; y < region_.height; ++y) {
        for (int x = 0; x < region_.width; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * region_.width + x;
            if (coverage_[i]) continue;
            ++uncovered_;
            sourceX_[i] = static_cast<float>(x + region_.x);
            sourceY_[i] = static_cast<float>(y + region_.y);
        }
    }
}

bool PiecewiseAffineWarp::covered(int x, int y) const {
    if (x < region_.x || y < region_.y || x >= region_.x + region_.width || y >= region_.y + region_.height) return false;
    return coverage_[static_cast<std::size_t>(y - region_.y) * region_.width + (x - region_.x)] != 0;
}

PointF PiecewiseAffineWarp::sourcePosition(int x, int y) const {
    if (x < region_.x || y < region_.y || x >= region_.x + region_.width || y >= region_.y + region_.height) {
        return {static_cast<double>(x), static_cast<double>(y)};
    }
    const std::size_t i = static_cast<std::size_t>(y - region_.y) * region_.width + (x - region_.x);
    return {sourceX_[i], sourceY_[i]};
}

Image PiecewiseAffineWarp::apply(const Image& source) const {
    Image out = Image::blank(region_.width, region_.height);
    if (out.empty() || source.empty()) return out;
    const cv::Mat warped = internal::remapWithWarp(internal::viewAsMat(source), *this, cv::BORDER_REPLICATE);
    cv::Mat target = internal::viewAsMat(out);
    warped.copyTo(target);
    return out;
}

}  // namespace reunite
