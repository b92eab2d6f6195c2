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

struct Color {
    double r = 0;
    double g = 0;
    double b = 0;
};

enum class TextAlign { Left, Center, Right };

struct TextStyle {
    double size = 9.5;
    bool bold = false;
    Color color{0.1, 0.1, 0.1};
    TextAlign align = TextAlign::Left;
    double lineSpacing = 1.0;  // multiple of the font's line height
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

    // Text wrapped to `width` points (<= 0: no wrapping).
    TextLayout layout(std::string_view text, const TextStyle& style, double width) const;
    void drawText(const TextLayout& layout, double x, double y, const Color& color);
    // Draws line `index` of the layout as if the whole layout had its top at y.
    void drawTextLine(const TextLayout& layout, int index, double x, double y, const Color& color);
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
    friend struct PdfCanvasAccess;

    double width_;
    double height_;
    std::string bytes_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cairo_ = nullptr;
    bool finished_ = false;
};

// The font family list the canvas asks Pango for (first installed one wins, per glyph).
const char* reportFontFamilies();

}  // namespace reunite::report
