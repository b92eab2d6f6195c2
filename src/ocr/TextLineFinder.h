#pragma once
// findTextLines: the page layout of a flyer as lines of text, so that each line can be read on
// its own (Tesseract's own page segmentation drops or garbles lines next to a photo and splits a
// "label: value" line into two columns).
// Input: a page from preprocessForOcr with binarize off (grey, background flattened to white).
// Steps: the page is binarized (Otsu); large solid blocks that are not paper (photos) are painted
// white, with the dark parts and frame they cut through; the remaining dark
// components of text size are joined along the line (gaps up to about one character height)
// into line boxes.
// Output: the page binarized as described (black text on white) and the line boxes in reading
// order (top to bottom; boxes side by side from left to right), in the page's pixels, with a
// margin.
// Guarantees: boxes lie inside the page; no throw; an empty or blank page gives no lines.
// Thread safety: stateless, safe from any thread (the page is the caller's).
#include <vector>

#include "core/image/Image.h"
#include "ocr/OcrPreprocessor.h"

namespace reunite::ocr {

struct PageLayout {
    std::vector<PixelRect> lines;
    int photosRemoved = 0;
};

PageLayout findTextLines(GreyImage& page);

}  // namespace reunite::ocr
