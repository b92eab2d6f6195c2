#include "report/PosterPdf.h"

#include <algorithm>

#include "domain/IsoDateTime.h"
#include "domain/PersonName.h"
#include "report/FlowWriter.h"
#include "report/PdfCanvas.h"
#include "report/QrCode.h"
#include "report/ReportFormat.h"
#include "report/ReportTexts.h"

namespace reunite::report {
namespace {

constexpr double kMargin = 36;
constexpr double kBandHeight = 112;
constexpr double kPhotoTop = 128;
constexpr double kPhotoHeight = 262;
constexpr double kContactHeight = 150;
constexpr double kQrSize = 118;

ReportLanguage other(ReportLanguage language) {
    return language == ReportLanguage::English ? ReportLanguage::SimplifiedChinese : ReportLanguage::English;
}

class PosterPainter {
public:
    PosterPainter(PdfCanvas& canvas, const PosterModel& model)
        : canvas_(canvas), model_(model), first_(model.language), second_(other(model.language)),
          width_(canvas.width() - 2 * kMargin) {}

    Status paint();

private:
    std::string both(TextId id) const { return text(id, first_) + " / " + text(id, second_); }
    std::string bothFilled(TextId id, const std::string& value) const {
        return fill(text(id, first_), {value}) + " / " + fill(text(id, second_), {value});
    }
    std::string contactText() const { return model_.contact.empty() ? both(TextId::PosterDefaultContact) : model_.contact; }
    void headline();
    double photos();
    double photoCell(const Image& image, double x, double width, const std::string& caption, const std::optional<std::string>& band);
    double facts(double top);
    void contact();

