#include "ocr/TextLineFinder.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/PageComponents.h"

namespace reunite::ocr {
namespace {

constexpr int kPaperBelow = 215;           // a flattened page's paper is near 255
constexpr double kJoinReach = 0.9;         // a character joins a line up to this many text heights away

cv::Mat asMat(GreyImage& page) { return cv::Mat(page.height, page.width, CV_8UC1, page.pixels.data()); }

double textHeightOf(const GreyImage& page) {
    const double height = page.estimatedTextHeightPx * page.scale;
    return height > 4 ? height : 30;
}

// Blocks: connected areas of non-paper pixels that hold a solid square about a character wide
// (text strokes are thinner and vanish in the opening).
PageComponents findSolidBlocks(const cv::Mat& grey, double textHeight) {
    cv::Mat notPaper = grey < kPaperBelow;
    const int side = std::max(9, static_cast<int>(textHeight * 1.2));
    cv::morphologyEx(notPaper, notPaper, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(side, side)));
    return componentsOf(notPaper);
}

// A photo's box grown by the non-paper areas it touches that are not text: the rest of the
// photo the opening cut away (light parts joined to it), its frame.
cv::Rect photoBox(const PageComponents& parts, const cv::Rect& found, double textHeight, const cv::Size& page) {
    cv::Rect box = found;
    for (int i = 1; i < parts.count; ++i) {
        const cv::Rect part = parts.box(i);
        const cv::Rect inside = part & found;
        if (inside.empty()) continue;
        const bool large = part.height > textHeight * 3 || part.width > textHeight * 8;
        if (large || inside.area() * 2 >= part.area()) box |= part;
    }
    const int margin = std::max(2, static_cast<int>(textHeight / 4));
    return (box + cv::Size(2 * margin, 2 * margin) - cv::Point(margin, margin)) & cv::Rect(cv::Point(), page);
}

// Pieces of one photo (split where it is as light as paper) become one box.
void mergeNearby(std::vector<cv::Rect>& boxes, int gap) {
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t i = 0; i < boxes.size() && !merged; ++i) {
            for (std::size_t j = i + 1; j < boxes.size() && !merged; ++j) {
                const cv::Rect grown = boxes[i] + cv::Size(2 * gap, 2 * gap) - cv::Point(gap, gap);
                if ((grown & boxes[j]).empty()) continue;
                boxes[i] |= boxes[j];
                boxes.erase(boxes.begin() + static_cast<std::ptrdiff_t>(j));
                merged = true;
            }
        }
    }
}

std::vector<cv::Rect> clearPhotos(const cv::Mat& grey, cv::Mat& binary, double textHeight) {
    const PageComponents parts = componentsOf(grey < kPaperBelow);
    const PageComponents blocks = findSolidBlocks(grey, textHeight);
    const double minArea = 4.0 * textHeight * textHeight;
    const int pageArea = grey.cols * grey.rows;
    std::vector<cv::Rect> photos;
    for (int i = 1; i < blocks.count; ++i) {
        const cv::Rect box = blocks.box(i);
        if (blocks.area(i) < minArea || box.area() > pageArea * 6 / 10) continue;  // too small, or a sheet's surroundings
        photos.push_back(photoBox(parts, box, textHeight, grey.size()));
    }
    mergeNearby(photos, static_cast<int>(textHeight * 2));
    for (const cv::Rect& photo : photos) binary(photo).setTo(255);
    return photos;
}

struct Blob {
    cv::Rect box;
    int ink = 0;
    int parts = 0;  // components joined into the line
};

