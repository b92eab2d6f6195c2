#pragma once
// TextLayout: one paragraph of text shaped and wrapped by Pango for a PdfCanvas (owns its
// PangoLayout), with the colour it is drawn in. Sizes in points. Lines can be drawn one by one,
// so a long paragraph can be split across pages.
// Thread safety: belongs to the canvas's thread.
#include <memory>
#include <vector>

#include "report/Color.h"

typedef struct _PangoLayout PangoLayout;

namespace reunite::report {

class TextLayout {
public:
    TextLayout(PangoLayout* layout, Color color);  // takes ownership of one reference

    double width() const;   // of the widest line
    double height() const;  // of all lines
    const Color& color() const { return color_; }
    // Where each line lies within the layout, found in one walk over the lines.
    struct Line {
        int index = 0;
        double x = 0;  // left of the line (alignment)
        double top = 0;
        double height = 0;
        double baseline = 0;
    };
    std::vector<Line> lines() const;
    PangoLayout* get() const { return layout_.get(); }

private:
    struct Release {
        void operator()(PangoLayout* layout) const;
    };
    std::shared_ptr<PangoLayout> layout_;
    Color color_;
};

}  // namespace reunite::report
