#pragma once
// Synthetic inputs for the age tests: a plausible 68-point iBUG face layout (no real person),
// test images, and a small in-memory age model with known mean shapes and textures.
#include <cmath>
#include <cstdint>
#include <numbers>
#include <tuple>

#include "age/model/AgeModelData.h"
#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"
#include "age/geometry/ShapeGeometry.h"

namespace reunite::test {

// A frontal face layout of half-width `r` centred at (cx, cy), in iBUG 68 numbering.
inline Landmarks syntheticFaceLandmarks(double cx, double cy, double r) {
    Landmarks p;
    for (int i = 0; i <= 16; ++i) {
        const double angle = std::numbers::pi * i / 16.0;  // jaw: left ear, chin (8), right ear
        p[i] = {cx - r * std::cos(angle), cy - 0.05 * r + 1.05 * r * std::sin(angle)};
    }
    for (int i = 0; i < 5; ++i) {  // brows
        p[17 + i] = {cx - 0.8 * r + 0.15 * r * i, cy - 0.55 * r - 0.06 * r * std::sin(std::numbers::pi * i / 4)};
        p[22 + i] = {cx + 0.2 * r + 0.15 * r * i, cy - 0.55 * r - 0.06 * r * std::sin(std::numbers::pi * i / 4)};
    }
    for (int i = 0; i < 4; ++i) p[27 + i] = {cx, cy - 0.35 * r + 0.15 * r * i};  // nose bridge
    for (int i = 0; i < 5; ++i) p[31 + i] = {cx - 0.2 * r + 0.1 * r * i, cy + 0.3 * r + 0.03 * r * (i == 2)};
    auto eye = [&](int first, double ex) {
        const double ey = cy - 0.3 * r, w = 0.14 * r, h = 0.06 * r;
        p[first + 0] = {ex - w, ey};
        p[first + 1] = {ex - w / 3, ey - h};
        p[first + 2] = {ex + w / 3, ey - h};
        p[first + 3] = {ex + w, ey};
        p[first + 4] = {ex + w / 3, ey + h};
        p[first + 5] = {ex - w / 3, ey + h};
    };
    eye(36, cx - 0.4 * r);
    eye(42, cx + 0.4 * r);
    const double my = cy + 0.6 * r, mw = 0.35 * r;
    for (int i = 0; i < 7; ++i) p[48 + i] = {cx - mw + mw * i / 3, my - 0.08 * r * std::sin(std::numbers::pi * i / 6)};
    for (int i = 0; i < 5; ++i) p[55 + i] = {cx + mw - mw * (i + 1) / 3, my + 0.12 * r * std::sin(std::numbers::pi * (i + 1) / 6)};
    for (int i = 0; i < 5; ++i) p[60 + i] = {cx - 0.25 * r + 0.125 * r * i, my - 0.02 * r * (i > 0 && i < 4)};
    for (int i = 0; i < 3; ++i) p[65 + i] = {cx + 0.125 * r - 0.125 * r * i, my + 0.03 * r};
    return p;
}

// Deterministic colourful texture, so that any misplaced pixel is visible.
inline Image patternedImage(int width, int height) {
    Image image = Image::blank(width, height);
    std::uint32_t state = 12345;
    for (std::uint8_t& value : image.pixels) {
        state = state * 1664525u + 1013904223u;
        value = static_cast<std::uint8_t>(40 + (state >> 24) % 176);
    }
    return image;
}

inline Image uniformImage(int width, int height, std::uint8_t value) {
    Image image = Image::blank(width, height);
    std::fill(image.pixels.begin(), image.pixels.end(), value);
    return image;
}

// Two-band model (ages 5-9 and 30-39, both sexes) with given mean shapes and uniform textures.
inline AgeModelData twoBandModel(const Landmarks& youngShape, const Landmarks& oldShape, std::uint8_t youngGrey,
                                 std::uint8_t oldGrey) {
    AgeModelData data;
    data.description = "synthetic test model";
    data.id = "synthetic-test-model";
    data.frame = TextureFrame{64, 16, 32, 34};
    data.referenceShape = canonicalShape(syntheticFaceLandmarks(0, 0, 1));
    for (const auto& [band, shape, grey, age] :
         {std::tuple{AgeBand{5, 9}, youngShape, youngGrey, 7.0}, std::tuple{AgeBand{30, 39}, oldShape, oldGrey, 35.0}}) {
        for (const Sex sex : {Sex::Female, Sex::Male}) {
            AgeModelEntry entry;
            entry.band = band;
            entry.sex = sex;
            entry.count = 50;
            entry.meanAge = age;
            entry.meanShape = shape;
            entry.meanTexture = uniformImage(64, 64, grey);
            data.entries.push_back(entry);
        }
    }
    return data;
}

}  // namespace reunite::test