// Components of text size, each widened along the line and drawn into one mask: the mask's
// components are the lines.
std::vector<Blob> findLineBlobs(const cv::Mat& binary, double textHeight) {
    const cv::Mat ink = binary < 128;
    const PageComponents characters = componentsOf(ink);
    cv::Mat smear = cv::Mat::zeros(binary.size(), CV_8UC1);
    std::vector<cv::Point> kept;
    const double tallest = textHeight * 6;
    for (int i = 1; i < characters.count; ++i) {
        const cv::Rect box = characters.box(i);
        if (box.height > tallest || characters.area(i) < 3) continue;
        if (box.width > box.height * 25 && box.height < textHeight * 0.3) continue;  // a rule or underline
        const int reach = std::max(static_cast<int>(textHeight * kJoinReach), static_cast<int>(std::min<double>(box.height, textHeight * 3) * 0.6));
        const int rise = static_cast<int>(std::max(1.0, std::min<double>(box.height, textHeight * 2) * 0.2));
        const cv::Rect widened(box.x - reach, box.y - rise, box.width + 2 * reach, box.height + 2 * rise);
        cv::rectangle(smear, widened & cv::Rect(0, 0, smear.cols, smear.rows), 255, cv::FILLED);
        kept.emplace_back(box.x + box.width / 2, box.y + box.height / 2);
    }
    const PageComponents lines = componentsOf(smear);
    std::vector<Blob> blobs;
    for (int i = 1; i < lines.count; ++i) blobs.push_back({lines.box(i), cv::countNonZero(ink(lines.box(i))), 0});
    for (const cv::Point& centre : kept) {
        const int line = lines.labels.at<int>(centre);
        if (line > 0) ++blobs[static_cast<std::size_t>(line - 1)].parts;
    }
    return blobs;
}

// One or two specks beside a photo are what is left of its edge, not a line of text.
bool isPhotoDebris(const Blob& blob, const std::vector<cv::Rect>& photos, double textHeight) {
    if (blob.parts > 2) return false;
    const int reach = static_cast<int>(textHeight);
    return std::any_of(photos.begin(), photos.end(), [&](const cv::Rect& photo) {
        return !((photo + cv::Size(2 * reach, 2 * reach) - cv::Point(reach, reach)) & blob.box).empty();
    });
}

// The box tightened to its ink, then given a margin of a quarter of its height.
std::optional<PixelRect> tightBox(const cv::Mat& binary, const Blob& blob, double textHeight) {
    const cv::Mat ink = binary(blob.box) < 128;
    std::vector<cv::Point> points;
    cv::findNonZero(ink, points);
    if (points.empty()) return std::nullopt;
    cv::Rect box = cv::boundingRect(points) + blob.box.tl();
    if (box.height < textHeight * 0.35 || blob.ink < textHeight * textHeight * 0.1) return std::nullopt;
    const int margin = std::max(4, box.height / 4);
    box = (box + cv::Size(2 * margin, 2 * margin) - cv::Point(margin, margin)) & cv::Rect(0, 0, binary.cols, binary.rows);
    return PixelRect{box.x, box.y, box.width, box.height};
}

// Top to bottom; lines that share most of their height form a row, read from left to right.
void sortIntoReadingOrder(std::vector<PixelRect>& lines) {
    std::sort(lines.begin(), lines.end(), [](const PixelRect& a, const PixelRect& b) { return a.y < b.y; });
    std::size_t rowStart = 0;
    for (std::size_t i = 1; i <= lines.size(); ++i) {
        const PixelRect& first = lines[rowStart];
        const bool sameRow = i < lines.size() && (first.y + first.height - lines[i].y) * 2 > std::min(first.height, lines[i].height);
        if (sameRow) continue;
        std::sort(lines.begin() + static_cast<std::ptrdiff_t>(rowStart), lines.begin() + static_cast<std::ptrdiff_t>(i),
                  [](const PixelRect& a, const PixelRect& b) { return a.x < b.x; });
        rowStart = i;
    }
}

}  // namespace

PageLayout findTextLines(GreyImage& page) {
    PageLayout layout;
    if (page.pixels.empty() || page.pixels.size() != static_cast<std::size_t>(page.width) * page.height) return layout;
    cv::Mat grey = asMat(page);
    const double textHeight = textHeightOf(page);
    cv::Mat binary;
    cv::threshold(grey, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const std::vector<cv::Rect> photos = clearPhotos(grey, binary, textHeight);
    layout.photosRemoved = static_cast<int>(photos.size());
    for (const Blob& blob : findLineBlobs(binary, textHeight)) {
        if (isPhotoDebris(blob, photos, textHeight)) continue;
        if (auto box = tightBox(binary, blob, textHeight)) layout.lines.push_back(*box);
    }
    sortIntoReadingOrder(layout.lines);
    binary.copyTo(grey);
    return layout;
}

}  // namespace reunite::ocr
