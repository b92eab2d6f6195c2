#include "report/PageFlow.h"

namespace reunite::report {

PageFlow::PageFlow(double contentTop, double contentBottom)
    : contentTop_(contentTop), contentBottom_(contentBottom), cursor_(contentTop), pages_(1) {}

void PageFlow::place(const FlowBlock& block) {
    pages_.back().push_back(PlacedBlock{cursor_, block.height, block.draw});
    cursor_ += block.height;
}

void PageFlow::placeBody(const FlowBlock& block) {
    place(block);
    ++bodyBlocksOnPage_;
}

void PageFlow::newPage() {
    pages_.emplace_back();
    cursor_ = contentTop_;
    bodyBlocksOnPage_ = 0;
    if (repeatedHeader_) place(*repeatedHeader_);
}

void PageFlow::add(FlowBlock block) {
    if (cursor_ + block.height > contentBottom_ && !pageIsEmpty()) newPage();
    placeBody(block);
}

void PageFlow::space(double height) {
    if (pageIsEmpty()) return;
    cursor_ += height;
    if (cursor_ > contentBottom_) cursor_ = contentBottom_;
}

void PageFlow::keep(double height) {
    if (!pageIsEmpty() && cursor_ + height > contentBottom_) newPage();
}

void PageFlow::pageBreak() {
    if (!pageIsEmpty()) newPage();
}

void PageFlow::setRepeatedHeader(std::optional<FlowBlock> header) { repeatedHeader_ = std::move(header); }

int PageFlow::pageCount() const { return static_cast<int>(pages_.size()); }

}  // namespace reunite::report
