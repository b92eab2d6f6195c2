#include "report/CaseReportPdf.h"

#include <algorithm>
#include <memory>

#include "report/CaseReportSections.h"
#include "report/FlowWriter.h"
#include "report/PageFlow.h"
#include "report/PdfCanvas.h"
#include "report/ReportDigest.h"
#include "report/ReportFormat.h"
#include "report/ReportTexts.h"

namespace reunite::report {
namespace {

constexpr double kMargin = 48;
constexpr double kHeaderBaseline = 24;
constexpr double kHeaderRule = 40;
constexpr double kContentTop = 54;
constexpr double kContentBottom = kA4Height - 50;
constexpr double kFooterRule = kA4Height - 40;
constexpr double kCoverPhotoWidth = 150;
constexpr double kCoverPhotoHeight = 180;

struct SectionEntry {
    std::string title;
    int page = 0;
};
using SectionList = std::shared_ptr<std::vector<SectionEntry>>;

struct ReportContext {
    const CaseReportModel& model;
    ReportLanguage language;
    std::string digest;
    std::string classification;
    SectionList sections = std::make_shared<std::vector<SectionEntry>>();
};

void section(FlowWriter& writer, ReportContext& context, TextId title) {
    writer.heading(text(title, context.language), 1);
    context.sections->push_back({text(title, context.language), writer.flow().pageCount()});
}

std::string childName(const CaseSummary& c) { return personName(c.givenNames, c.familyName); }

// The case facts beside the first childhood photo.
void writeIdentity(FlowWriter& writer, const ReportContext& context) {
    const CaseSummary& c = context.model.caseInfo;
    const ReportLanguage language = context.language;
    const std::vector<std::pair<std::string, std::string>> rows{
        {text(TextId::ChildName, language), childName(c)},
        {text(TextId::Sex, language), sexText(c.sex, language)},
        {text(TextId::BirthDate, language), displayDate(c.birthDate, language)},
        {text(TextId::MissingSince, language), displayDate(c.lastSeenDate, language)},
        {text(TextId::LastSeenPlace, language), c.lastSeenPlace.empty() ? text(TextId::NotRecorded, language) : c.lastSeenPlace},
        {text(TextId::Status, language), translateKey(Vocabulary::CaseStatus, c.statusKey, language)},
    };
    PdfCanvas& canvas = writer.canvas();
    const double labelWidth = 100;
    const double valueWidth = writer.width() - kCoverPhotoWidth - 16 - labelWidth;
    TextStyle label;
    label.color = palette::kMuted;
    label.size = 10;
    TextStyle value;
    value.size = 11;
    value.bold = true;
    std::vector<std::pair<TextLayout, TextLayout>> lines;
    double height = 0;
    for (const auto& [l, v] : rows) {
        lines.emplace_back(canvas.layout(l, label, labelWidth - 6), canvas.layout(v, value, valueWidth));
        height += std::max(lines.back().first.height(), lines.back().second.height()) + 5;
    }
    const Image* photo = context.model.photos.empty() ? nullptr : &context.model.photos.front().image;
    const bool showPhoto = photo && !photo->empty();
    height = std::max(height, showPhoto ? kCoverPhotoHeight : 0.0);
    PdfCanvas* target = &canvas;
    const double x = writer.left();
    const double photoX = writer.left() + writer.width() - kCoverPhotoWidth;
    writer.flow().add(FlowBlock{height + 8, [=](double y) {
                                    double top = y;
                                    for (const auto& [l, v] : lines) {
                                        target->drawText(l, x, top + 1.5, label.color);
                                        target->drawText(v, x + labelWidth, top, value.color);
                                        top += std::max(l.height(), v.height()) + 5;
                                    }
                                    if (showPhoto) {
                                        const PdfCanvas::Rect placed = target->drawImage(*photo, photoX, y, kCoverPhotoWidth, kCoverPhotoHeight);
                                        target->strokeRect(placed.x, placed.y, placed.width, placed.height, palette::kRule, 0.6);
                                    }
                                }});
}

void writeTitle(FlowWriter& writer, const ReportContext& context) {
    TextStyle title;
    title.size = 24;
    title.bold = true;
    title.color = palette::kAccent;
    writer.paragraph(text(TextId::ReportTitle, context.language) + " · " + text(TextId::ReportSubtitle, context.language), title);
    TextStyle number;
    number.size = 16;
    number.bold = true;
    writer.paragraph(text(TextId::CaseNumber, context.language) + " " + context.model.caseInfo.caseNumber, number);
    writer.space(6);
}

// Contents: one line per section; the page numbers are known once the whole report is laid out.
void writeContents(FlowWriter& writer, const ReportContext& context, std::size_t sectionCount) {
    writer.heading(text(TextId::Contents, context.language), 2);
    PdfCanvas* canvas = &writer.canvas();
    const double lineHeight = 14;
    const double x = writer.left();
    const double width = writer.width();
    const SectionList sections = context.sections;
    writer.flow().add(FlowBlock{lineHeight * static_cast<double>(sectionCount), [=](double y) {
                                    TextStyle entry;
                                    entry.size = 10;
                                    TextStyle page = entry;
                                    page.align = TextAlign::Right;
                                    double top = y;
                                    for (const SectionEntry& s : *sections) {
                                        canvas->drawText(canvas->layout(s.title, entry, width - 60), x + 8, top, entry.color);
                                        canvas->drawText(canvas->layout(std::to_string(s.page), page, 50), x + width - 50, top, entry.color);
                                        top += lineHeight;
                                    }
                                }});
    writer.space(6);
}

void writeGenerationFacts(FlowWriter& writer, const ReportContext& context) {
    const ReportLanguage language = context.language;
    const CaseReportModel& model = context.model;
    writer.fields({{text(TextId::GeneratedAt, language), displayTime(model.generatedAt)},
                   {text(TextId::GeneratedBy, language), model.generatedBy},
                   {text(TextId::Language, language), languageCode(language)},
                   {text(TextId::ContentDigest, language), context.digest},
                   {text(TextId::AuditChainHead, language),
                    model.auditChainHead ? *model.auditChainHead : text(TextId::AuditNotRecorded, language)}},
                  120);
    TextStyle small;
    small.size = 7.5;
    small.color = palette::kMuted;
    writer.paragraph(text(TextId::ContentDigestExplained, language), small);
}

void writeCover(FlowWriter& writer, ReportContext& context, std::size_t sectionCount) {
    const CaseSummary& c = context.model.caseInfo;
    const ReportLanguage language = context.language;
    writeTitle(writer, context);
    writeIdentity(writer, context);
    std::vector<std::pair<std::string, std::string>> more;
    if (!c.description.empty()) more.emplace_back(text(TextId::Description, language), c.description);
    if (!c.distinguishingMarks.empty()) more.emplace_back(text(TextId::DistinguishingMarks, language), c.distinguishingMarks);
    more.emplace_back(text(TextId::CaseOpened, language), fill(text(TextId::ByUser, language), {displayTime(c.createdAt), c.createdBy}));
    more.emplace_back(text(TextId::CaseUpdated, language), fill(text(TextId::ByUser, language), {displayTime(c.updatedAt), c.updatedBy}));
    writer.fields(more, 120);
    TextStyle statement;
    statement.bold = true;
    statement.size = 10.5;
    statement.color = palette::kAlert;
    writer.notice(text(TextId::LeadStatement, language), statement, palette::kWarnShade);
    writeContents(writer, context, sectionCount);
    writeGenerationFacts(writer, context);
}

void writeBody(FlowWriter& writer, ReportContext& context) {
    const CaseReportModel& model = context.model;
    writer.flow().pageBreak();
    section(writer, context, TextId::PhotosSection);
    writePhotosSection(writer, model);
    section(writer, context, TextId::RelativesSection);
    writeRelativesSection(writer, model);
    section(writer, context, TextId::ProgressionsSection);
    writeProgressionsSection(writer, model);
    writer.flow().pageBreak();
    section(writer, context, TextId::SearchSection);
    writeSearchRunsSection(writer, model);
    section(writer, context, TextId::DecisionsSection);
    writeDecisionsSection(writer, model);
    section(writer, context, TextId::DnaSection);
    writeDnaSection(writer, model);
    writer.flow().pageBreak();
    section(writer, context, TextId::MethodSection);
    writeMethodSection(writer, model);
}

constexpr std::size_t kSectionCount = 7;

void drawRunningParts(PdfCanvas& canvas, const ReportContext& context, int page, int pages) {
    const double width = canvas.width() - 2 * kMargin;
    TextStyle left;
    left.size = 8.5;
    left.bold = true;
    TextStyle marking = left;
    marking.color = palette::kAlert;
    marking.align = TextAlign::Right;
    const std::string caseText = fill(text(TextId::HeaderCase, context.language), {context.model.caseInfo.caseNumber});
    canvas.drawText(canvas.layout(caseText, left, width / 2), kMargin, kHeaderBaseline, left.color);
    canvas.drawText(canvas.layout(context.classification, marking, width / 2), kMargin + width / 2, kHeaderBaseline, marking.color);
    canvas.line(kMargin, kHeaderRule, kMargin + width, kHeaderRule, palette::kRule, 0.6);

    canvas.line(kMargin, kFooterRule, kMargin + width, kFooterRule, palette::kRule, 0.6);
    TextStyle footer;
    footer.size = 7.5;
    footer.color = palette::kMuted;
    TextStyle center = footer;
    center.align = TextAlign::Center;
    center.color = palette::kAlert;
    TextStyle right = footer;
    right.align = TextAlign::Right;
    right.color = palette::kText;
    const double y = kFooterRule + 5;
    canvas.drawText(canvas.layout("SHA-256 " + context.digest.substr(0, 16), footer, width / 3), kMargin, y, footer.color);
    canvas.drawText(canvas.layout(context.classification, center, width / 3), kMargin + width / 3, y, center.color);
    canvas.drawText(canvas.layout(fill(text(TextId::PageOfPages, context.language), {std::to_string(page), std::to_string(pages)}),
                                  right, width / 3),
                    kMargin + 2 * width / 3, y, right.color);
}

}  // namespace

Result<RenderedReport> renderCaseReportPdf(const CaseReportModel& model) {
    ReportContext context{model, model.language, contentDigest(model),
                          model.classification.empty() ? text(TextId::DefaultClassification, model.language) : model.classification};
    const std::string title = text(TextId::ReportTitle, context.language) + " " + model.caseInfo.caseNumber;
    Result<std::unique_ptr<PdfCanvas>> created =
        PdfCanvas::create(PdfMetadata{title, model.generatedBy, context.classification, model.generatedAt});
    if (!created) return created.error();
    PdfCanvas& canvas = *created.value();
    PageFlow flow(kContentTop, kContentBottom);
    FlowWriter writer(canvas, flow, kMargin, canvas.width() - 2 * kMargin);
    writeCover(writer, context, kSectionCount);
    writeBody(writer, context);

    const int pages = flow.pageCount();
    for (int page = 0; page < pages; ++page) {
        drawRunningParts(canvas, context, page + 1, pages);
        for (const PlacedBlock& block : flow.pages()[static_cast<std::size_t>(page)]) block.draw(block.y);
        canvas.finishPage();
    }
    for (const SectionEntry& s : *context.sections) canvas.addOutline(s.title, s.page);
    Result<std::string> pdf = canvas.finish();
    if (!pdf) return pdf.error();
    return RenderedReport{std::move(pdf).value(), context.digest};
}

}  // namespace reunite::report