    PdfCanvas& canvas_;
    const PosterModel& model_;
    ReportLanguage first_;
    ReportLanguage second_;
    double width_;
};

void PosterPainter::headline() {
    canvas_.fillRect(0, 0, canvas_.width(), kBandHeight, palette::kAlert);
    TextStyle big;
    big.size = 40;
    big.bold = true;
    big.color = palette::kWhite;
    big.align = TextAlign::Center;
    const double used = canvas_.write(text(TextId::PosterHeadline, first_), big, kMargin, 18, width_);
    TextStyle small = big;
    small.size = 22;
    canvas_.write(text(TextId::PosterHeadline, second_), small, kMargin, 22 + used, width_);
}

double PosterPainter::photoCell(const Image& image, double x, double width, const std::string& caption,
                                const std::optional<std::string>& band) {
    const double imageHeight = kPhotoHeight - (band ? 20 : 0);
    PdfCanvas::Rect placed{x, kPhotoTop, width, imageHeight};
    if (image.empty()) {
        canvas_.fillRect(x, kPhotoTop, width, imageHeight, palette::kShade);
        TextStyle none;
        none.size = 12;
        none.color = palette::kMuted;
        none.align = TextAlign::Center;
        canvas_.write(both(TextId::PosterNoPhoto), none, x, kPhotoTop + imageHeight / 2 - 8, width);
    } else {
        placed = canvas_.drawImage(image, x, kPhotoTop, width, imageHeight);
        canvas_.strokeRect(placed.x, placed.y, placed.width, placed.height, palette::kRule, 0.8);
    }
    double below = kPhotoTop + imageHeight + 3;
    if (band) {
        TextStyle mark;
        mark.size = 7.5;
        mark.bold = true;
        mark.color = palette::kWhite;
        mark.align = TextAlign::Center;
        const TextLayout layout = canvas_.layout(*band, mark, width);
        const double bandWidth = std::max(placed.width, layout.width() + 10);
        canvas_.fillRect(x + (width - bandWidth) / 2, below, bandWidth, 15, palette::kAlert);
        canvas_.drawText(layout, x, below + (15 - layout.height()) / 2);
        below += 19;
    }
    TextStyle captionStyle;
    captionStyle.size = 9.5;
    captionStyle.color = palette::kMuted;
    captionStyle.align = TextAlign::Center;
    captionStyle.maxLines = 2;
    return below + canvas_.write(caption, captionStyle, x, below, width);
}

double PosterPainter::photos() {
    const std::string childhoodCaption =
        model_.childhoodAge ? bothFilled(TextId::PosterChildhoodPhotoAge, formatAge(*model_.childhoodAge)) : both(TextId::PosterChildhoodPhoto);
    if (!model_.progressed) {
        const double width = width_ * 0.55;
        return photoCell(model_.childhoodPhoto, kMargin + (width_ - width) / 2, width, childhoodCaption, std::nullopt);
    }
    const double gap = 20;
    const double cell = (width_ - gap) / 2;
    const double left = photoCell(model_.childhoodPhoto, kMargin, cell, childhoodCaption, std::nullopt);
    const std::string age = formatAge(model_.progressed->targetAge);
    const double right = photoCell(model_.progressed->image, kMargin + cell + gap, cell, bothFilled(TextId::PosterProgressed, age),
                                   text(TextId::ProgressedMark, first_));
    return std::max(left, right);
}

double PosterPainter::facts(double top) {
    const CaseSummary& c = model_.caseInfo;
    TextStyle name;
    name.size = 30;
    name.bold = true;
    name.align = TextAlign::Center;
    name.maxLines = 1;
    double y = top + 8;
    y += canvas_.write(personDisplayName(model_.caseInfo.givenNames, model_.caseInfo.familyName), name, kMargin, y, width_) + 8;

    TextStyle label;
    label.size = 8.5;
    label.color = palette::kMuted;
    TextStyle value;
    value.size = 13;
    value.bold = true;
    value.maxLines = 2;
    const auto cell = [&](TextId id, const std::string& shown, double x, double width, double at) {
        const double labelHeight = canvas_.write(both(id), label, x, at, width);
        return labelHeight + canvas_.write(shown, value, x, at + labelHeight, width) + 6;
    };
    const double column = width_ / 2;
    const std::optional<double> years = posterAgeNow(model_);
    const std::string ageNow = years ? fill(text(TextId::PosterAgeNowValue, first_), {formatAge(*years)}) : text(TextId::NotRecorded, first_);
    const double rowA = std::max(cell(TextId::BirthDate, displayDate(c.birthDate, first_), kMargin, column - 10, y),
                                 cell(TextId::MissingSince, displayDate(c.lastSeenDate, first_), kMargin + column, column, y));
    y += rowA;
    const double rowB = std::max(cell(TextId::LastSeenPlace, c.lastSeenPlace.empty() ? text(TextId::NotRecorded, first_) : c.lastSeenPlace,
                                      kMargin, column - 10, y),
                                 cell(TextId::PosterAgeNow, ageNow, kMargin + column, column, y));
    y += rowB;
    value.size = 11;
    if (!c.distinguishingMarks.empty()) y += cell(TextId::DistinguishingMarks, c.distinguishingMarks, kMargin, width_, y);
    value.bold = false;
    value.maxLines = 3;
    if (!c.description.empty()) y += cell(TextId::Description, c.description, kMargin, width_, y);
    return y;
}

void PosterPainter::contact() {
    const double top = canvas_.height() - kMargin - kContactHeight;
    canvas_.fillRect(kMargin, top, width_, kContactHeight, palette::kShade);
    canvas_.fillRect(kMargin, top, 5, kContactHeight, palette::kAlert);
    const double textWidth = width_ - kQrSize - 40;
    TextStyle ask;
    ask.size = 11;
    ask.bold = true;
    ask.color = palette::kAlert;
    double y = top + 12;
    y += canvas_.write(both(TextId::PosterContact), ask, kMargin + 16, y, textWidth) + 6;
    TextStyle contact;
    contact.size = 17;
    contact.bold = true;
    contact.maxLines = 3;
    y += canvas_.write(contactText(), contact, kMargin + 16, y, textWidth) + 8;
    TextStyle reference;
    reference.size = 9.5;
    reference.color = palette::kMuted;
    canvas_.write(both(TextId::PosterCaseReference) + ": " + model_.caseInfo.caseNumber, reference, kMargin + 16, y, textWidth);
}

Status PosterPainter::paint() {
    Result<QrMatrix> qr = encodeQr(posterQrText(model_));
    if (!qr) return qr.error();
    headline();
    const double below = photos();
    facts(below + 4);
    contact();
    const double qrX = kMargin + width_ - kQrSize - 14;
    const double qrY = canvas_.height() - kMargin - kContactHeight + 8;
    canvas_.fillRect(qrX - 4, qrY - 4, kQrSize + 8, kQrSize + 8, palette::kWhite);
    const double module = kQrSize / qr.value().size;
    for (int y = 0; y < qr.value().size; ++y) {
        for (int x = 0; x < qr.value().size; ++x) {
            if (qr.value().at(x, y)) canvas_.fillRect(qrX + x * module, qrY + y * module, module, module, Color{0, 0, 0});
        }
    }
    TextStyle scan;
    scan.size = 6.5;
    scan.color = palette::kMuted;
    scan.align = TextAlign::Center;
    scan.maxLines = 2;
    canvas_.write(both(TextId::PosterScan), scan, qrX - 14, qrY + kQrSize + 5, kQrSize + 28);
    canvas_.finishPage();
    return Ok{};
}

}  // namespace

std::string posterQrText(const PosterModel& model) {
    const std::string contact = model.contact.empty() ? text(TextId::PosterDefaultContact, ReportLanguage::English) : model.contact;
    return contact + " | " + text(TextId::PosterCaseReference, ReportLanguage::English) + " " + model.caseInfo.caseNumber;
}

std::optional<double> posterAgeNow(const PosterModel& model) {
    if (!model.caseInfo.birthDate) return std::nullopt;
    const std::optional<int> years = wholeYearsBetween(*model.caseInfo.birthDate, model.generatedAt);
    if (!years) return std::nullopt;
    return *years;
}

Result<std::string> renderPosterPdf(const PosterModel& model) {
    const std::string title = text(TextId::PosterHeadline, model.language) + " " + personDisplayName(model.caseInfo.givenNames, model.caseInfo.familyName);
    Result<std::unique_ptr<PdfCanvas>> created = PdfCanvas::create(PdfMetadata{title, "", model.caseInfo.caseNumber, model.generatedAt});
    if (!created) return created.error();
    if (Status painted = PosterPainter(*created.value(), model).paint(); !painted) return painted.error();
    return created.value()->finish();
}

}  // namespace reunite::report
