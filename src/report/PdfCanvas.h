#pragma once
// PdfCanvas: a PDF document drawn with cairo (PDF surface) and Pango (text shaping, wrapping and
// font fallback), written into memory. Fonts are embedded as subsets; CJK text uses the Noto Sans
// CJK SC or WenQuanYi Micro Hei font installed by setup.
// Reproducibility: the document's creation and modification dates are set from `createdAt` (never
// from the clock); cairo 1.16 writes no /ID and names font subsets from their glyphs, so the same
// drawing calls give byte-identical files (docs/report.md).
// Units: points (1/72 inch), origin top left. Thread safety: one thread per canvas.
#include <memory>
#include <string>
#include <string_view>

#include "core/image/Image.h"
#include "domain/Result.h"
#include "report/TextLayout.h"

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace reunite::report {

enum class TextAlign { Left, Center, Right };

struct TextStyle {
    double size = 9.5;
    bool bold = false;
    Color color{0.1, 0.1, 0.1};
    TextAlign align = TextAlign::Left;
    int maxLines = 0;          // > 0: at most this many lines, the last one ends with an ellipsis
};

struct PdfMetadata {
    std::string title;
    std::string author;
    std::string subject;
    std::string createdAt;  // ISO 8601
};

inline constexpr double kA4Width = 595.276;
inline constexpr double kA4Height = 841.89;

class PdfCanvas {
public:
    static Result<std::unique_ptr<PdfCanvas>> create(const PdfMetadata& metadata, double width = kA4Width,
                                                      double height = kA4Height);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    double width() const { return width_; }
    double height() const { return height_; }

    // Text wrapped to `width` points (<= 0: no wrapping), to be drawn in the style's colour.
    TextLayout layout(std::string_view text, const TextStyle& style, double width) const;
    void drawText(const TextLayout& layout, double x, double y);
    // Lays out and draws the text with its top left at (x, y); returns the height it took.
    double write(std::string_view text, const TextStyle& style, double x, double y, double width);
    // Draws one line of the layout (from layout.lines()) as if the whole layout had its top at y.
    void drawTextLine(const TextLayout& layout, const TextLayout::Line& line, double x, double y);
    // The image scaled into the box (aspect kept, centred); returns the rectangle it covers.
    struct Rect {
        double x = 0, y = 0, width = 0, height = 0;
    };
    Rect drawImage(const Image& image, double x, double y, double boxWidth, double boxHeight);
    void fillRect(double x, double y, double width, double height, const Color& color);
    void strokeRect(double x, double y, double width, double height, const Color& color, double lineWidth);
    void line(double x1, double y1, double x2, double y2, const Color& color, double lineWidth);

    // A bookmark (document outline entry) pointing at page `page` (1-based).
    void addOutline(const std::string& title, int page);
    void finishPage();
    // Ends the document; the PDF bytes, or the cairo error.
    Result<std::string> finish();

private:
    PdfCanvas(double width, double height);

    double width_;
    double height_;
    std::string bytes_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cairo_ = nullptr;
    bool finished_ = false;
};

}  // namespace reunite::report
