#pragma once
// Image: an 8-bit interleaved RGB raster owned by value, and PixelRect, a rectangle of its pixels.
// Plain data, no library types.
// Invariant: pixels.size() == width * height * 3 (row-major, no padding).
#include <cstdint>
#include <vector>

namespace reunite {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // R, G, B per pixel

    bool empty() const { return width <= 0 || height <= 0; }
    std::uint8_t* pixel(int x, int y) { return pixels.data() + (static_cast<std::size_t>(y) * width + x) * 3; }
    const std::uint8_t* pixel(int x, int y) const { return pixels.data() + (static_cast<std::size_t>(y) * width + x) * 3; }
    static Image blank(int width, int height) {
        return Image{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3, 0)};
    }
};

// A rectangle of whole pixels: columns x .. x + width - 1, rows y .. y + height - 1.
struct PixelRect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};

}  // namespace reunite
