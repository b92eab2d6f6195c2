#pragma once
// FlowWriter: the building blocks of a flowing document (headings, paragraphs, label/value lists,
// tables with repeated column titles, rows of captioned images), measured on a PdfCanvas and
// placed by a PageFlow. Nothing is drawn until the caller runs the placed blocks of each page.
// Paragraphs are placed line by line, so any text length paginates; a table row is kept whole.
// Lifetime: images are referenced, not copied: they must outlive the drawing of the pages.
// Thread safety: one thread.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/image/Image.h"
#include "report/PageFlow.h"
#include "report/PdfCanvas.h"

namespace reunite::report {

struct TableColumn {
    std::string title;
    double width = 0;  // points
};

struct TableCell {
    std::string text;
    TextStyle style;
    const Image* image = nullptr;  // drawn above the text, imageSize x imageSize
    double imageSize = 0;
    std::optional<Color> background;
};

struct CaptionedImage {
    const Image* image = nullptr;
    std::string caption;
    std::vector<PdfCanvas::Rect> boxes;  // rectangles in image pixels, drawn over it (faces)
    std::optional<std::string> band;     // a marking band drawn under the image (progressions)
};

namespace palette {
inline constexpr Color kText{0.1, 0.1, 0.1};
inline constexpr Color kMuted{0.38, 0.38, 0.42};
inline constexpr Color kRule{0.75, 0.75, 0.78};
inline constexpr Color kAccent{0.05, 0.27, 0.55};
inline constexpr Color kAlert{0.72, 0.08, 0.08};
inline constexpr Color kShade{0.93, 0.94, 0.96};
inline constexpr Color kWarnShade{1.0, 0.93, 0.85};
inline constexpr Color kFace{0.0, 0.75, 0.25};
inline constexpr Color kWhite{1, 1, 1};
}  // namespace palette

class FlowWriter {
public:
    FlowWriter(PdfCanvas& canvas, PageFlow& flow, double left, double width)
        : canvas_(canvas), flow_(flow), left_(left), width_(width) {}

    double left() const { return left_; }
    double width() const { return width_; }
    PdfCanvas& canvas() { return canvas_; }
    PageFlow& flow() { return flow_; }

    void heading(const std::string& text, int level);
    void paragraph(const std::string& text, const TextStyle& style = {}, double indent = 0);
    // A shaded box holding a paragraph (kept whole).
    void notice(const std::string& text, const TextStyle& style, const Color& background);
    // "label   value" lines, the labels in a column of labelWidth points; kept on one page when
    // shorter than 40 % of a page, together with `keepWithNext` points of what follows.
    void fields(const std::vector<std::pair<std::string, std::string>>& rows, double labelWidth, double keepWithNext = 0);
    void table(const std::vector<TableColumn>& columns, const std::vector<std::vector<TableCell>>& rows);
    // Images side by side, each fitted into a cell of cellWidth x imageHeight with its caption below.
    void imageRow(const std::vector<CaptionedImage>& images, double cellWidth, double imageHeight);
    void space(double height) { flow_.space(height); }

private:
    FlowBlock tableRow(const std::vector<TableColumn>& columns, const std::vector<TableCell>& cells, bool header);
    PdfCanvas& canvas_;
    PageFlow& flow_;
    double left_;
    double width_;
};

}  // namespace reunite::report
