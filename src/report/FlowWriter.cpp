#include "report/FlowWriter.h"

#include <algorithm>

namespace reunite::report {
namespace {

constexpr double kCellPadding = 3;
constexpr double kBandPadding = 2;
constexpr double kKeepFieldsFraction = 0.4;  // label/value lists up to this share of a page are never split

TextStyle headingStyle(int level) {
    TextStyle style;
    style.bold = true;
    style.color = palette::kAccent;
    style.size = level <= 1 ? 15 : (level == 2 ? 11.5 : 10);
    return style;
}

// The face's number in a small tab inside the top left corner of its box (several faces in a photo).
void drawBoxNumber(PdfCanvas& canvas, const PdfCanvas::Rect& box, int number) {
    TextStyle style;
    style.size = 6.5;
    style.bold = true;
    style.color = palette::kWhite;
    const TextLayout label = canvas.layout(std::to_string(number), style, 0);
    const double width = label.width() + 3;
    const double height = label.height() + 1;
    canvas.fillRect(box.x, box.y, width, height, palette::kFace);
    canvas.drawText(label, box.x + 1.5, box.y + 0.5);
}

// The height of the image fitted into width x height (aspect kept): images stand on the caption line.
double fittedHeight(const Image& image, double width, double height) {
    const double scale = std::min(width / image.width, height / image.height);
    return image.height * scale;
}

TextStyle captionStyle() {
    TextStyle style;
    style.size = 7.5;
    style.color = palette::kMuted;
    style.align = TextAlign::Center;
    return style;
}

}  // namespace

void FlowWriter::heading(const std::string& text, int level) {
    const TextLayout layout = canvas_.layout(text, headingStyle(level), width_);
    const double before = level <= 1 ? 4 : 8;
    const double after = level <= 1 ? 6 : 3;
    flow_.space(before);
    flow_.keep(layout.height() + after + 60);  // a heading never ends a page
    PdfCanvas* canvas = &canvas_;
    const double x = left_;
    const double width = width_;
    flow_.add(FlowBlock{layout.height() + after, [=](double y) {
                            canvas->drawText(layout, x, y);
                            if (level <= 1) canvas->line(x, y + layout.height() + 2, x + width, y + layout.height() + 2, palette::kRule, 0.6);
                        }});
}

void FlowWriter::paragraph(const std::string& text, const TextStyle& style, double indent) {
    const TextLayout layout = canvas_.layout(text, style, width_ - indent);
    PdfCanvas* canvas = &canvas_;
    const double x = left_ + indent;
    const std::vector<TextLayout::Line> lines = layout.lines();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TextLayout::Line& line = lines[i];
        const double nextTop = i + 1 < lines.size() ? lines[i + 1].top : layout.height();
        const double height = std::max(line.height, nextTop - line.top);
        flow_.add(FlowBlock{height, [=](double y) { canvas->drawTextLine(layout, line, x, y - line.top); }});
    }
    flow_.space(style.size * 0.45);
}

void FlowWriter::notice(const std::string& text, const TextStyle& style, const Color& background) {
    const double padding = 8;
    const TextLayout layout = canvas_.layout(text, style, width_ - 2 * padding);
    PdfCanvas* canvas = &canvas_;
    const double x = left_;
    const double width = width_;
    flow_.add(FlowBlock{layout.height() + 2 * padding, [=](double y) {
                            canvas->fillRect(x, y, width, layout.height() + 2 * padding, background);
                            canvas->drawText(layout, x + padding, y + padding);
                        }});
    flow_.space(6);
}

void FlowWriter::fields(const std::vector<std::pair<std::string, std::string>>& rows, double labelWidth, double keepWithNext) {
    TextStyle labelStyle;
    labelStyle.color = palette::kMuted;
    TextStyle valueStyle;
    PdfCanvas* canvas = &canvas_;
    const double x = left_;
    std::vector<FlowBlock> lines;
    double total = 0;
    for (const auto& [label, value] : rows) {
        const TextLayout labelLayout = canvas_.layout(label, labelStyle, labelWidth - 6);
        const TextLayout valueLayout = canvas_.layout(value, valueStyle, width_ - labelWidth);
        const double height = std::max(labelLayout.height(), valueLayout.height()) + 2.5;
        total += height;
        lines.push_back(FlowBlock{height, [=](double y) {
                                      canvas->drawText(labelLayout, x, y);
                                      canvas->drawText(valueLayout, x + labelWidth, y);
                                  }});
    }
    if (total <= flow_.contentHeight() * kKeepFieldsFraction) flow_.keep(total + keepWithNext);
    for (FlowBlock& line : lines) flow_.add(std::move(line));
    flow_.space(4);
}

