#pragma once
// ContactSheet: a labelled grid of images (e.g. one face per row, one target age per column)
// rendered into one RGB image, with a title band on top that carries the age-progression mark.
// Inputs: rows of cells (images of any size, scaled to fit a square cell, aspect kept), column
// headings, a title and an optional footer line. Guarantees: every row has columnHeadings.size()
// cells drawn (missing cells are left grey); ASCII text only.
// Thread safety: plain value; render() is const.
#include <string>
#include <vector>

#include "core/image/Image.h"

namespace reunite {

struct ContactSheetCell {
    Image image;        // empty: grey placeholder
    std::string label;  // drawn under the image
};

class ContactSheet {
public:
    ContactSheet(std::string title, std::vector<std::string> columnHeadings, int cellSize = 200);

    void addRow(std::vector<ContactSheetCell> cells);
    void setFooter(std::string footer) { footer_ = std::move(footer); }
    Image render() const;

private:
    std::string title_;
    std::vector<std::string> headings_;
    std::vector<std::vector<ContactSheetCell>> rows_;
    std::string footer_;
    int cellSize_;
};

}  // namespace reunite
