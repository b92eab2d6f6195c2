#include "report/TextLayout.h"

#include <pango/pangocairo.h>

namespace reunite::report {
namespace {

double points(int pangoUnits) { return static_cast<double>(pangoUnits) / PANGO_SCALE; }

}  // namespace

void TextLayout::Release::operator()(PangoLayout* layout) const {
    if (layout) g_object_unref(layout);
}

TextLayout::TextLayout(PangoLayout* layout) : layout_(layout, Release{}) {}

double TextLayout::width() const {
    PangoRectangle logical{};
    pango_layout_get_extents(layout_.get(), nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

double TextLayout::height() const {
    PangoRectangle logical{};
    pango_layout_get_extents(layout_.get(), nullptr, &logical);
    return static_cast<double>(logical.height) / PANGO_SCALE;
}

int TextLayout::lineCount() const { return pango_layout_get_line_count(layout_.get()); }

TextLayout::Line TextLayout::line(int index) const {
    PangoLayoutIter* iter = pango_layout_get_iter(layout_.get());
    for (int i = 0; i < index; ++i) {
        if (!pango_layout_iter_next_line(iter)) break;
    }
    PangoRectangle logical{};
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    const int baseline = pango_layout_iter_get_baseline(iter);
    pango_layout_iter_free(iter);
    return Line{points(logical.x), points(logical.y), points(logical.height), points(baseline)};
}

}  // namespace reunite::report