FlowBlock FlowWriter::tableRow(const std::vector<TableColumn>& columns, const std::vector<TableCell>& cells, bool header) {
    std::vector<std::optional<TextLayout>> layouts;
    double height = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const TableCell* cell = c < cells.size() ? &cells[c] : nullptr;
        double cellHeight = 0;
        if (cell && cell->image) cellHeight += cell->imageSize + (cell->text.empty() ? 0 : 2);
        if (cell && !cell->text.empty()) {
            layouts.push_back(canvas_.layout(cell->text, cell->style, columns[c].width - 2 * kCellPadding));
            cellHeight += layouts.back()->height();
        } else {
            layouts.push_back(std::nullopt);
        }
        height = std::max(height, cellHeight);
    }
    height += 2 * kCellPadding;
    PdfCanvas* canvas = &canvas_;
    const double left = left_;
    const double width = width_;
    return FlowBlock{height, [=](double y) {
                         if (header) canvas->fillRect(left, y, width, height, palette::kShade);
                         double x = left;
                         for (std::size_t c = 0; c < columns.size(); ++c) {
                             const TableCell* cell = c < cells.size() ? &cells[c] : nullptr;
                             if (cell && cell->background) canvas->fillRect(x, y, columns[c].width, height, *cell->background);
                             double top = y + kCellPadding;
                             if (cell && cell->image) {
                                 canvas->drawImage(*cell->image, x + kCellPadding, top, cell->imageSize, cell->imageSize);
                                 top += cell->imageSize + 2;
                             }
                             if (layouts[c]) canvas->drawText(*layouts[c], x + kCellPadding, top);
                             x += columns[c].width;
                         }
                         canvas->line(left, y + height, left + width, y + height, palette::kRule, 0.4);
                     }};
}

void FlowWriter::table(const std::vector<TableColumn>& columns, const std::vector<std::vector<TableCell>>& rows) {
    std::vector<TableCell> titles;
    for (const TableColumn& column : columns) {
        TableCell cell;
        cell.text = column.title;
        cell.style.bold = true;
        cell.style.size = 8;
        titles.push_back(cell);
    }
    const FlowBlock header = tableRow(columns, titles, true);
    flow_.keep(header.height + (rows.empty() ? 0 : tableRow(columns, rows.front(), false).height));
    flow_.add(header);
    flow_.setRepeatedHeader(header);
    for (const std::vector<TableCell>& row : rows) flow_.add(tableRow(columns, row, false));
    flow_.setRepeatedHeader(std::nullopt);
    flow_.space(6);
}

void FlowWriter::imageRow(const std::vector<CaptionedImage>& images, double cellWidth, double imageHeight) {
    const std::size_t perRow = std::max<std::size_t>(1, static_cast<std::size_t>(width_ / cellWidth));
    PdfCanvas* canvas = &canvas_;
    for (std::size_t start = 0; start < images.size(); start += perRow) {
        const std::size_t end = std::min(images.size(), start + perRow);
        std::vector<TextLayout> captions;
        std::vector<std::optional<TextLayout>> bands;
        double captionHeight = 0;
        bool anyBand = false;
        for (std::size_t i = start; i < end; ++i) {
            captions.push_back(canvas_.layout(images[i].caption, captionStyle(), cellWidth - 8));
            captionHeight = std::max(captionHeight, captions.back().height());
            if (images[i].band) {
                TextStyle bandStyle;
                bandStyle.size = 6.5;
                bandStyle.bold = true;
                bandStyle.color = palette::kWhite;
                bandStyle.align = TextAlign::Center;
                bands.push_back(canvas_.layout(*images[i].band, bandStyle, cellWidth - 8));
                anyBand = true;
            } else {
                bands.push_back(std::nullopt);
            }
        }
        double bandHeight = 0;
        for (const std::optional<TextLayout>& band : bands) {
            if (band) bandHeight = std::max(bandHeight, band->height() + 2 * kBandPadding);
        }
        const double bandSpace = anyBand ? bandHeight + 2 : 0;
        const double height = imageHeight + bandSpace + captionHeight + 8;
        const std::vector<CaptionedImage> row(images.begin() + static_cast<std::ptrdiff_t>(start),
                                              images.begin() + static_cast<std::ptrdiff_t>(end));
        const double left = left_;
        flow_.add(FlowBlock{height, [=](double y) {
                                for (std::size_t i = 0; i < row.size(); ++i) {
                                    const double x = left + static_cast<double>(i) * cellWidth;
                                    PdfCanvas::Rect placed{x + 4, y, cellWidth - 8, imageHeight};
                                    if (row[i].image && !row[i].image->empty()) {
                                        const double fitted = fittedHeight(*row[i].image, cellWidth - 8, imageHeight);
                                        placed = canvas->drawImage(*row[i].image, x + 4, y + imageHeight - fitted, cellWidth - 8, fitted);
                                        const double scale = placed.width / row[i].image->width;
                                        for (std::size_t b = 0; b < row[i].boxes.size(); ++b) {
                                            const PdfCanvas::Rect& box = row[i].boxes[b];
                                            const PdfCanvas::Rect shown{placed.x + box.x * scale, placed.y + box.y * scale,
                                                                        box.width * scale, box.height * scale};
                                            canvas->strokeRect(shown.x, shown.y, shown.width, shown.height, palette::kFace, 1.2);
                                            if (row[i].boxes.size() > 1) drawBoxNumber(*canvas, shown, static_cast<int>(b + 1));
                                        }
                                    } else {
                                        canvas->strokeRect(x + 4, y, cellWidth - 8, imageHeight, palette::kRule, 0.6);
                                    }
                                    double below = y + imageHeight + 2;
                                    if (bands[i]) {
                                        const double bandWidth = std::max(placed.width, bands[i]->width() + 6);
                                        const double bandX = x + (cellWidth - bandWidth) / 2;
                                        canvas->fillRect(bandX, below, bandWidth, bandHeight, palette::kAlert);
                                        canvas->drawText(*bands[i], x + 4, below + (bandHeight - bands[i]->height()) / 2);
                                    }
                                    below += bandSpace;
                                    canvas->drawText(captions[i], x + 4, below);
                                }
                            }});
    }
    flow_.space(4);
}

}  // namespace reunite::report
