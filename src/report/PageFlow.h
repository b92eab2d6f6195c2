#pragma once
// PageFlow: pagination of a document made of blocks of known height, done before anything is
// drawn, so that the page count ("Page 3 of 12") and the pages of sections are known while
// drawing.
// Rules: blocks are placed top to bottom between contentTop and contentBottom; a block that does
// not fit on the current page starts the next one (a block taller than a whole page gets a page of
// its own and is drawn from its top); gaps (space()) are dropped at the top of a page; a repeated
// header (a table's column titles) is placed first on every page begun while it is set; keep()
// starts a new page unless `height` still fits (a heading kept with what follows).
// Guarantees: every block lies within [contentTop, contentBottom] unless it is taller than the
// content height; no page is empty except a document without blocks (one empty page).
// Thread safety: single-threaded value object.
#include <functional>
#include <optional>
#include <vector>

namespace reunite::report {

struct FlowBlock {
    double height = 0;
    std::function<void(double y)> draw;  // draws the block with its top at y
};

struct PlacedBlock {
    double y = 0;
    double height = 0;
    std::function<void(double y)> draw;
};

class PageFlow {
public:
    PageFlow(double contentTop, double contentBottom);

    void add(FlowBlock block);
    void space(double height);
    void keep(double height);
    void pageBreak();
    void setRepeatedHeader(std::optional<FlowBlock> header);

    int pageCount() const;
    double contentHeight() const { return contentBottom_ - contentTop_; }
    const std::vector<std::vector<PlacedBlock>>& pages() const { return pages_; }

private:
    void newPage();
    void place(const FlowBlock& block);
    void placeBody(const FlowBlock& block);
    bool pageIsEmpty() const { return bodyBlocksOnPage_ == 0; }  // a repeated header alone counts as empty

    double contentTop_;
    double contentBottom_;
    double cursor_;
    std::vector<std::vector<PlacedBlock>> pages_;
    std::optional<FlowBlock> repeatedHeader_;
    int bodyBlocksOnPage_ = 0;
};

}  // namespace reunite::report
