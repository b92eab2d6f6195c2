#include "age/progression/ContactSheet.h"

#include <algorithm>

#include <opencv2/imgproc.hpp>

#include "age/geometry/internal/MatViews.h"

namespace reunite {
namespace {

const cv::Scalar kBackground(245, 245, 245);
const cv::Scalar kPlaceholder(200, 200, 200);
const cv::Scalar kText(20, 20, 20);
const cv::Scalar kMarkBand(170, 0, 0);
constexpr int kGap = 8;
constexpr int kLabelHeight = 22;

void drawText(cv::Mat& canvas, const std::string& text, cv::Point centreBaseline, double scale, const cv::Scalar& colour,
              int thickness, int maxWidth) {
    int baseline = 0;
    cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline);
    if (size.width > maxWidth) {
        scale *= static_cast<double>(maxWidth) / size.width;
        size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline);
    }
    cv::putText(canvas, text, {centreBaseline.x - size.width / 2, centreBaseline.y}, cv::FONT_HERSHEY_SIMPLEX, scale,
                colour, thickness, cv::LINE_AA);
}

}  // namespace

ContactSheet::ContactSheet(std::string title, std::vector<std::string> columnHeadings, int cellSize)
    : title_(std::move(title)), headings_(std::move(columnHeadings)), cellSize_(std::max(32, cellSize)) {}

void ContactSheet::addRow(std::vector<ContactSheetCell> cells) { rows_.push_back(std::move(cells)); }

Image ContactSheet::render() const {
    const int columns = std::max<int>(1, static_cast<int>(headings_.size()));
    const int width = kGap + columns * (cellSize_ + kGap);
    const int markHeight = 34, titleHeight = 28, headingHeight = 26, footerHeight = footer_.empty() ? 0 : 24;
    const int rowHeight = cellSize_ + kLabelHeight + kGap;
    const int top = markHeight + titleHeight + headingHeight;
    const int height = top + static_cast<int>(rows_.size()) * rowHeight + footerHeight + kGap;
    cv::Mat canvas(height, width, CV_8UC3, kBackground);

    cv::rectangle(canvas, cv::Rect(0, 0, width, markHeight), kMarkBand, cv::FILLED);
    drawText(canvas, "AGE-PROGRESSED - INVESTIGATIVE AID - NOT PHOTOGRAPHS", {width / 2, markHeight - 10}, 0.8,
             cv::Scalar(255, 255, 255), 2, width - 2 * kGap);
    drawText(canvas, title_, {width / 2, markHeight + titleHeight - 8}, 0.55, kText, 1, width - 2 * kGap);
    for (int c = 0; c < columns && c < static_cast<int>(headings_.size()); ++c) {
        const int x = kGap + c * (cellSize_ + kGap) + cellSize_ / 2;
        drawText(canvas, headings_[c], {x, top - 8}, 0.55, kText, 1, cellSize_);
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const int y = top + static_cast<int>(r) * rowHeight;
        for (int c = 0; c < columns; ++c) {
            const cv::Rect cellRect(kGap + c * (cellSize_ + kGap), y, cellSize_, cellSize_);
            const ContactSheetCell* cell = c < static_cast<int>(rows_[r].size()) ? &rows_[r][c] : nullptr;
            if (!cell || cell->image.empty()) {
                cv::rectangle(canvas, cellRect, kPlaceholder, cv::FILLED);
            } else {
                const cv::Mat source = internal::viewAsMat(cell->image);
                const double scale = std::min(static_cast<double>(cellSize_) / source.cols, static_cast<double>(cellSize_) / source.rows);
                const cv::Size fitted(std::max(1, static_cast<int>(source.cols * scale)), std::max(1, static_cast<int>(source.rows * scale)));
                cv::Mat resized;
                cv::resize(source, resized, fitted, 0, 0, scale > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
                resized.copyTo(canvas(cv::Rect(cellRect.x + (cellSize_ - fitted.width) / 2,
                                               cellRect.y + (cellSize_ - fitted.height) / 2, fitted.width, fitted.height)));
            }
            if (cell && !cell->label.empty()) {
                drawText(canvas, cell->label, {cellRect.x + cellSize_ / 2, y + cellSize_ + kLabelHeight - 6}, 0.45, kText, 1,
                         cellSize_);
            }
        }
    }
    if (!footer_.empty()) drawText(canvas, footer_, {width / 2, height - kGap - 6}, 0.45, kText, 1, width - 2 * kGap);
    return internal::imageFromMat(canvas);
}

}  // namespace reunite
