#pragma once
// preprocessForOcr: prepares a flyer image for Tesseract.
// Inputs: an RGB Image (any size; empty images give an empty result).
// Steps: greyscale; a crooked scan or photo is straightened (the rotation within
// +-maxDeskewDegrees that makes the rows of text horizontal); the typical text height is
// estimated from the dark connected components and small text is upscaled (cubic) towards ~32 px
// capitals, within maxUpscale and maxPixels;
// a banner (a wide block of one dark colour holding light text, such as a white heading on red)
// is inverted inside its outline so that its text is dark on light;
// uneven lighting (phone photos) is flattened by dividing by a large-scale background estimate;
// then Otsu's threshold gives black text on white (if binarize).
// Guarantees: pixels.size() == width * height, one byte per pixel; scale is output/input size.
// Thread safety: stateless, safe from any thread.
#include <cstdint>
#include <vector>

#include "core/image/Image.h"

namespace reunite::ocr {

struct PreprocessOptions {
    double maxDeskewDegrees = 12;      // 0: no straightening
    double targetTextHeightPx = 32;    // capital height Tesseract's LSTM reads best
    double maxUpscale = 4;
    std::int64_t maxPixels = 36'000'000;
    bool invertBanners = true;
    bool flattenBackground = true;
    bool binarize = true;
};

struct GreyImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // row-major, no padding
    double scale = 1;                  // output size / input size
    double estimatedTextHeightPx = 0;  // in the input image, 0 if no text-like components
    double skewDegrees = 0;            // rotation applied to straighten the text
    int bannersInverted = 0;           // light-on-dark banners turned dark-on-light
};

GreyImage preprocessForOcr(const Image& image, const PreprocessOptions& options = {});

}  // namespace reunite::ocr
