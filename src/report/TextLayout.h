#pragma once
// TextLayout: one paragraph of text shaped and wrapped by Pango for a PdfCanvas (owns its
// PangoLayout). Sizes in points. Lines can be drawn one by one, so a long paragraph can be split
// across pages.
// Thread safety: belongs to the canvas's thread.
#include <memory>

typedef struct _PangoLayout PangoLayout;

namespace reunite::report {

class TextLayout {
public:
    explicit TextLayout(PangoLayout* layout);  // takes ownership of one reference

    double width() const;   // of the widest line
    double height() const;  // of all lines
    int lineCount() const;
    // Where line `index` lies within the layout.
    struct Line {
        double x = 0;  // left of the line (alignment)
        double top = 0;
        double height = 0;
        double baseline = 0;
    };
    Line line(int index) const;
    PangoLayout* get() const { return layout_.get(); }

private:
    struct Release {
        void operator()(PangoLayout* layout) const;
    };
    std::shared_ptr<PangoLayout> layout_;
};

}  // namespace reunite::report
