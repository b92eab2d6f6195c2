#include "report/CaseReportPdf.h"

#include <algorithm>
#include <iterator>

#include "domain/PersonName.h"
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

// Lives until the pages are drawn (renderCaseReportPdf), so blocks may point at its sections.
struct ReportContext {
    const CaseReportModel& model;
    std::string digest;
    std::string classification;
    std::vector<SectionEntry> sections;
};

// The body: each section's title (also its contents line and bookmark), its writer, and whether
// it starts a new page.
struct BodySection {
    TextId title;
    void (*write)(FlowWriter& writer, const CaseReportModel& model);
    bool newPage;
};

constexpr BodySection kBodySections[] = {
    {TextId::PhotosSection, writePhotosSection, true},        {TextId::RelativesSection, writeRelativesSection, false},
    {TextId::ProgressionsSection, writeProgressionsSection, false}, {TextId::SearchSection, writeSearchRunsSection, true},
    {TextId::DecisionsSection, writeDecisionsSection, false}, {TextId::DnaSection, writeDnaSection, false},
    {TextId::MethodSection, writeMethodSection, true},
};

std::string childName(const CaseSummary& c) { return personDisplayName(c.givenNames, c.familyName); }

// The case facts beside the first childhood photo.
void writeIdentity(FlowWriter& writer, const ReportContext& context) {
    const CaseSummary& c = context.model.caseInfo;
    const ReportLanguage language = context.model.language;
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
                                        target->drawText(l, x, top + 1.5);
                                        target->drawText(v, x + labelWidth, top);
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
    const ReportLanguage language = context.model.language;
    writer.paragraph(text(TextId::ReportTitle, language) + " · " + text(TextId::ReportSubtitle, language), title);
    TextStyle number;
    number.size = 16;
    number.bold = true;
    writer.paragraph(text(TextId::CaseNumber, language) + " " + context.model.caseInfo.caseNumber, number);
    writer.space(6);
}

// Contents: one line per body section; the page numbers are known once the whole report is laid out.
void writeContents(FlowWriter& writer, const ReportContext& context) {
    writer.heading(text(TextId::Contents, context.model.language), 2);
    PdfCanvas* canvas = &writer.canvas();
    const double lineHeight = 14;
    const double x = writer.left();
    const double width = writer.width();
    const std::vector<SectionEntry>* sections = &context.sections;
    writer.flow().add(FlowBlock{lineHeight * static_cast<double>(std::size(kBodySections)), [=](double y) {
                                    TextStyle entry;
                                    entry.size = 10;
                                    TextStyle page = entry;
                                    page.align = TextAlign::Right;
                                    double top = y;
                                    for (const SectionEntry& s : *sections) {
                                        canvas->write(s.title, entry, x + 8, top, width - 60);
                                        canvas->write(std::to_string(s.page), page, x + width - 50, top, 50);
                                        top += lineHeight;
                                    }
                                }});
    writer.space(6);
}

void writeGenerationFacts(FlowWriter& writer, const ReportContext& context) {
    const CaseReportModel& model = context.model;
    const ReportLanguage language = model.language;
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

void writeCover(FlowWriter& writer, const ReportContext& context) {
    const CaseSummary& c = context.model.caseInfo;
    const ReportLanguage language = context.model.language;
    writeTitle(writer, context);
    writeIdentity(writer, context);
    std::vector<std::pair<std::string, std::string>> more;
    if (!c.description.empty()) more.emplace_back(text(TextId::Description, language), c.description);
    if (!c.distinguishingMarks.empty()) more.emplace_back(text(TextId::DistinguishingMarks, language), c.distinguishingMarks);
    if (!c.contact.empty()) more.emplace_back(text(TextId::CaseContact, language), c.contact);
    more.emplace_back(text(TextId::CaseOpened, language), fill(text(TextId::ByUser, language), {displayTime(c.createdAt), c.createdBy}));
    more.emplace_back(text(TextId::CaseUpdated, language), fill(text(TextId::ByUser, language), {displayTime(c.updatedAt), c.updatedBy}));
    writer.fields(more, 120);
    TextStyle statement;
    statement.bold = true;
    statement.size = 10.5;
    statement.color = palette::kAlert;
    writer.notice(text(TextId::LeadStatement, language), statement, palette::kWarnShade);
    writeContents(writer, context);
    writeGenerationFacts(writer, context);
}

void writeBody(FlowWriter& writer, ReportContext& context) {
    for (const BodySection& section : kBodySections) {
        if (section.newPage) writer.flow().pageBreak();
        const std::string title = text(section.title, context.model.language);
        writer.heading(title, 1);
        context.sections.push_back({title, writer.flow().pageCount()});
        section.write(writer, context.model);
    }
}

void drawRunningParts(PdfCanvas& canvas, const ReportContext& context, int page, int pages) {
    const double width = canvas.width() - 2 * kMargin;
    TextStyle left;
    left.size = 8.5;
    left.bold = true;
    TextStyle marking = left;
    marking.color = palette::kAlert;
    marking.align = TextAlign::Right;
    const ReportLanguage language = context.model.language;
    canvas.write(fill(text(TextId::HeaderCase, language), {context.model.caseInfo.caseNumber}), left, kMargin, kHeaderBaseline, width / 2);
    canvas.write(context.classification, marking, kMargin + width / 2, kHeaderBaseline, width / 2);
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
    canvas.write("SHA-256 " + context.digest.substr(0, 16), footer, kMargin, y, width / 3);
    canvas.write(context.classification, center, kMargin + width / 3, y, width / 3);
    canvas.write(fill(text(TextId::PageOfPages, language), {std::to_string(page), std::to_string(pages)}), right, kMargin + 2 * width / 3, y,
                 width / 3);
}

}  // namespace

Result<RenderedReport> renderCaseReportPdf(const CaseReportModel& model) {
    ReportContext context{model, contentDigest(model),
                          model.classification.empty() ? text(TextId::DefaultClassification, model.language) : model.classification, {}};
    const std::string title = text(TextId::ReportTitle, model.language) + " " + model.caseInfo.caseNumber;
    Result<std::unique_ptr<PdfCanvas>> created =
        PdfCanvas::create(PdfMetadata{title, model.generatedBy, context.classification, model.generatedAt});
    if (!created) return created.error();
    PdfCanvas& canvas = *created.value();
    PageFlow flow(kContentTop, kContentBottom);
    FlowWriter writer(canvas, flow, kMargin, canvas.width() - 2 * kMargin);
    writeCover(writer, context);
    writeBody(writer, context);

    const int pages = flow.pageCount();
    for (int page = 0; page < pages; ++page) {
        drawRunningParts(canvas, context, page + 1, pages);
        for (const PlacedBlock& block : flow.pages()[static_cast<std::size_t>(page)]) block.draw(block.y);
        canvas.finishPage();
    }
    for (const SectionEntry& s : context.sections) canvas.addOutline(s.title, s.page);
    Result<std::string> pdf = canvas.finish();
    if (!pdf) return pdf.error();
    return RenderedReport{std::move(pdf).value(), context.digest};
}

}  // namespace reunite::report
