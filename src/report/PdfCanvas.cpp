#include "report/PdfCanvas.h"

#include <algorithm>
#include <cstdint>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

namespace reunite::report {

namespace {

// The font family list the canvas asks Pango for (first installed one wins, per glyph).
constexpr const char* kFontFamilies = "Noto Sans CJK SC,WenQuanYi Micro Hei,Droid Sans Fallback,sans-serif";

void setColor(cairo_t* cr, const Color& color) { cairo_set_source_rgb(cr, color.r, color.g, color.b); }

PangoAlignment pangoAlignment(TextAlign align) {
    switch (align) {
    case TextAlign::Left: return PANGO_ALIGN_LEFT;
    case TextAlign::Center: return PANGO_ALIGN_CENTER;
    case TextAlign::Right: return PANGO_ALIGN_RIGHT;
    }
    return PANGO_ALIGN_LEFT;
}

// An RGB24 cairo surface holding the image's pixels (cairo keeps 32 bits per pixel, x unused).
cairo_surface_t* surfaceOf(const Image& image) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
    cairo_surface_flush(surface);
    unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < image.height; ++y) {
        auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            row[x] = (static_cast<std::uint32_t>(p[0]) << 16) | (static_cast<std::uint32_t>(p[1]) << 8) | p[2];
        }
    }
    cairo_surface_mark_dirty(surface);
    return surface;
}

}  // namespace

PdfCanvas::PdfCanvas(double width, double height) : width_(width), height_(height) {}

Result<std::unique_ptr<PdfCanvas>> PdfCanvas::create(const PdfMetadata& metadata, double width, double height) {
    std::unique_ptr<PdfCanvas> canvas(new PdfCanvas(width, height));
    // Collects the PDF in memory (a lambda of a member reaches the private bytes).
    const auto appendBytes = [](void* closure, const unsigned char* data, unsigned int length) {
        static_cast<PdfCanvas*>(closure)->bytes_.append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    };
    canvas->surface_ = cairo_pdf_surface_create_for_stream(appendBytes, canvas.get(), width, height);
    if (cairo_surface_status(canvas->surface_) != CAIRO_STATUS_SUCCESS) {
        return makeError(ErrorCode::Internal, std::string("cannot start a PDF: ") +
                                                  cairo_status_to_string(cairo_surface_status(canvas->surface_)));
    }
    cairo_pdf_surface_set_metadata(canvas->surface_, CAIRO_PDF_METADATA_TITLE, metadata.title.c_str());
    cairo_pdf_surface_set_metadata(canvas->surface_, CAIRO_PDF_METADATA_AUTHOR, metadata.author.c_str());
    cairo_pdf_surface_set_metadata(canvas->surface_, CAIRO_PDF_METADATA_SUBJECT, metadata.subject.c_str());
    cairo_pdf_surface_set_metadata(canvas->surface_, CAIRO_PDF_METADATA_CREATOR, "Reunite");
    cairo_pdf_surface_set_metadata(canvas->surface_, CAIRO_PDF_METADATA_CREATE_DATE, metadata.createdAt.c_str());
    cairo_pdf_surface_set_metadata(canvas->surface_, CAIRO_PDF_METADATA_MOD_DATE, metadata.createdAt.c_str());
    canvas->cairo_ = cairo_create(canvas->surface_);
    return canvas;
}

PdfCanvas::~PdfCanvas() {
    if (cairo_) cairo_destroy(cairo_);
    if (surface_) cairo_surface_destroy(surface_);
}

TextLayout PdfCanvas::layout(std::string_view text, const TextStyle& style, double width) const {
    PangoLayout* layout = pango_cairo_create_layout(cairo_);
    PangoFontDescription* font = pango_font_description_from_string(kFontFamilies);
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (width > 0) {
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(layout, pangoAlignment(style.align));
    if (style.maxLines > 0 && width > 0) {
        pango_layout_set_height(layout, -style.maxLines);
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    return TextLayout(layout, style.color);
}

void PdfCanvas::drawText(const TextLayout& layout, double x, double y) {
    setColor(cairo_, layout.color());
    cairo_move_to(cairo_, x, y);
    pango_cairo_show_layout(cairo_, layout.get());
}

double PdfCanvas::write(std::string_view text, const TextStyle& style, double x, double y, double width) {
    const TextLayout laid = layout(text, style, width);
    drawText(laid, x, y);
    return laid.height();
}

void PdfCanvas::drawTextLine(const TextLayout& layout, const TextLayout::Line& line, double x, double y) {
    PangoLayoutLine* shown = pango_layout_get_line_readonly(layout.get(), line.index);
    if (!shown) return;
    setColor(cairo_, layout.color());
    cairo_move_to(cairo_, x + line.x, y + line.baseline);
    pango_cairo_show_layout_line(cairo_, shown);
}

PdfCanvas::Rect PdfCanvas::drawImage(const Image& image, double x, double y, double boxWidth, double boxHeight) {
    if (image.empty() || boxWidth <= 0 || boxHeight <= 0) return Rect{x, y, 0, 0};
    const double scale = std::min(boxWidth / image.width, boxHeight / image.height);
    const Rect placed{x + (boxWidth - image.width * scale) / 2, y + (boxHeight - image.height * scale) / 2,
                      image.width * scale, image.height * scale};
    cairo_surface_t* surface = surfaceOf(image);
    cairo_save(cairo_);
    cairo_translate(cairo_, placed.x, placed.y);
    cairo_scale(cairo_, scale, scale);
    cairo_set_source_surface(cairo_, surface, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cairo_), CAIRO_FILTER_GOOD);
    cairo_rectangle(cairo_, 0, 0, image.width, image.height);
    cairo_fill(cairo_);
    cairo_restore(cairo_);
    cairo_surface_destroy(surface);
    return placed;
}

void PdfCanvas::fillRect(double x, double y, double width, double height, const Color& color) {
    setColor(cairo_, color);
    cairo_rectangle(cairo_, x, y, width, height);
    cairo_fill(cairo_);
}

void PdfCanvas::strokeRect(double x, double y, double width, double height, const Color& color, double lineWidth) {
    setColor(cairo_, color);
    cairo_set_line_width(cairo_, lineWidth);
    cairo_rectangle(cairo_, x, y, width, height);
    cairo_stroke(cairo_);
}

void PdfCanvas::line(double x1, double y1, double x2, double y2, const Color& color, double lineWidth) {
    setColor(cairo_, color);
    cairo_set_line_width(cairo_, lineWidth);
    cairo_move_to(cairo_, x1, y1);
    cairo_line_to(cairo_, x2, y2);
    cairo_stroke(cairo_);
}

void PdfCanvas::addOutline(const std::string& title, int page) {
    const std::string link = "page=" + std::to_string(page);
    cairo_pdf_surface_add_outline(surface_, CAIRO_PDF_OUTLINE_ROOT, title.c_str(), link.c_str(),
                                  static_cast<cairo_pdf_outline_flags_t>(0));
}

void PdfCanvas::finishPage() { cairo_show_page(cairo_); }

Result<std::string> PdfCanvas::finish() {
    if (!finished_) {
        finished_ = true;
        cairo_destroy(cairo_);
        cairo_ = nullptr;
        cairo_surface_finish(surface_);
    }
    const cairo_status_t status = cairo_surface_status(surface_);
    if (status != CAIRO_STATUS_SUCCESS) {
        return makeError(ErrorCode::Internal, std::string("the PDF could not be written: ") + cairo_status_to_string(status));
    }
    return std::move(bytes_);
}

}  // namespace reunite::report
