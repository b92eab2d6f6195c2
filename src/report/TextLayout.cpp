#include "report/TextLayout.h"

#include <pango/pangocairo.h>

namespace reunite::report {
namespace {

double points(int pangoUnits) { return static_cast<double>(pangoUnits) / PANGO_SCALE; }

}  // namespace

void TextLayout::Release::operator()(PangoLayout* layout) const {
    if (layout) g_object_unref(layout);
}

TextLayout::TextLayout(PangoLayout* layout, Color color) : layout_(layout, Release{}), color_(color) {}

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

std::vector<TextLayout::Line> TextLayout::lines() const {
    std::vector<Line> out;
    PangoLayoutIter* iter = pango_layout_get_iter(layout_.get());
    do {
        PangoRectangle logical{};
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        const int baseline = pango_layout_iter_get_baseline(iter);
        out.push_back(Line{static_cast<int>(out.size()), points(logical.x), points(logical.y), points(logical.height), points(baseline)});
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    return out;
}

}  // namespace reunite::report
