#pragma once
// Warps inside the age model's square texture frame, private to reunite_age.
#include <vector>

#include <opencv2/core.hpp>

#include "age/model/AgeModelData.h"
#include "age/geometry/DelaunayTriangulation.h"
#include "core/pipeline/FaceTypes.h"
#include "age/geometry/PiecewiseAffineWarp.h"

namespace reunite::internal {

// Frame corners and edge midpoints: fixed points that make a frame warp cover the whole frame.
inline std::vector<PointF> frameAnchors(int size) {
    const double last = size - 1, mid = last / 2;
    return {{0, 0}, {last, 0}, {0, last}, {last, last}, {mid, 0}, {mid, last}, {0, mid}, {last, mid}};
}

inline Landmarks shapeInFramePixels(const Landmarks& normalised, const TextureFrame& frame) {
    Landmarks pixels;
    for (int i = 0; i < kLandmarkCount; ++i) pixels[i] = frame.toPixels(normalised[i]);
    return pixels;
}

// The frame-sized warp that takes a texture laid out on `fromShape` to one laid out on `toShape`
// (both in frame pixels); the frame border stays put.
inline PiecewiseAffineWarp frameWarp(const Landmarks& fromShape, const Landmarks& toShape, int size) {
    std::vector<PointF> source(fromShape.begin(), fromShape.end());
    std::vector<PointF> destination(toShape.begin(), toShape.end());
    for (const PointF& anchor : frameAnchors(size)) {
        source.push_back(anchor);
        destination.push_back(anchor);
    }
    return PiecewiseAffineWarp(source, destination, delaunayTriangles(destination), PixelRect{0, 0, size, size});
}

}  // namespace reunite::internal
