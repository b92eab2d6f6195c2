// The PDF renderers on models made in code: text found by pdftotext (English and Chinese), every
// font embedded, pagination of 200 leads and of empty cases, byte-identical output, the poster.
#include <algorithm>

#include <catch2/catch.hpp>

#include "PdfInspection.h"
#include "SyntheticReport.h"
#include "TestData.h"
#include "report/CaseReportPdf.h"
#include "report/PosterPdf.h"
#include "report/ReportDigest.h"

using namespace reunite;
using namespace reunite::report;
using reunite::test::TempFolder;

namespace {

std::filesystem::path rendered(const TempFolder& folder, const std::string& name, const CaseReportModel& model) {
    Result<RenderedReport> pdf = renderCaseReportPdf(model);
    INFO((pdf ? std::string() : pdf.error().message));
    REQUIRE(pdf.ok());
    CHECK(pdf.value().contentDigest == contentDigest(model));
    const std::filesystem::path file = folder.file(name);
    reunite::test::writeBytes(file, pdf.value().pdf);
    return file;
}

void requireAllFontsEmbedded(const std::filesystem::path& file) {
    const std::vector<reunite::test::PdfFont> fonts = reunite::test::pdfFonts(file);
    REQUIRE_FALSE(fonts.empty());
    for (const auto& font : fonts) {
        INFO(font.name);
        CHECK(font.embedded);
    }
}

}  // namespace

TEST_CASE("the report shows the case, the leads, the decision notes and the DNA conclusion", "[report][pdf]") {
    TempFolder folder;
    const auto file = rendered(folder, "report.pdf", reunite::test::syntheticReport({30, true, true}));
    const std::string text = reunite::test::pdfText(file);
    CHECK(text.find("CASE-7781") != std::string::npos);
    CHECK(text.find("Lead001 Person") != std::string::npos);
    CHECK(text.find("Lead030 Person") != std::string::npos);
    CHECK(text.find("born ~1981–1999 (from the age") != std::string::npos);  // a lead without a birth year (the cell wraps)
    CHECK(text.find("The ears and chin match the childhood photo") != std::string::npos);
    CHECK(text.find("Conclusion: supported") != std::string::npos);
    CHECK(text.find("INCONSISTENT") != std::string::npos);  // the vWA locus
    CHECK(text.find("candidate S-2") != std::string::npos);  // sample columns titled with their roles
    CHECK(text.find("Demo city lab by officer A") != std::string::npos);
    CHECK(text.find("Handled by") != std::string::npos);  // the custody table's own column titles
    CHECK(text.find("only a DNA test") != std::string::npos);
    CHECK(text.find(contentDigest(reunite::test::syntheticReport({30, true, true}))) != std::string::npos);
    CHECK(text.find("火车站") != std::string::npos);  // stored data in Chinese, English report
    requireAllFontsEmbedded(file);
}

TEST_CASE("a sample without a recorded place says when and by whom only", "[report][pdf]") {
    TempFolder folder;
    auto model = reunite::test::syntheticReport({30, true, true});
    model.dna->samples.front().collectedWhere.clear();
    const std::string text = reunite::test::pdfText(rendered(folder, "no-place.pdf", model));
    CHECK(text.find("by officer A") != std::string::npos);
    CHECK(text.find(" at  by") == std::string::npos);
    CHECK(text.find(" at by") == std::string::npos);
}

TEST_CASE("a Chinese report translates the fixed texts and keeps the data as stored", "[report][pdf]") {
    TempFolder folder;
    const auto file = rendered(folder, "report-zh.pdf",
                               reunite::test::syntheticReport({5, true, true, ReportLanguage::SimplifiedChinese}));
    const std::string text = reunite::test::pdfText(file);
    CHECK(text.find("案件报告") != std::string::npos);
    CHECK(text.find("只有DNA检测才能确认") != std::string::npos);
    CHECK(text.find("结论：支持") != std::string::npos);
    CHECK(text.find("候选人 S-2") != std::string::npos);
    CHECK(text.find("请母亲提供DNA样本") != std::string::npos);
    CHECK(text.find("Lead002 Person") != std::string::npos);
    CHECK(text.find("Case report") == std::string::npos);
    requireAllFontsEmbedded(file);
}

TEST_CASE("200 leads paginate: every lead once, in rank order, column titles on every page", "[report][pdf]") {
    TempFolder folder;
    const auto file = rendered(folder, "leads.pdf", reunite::test::syntheticReport({200, true, false}));
    const int pages = reunite::test::pdfPages(file);
    const std::string all = reunite::test::pdfText(file);
    std::size_t previous = 0;
    for (int rank = 1; rank <= 200; ++rank) {
        const std::string name = reunite::test::leadName(rank) + " Person";
        INFO(name);
        REQUIRE(reunite::test::countOf(all, name) == (rank == 2 ? 2u : 1u));  // Lead002 also has a decision
        const std::size_t at = all.find(name);
        CHECK(at > previous);
        previous = at;
    }
    std::vector<std::size_t> leadsPerPage;
    std::vector<int> leadPages;
    bool decisionsBesideLastLeads = false;
    for (int page = 1; page <= pages; ++page) {
        const std::string text = reunite::test::pdfText(file, page);
        INFO("page " << page);
        CHECK(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)) != std::string::npos);
        CHECK(text.find("CASE-7781") != std::string::npos);
        CHECK(text.size() > 200);  // no empty page
        std::size_t leads = 0;
        for (int rank = 1; rank <= 200; ++rank) leads += text.find(reunite::test::leadName(rank) + " Person") != std::string::npos;
        if (leads > 0) {
            CHECK(text.find("Score breakdown") != std::string::npos);
            leadsPerPage.push_back(leads);
            leadPages.push_back(page);
            decisionsBesideLastLeads = text.find("Review decisions") != std::string::npos;
        }
    }
    REQUIRE(leadsPerPage.size() >= 3);
    // The table's pages follow each other; every page between its first and last is equally full.
    for (std::size_t i = 1; i < leadPages.size(); ++i) CHECK(leadPages[i] == leadPages[i - 1] + 1);
    for (std::size_t i = 1; i + 1 < leadsPerPage.size(); ++i) CHECK(leadsPerPage[i] == leadsPerPage[1]);
    CHECK(leadsPerPage[1] >= 12);
    CHECK(leadsPerPage.back() <= leadsPerPage[1]);
    CHECK(leadsPerPage.front() <= leadsPerPage[1]);
    // After the table: the decisions and DNA (on its last page or the next), then the appendix.
    CHECK(pages == leadPages.back() + (decisionsBesideLastLeads ? 1 : 2));
    CHECK(reunite::test::pdfText(file, pages).find("Method and measured error rates") != std::string::npos);
}

TEST_CASE("an empty case has four pages that say what is missing", "[report][pdf]") {
    TempFolder folder;
    const auto file = rendered(folder, "empty.pdf", reunite::test::syntheticReport({-1, false, false}));
    CHECK(reunite::test::pdfPages(file) == 4);
    const std::string text = reunite::test::pdfText(file);
    CHECK(reunite::test::missingPhrases(text, {"No childhood photo has been recorded", "No relative has been recorded",
                                               "No age-progressed image", "No search has been run", "No review decision",
                                               "No DNA confirmation has been recorded", "Page 4 of 4"})
              .empty());
    requireAllFontsEmbedded(file);
}

TEST_CASE("cases without photos, without searches or without DNA keep their page structure", "[report][pdf]") {
    TempFolder folder;
    // cover, the (empty) photo sections, the search with its 5 leads and decisions, the appendix
    const auto noPhotos = rendered(folder, "no-photos.pdf", reunite::test::syntheticReport({5, false, false}));
    CHECK(reunite::test::pdfPages(noPhotos) == 4);
    CHECK(reunite::test::pdfText(noPhotos).find("No childhood photo has been recorded") != std::string::npos);
    // cover, photos and relatives, the progression, no search + DNA, the appendix
    const auto noSearch = rendered(folder, "no-search.pdf", reunite::test::syntheticReport({-1, true, true}));
    CHECK(reunite::test::pdfPages(noSearch) == 5);
    CHECK(reunite::test::pdfText(noSearch).find("No search has been run") != std::string::npos);
    const auto noLeads = rendered(folder, "no-leads.pdf", reunite::test::syntheticReport({0, true, false}));
    CHECK(reunite::test::pdfText(noLeads).find("This run found no lead") != std::string::npos);
    CHECK(reunite::test::pdfPages(noLeads) == 5);
}

TEST_CASE("the same model gives byte-identical PDFs, and the digest ignores time and language only", "[report][pdf]") {
    const CaseReportModel model = reunite::test::syntheticReport({12, true, true});
    Result<RenderedReport> first = renderCaseReportPdf(model);
    Result<RenderedReport> second = renderCaseReportPdf(model);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value().pdf == second.value().pdf);
    CHECK(first.value().pdf.find("/CreationDate (20250102030405Z)") != std::string::npos);

    CaseReportModel later = model;
    later.generatedAt = "2026-03-04T05:06:07Z";
    later.language = ReportLanguage::SimplifiedChinese;
    CHECK(contentDigest(later) == contentDigest(model));
    Result<RenderedReport> laterPdf = renderCaseReportPdf(later);
    REQUIRE(laterPdf.ok());
    CHECK(laterPdf.value().pdf != first.value().pdf);

    CaseReportModel edited = model;
    edited.decisions.front().note += ".";
    CHECK(contentDigest(edited) != contentDigest(model));
    CaseReportModel otherPixel = model;
    otherPixel.searchRuns.front().leads.front().chip.pixels[0] ^= 1;
    CHECK(contentDigest(otherPixel) != contentDigest(model));
}

TEST_CASE("the poster is one bilingual A4 page with the contact, deterministic", "[report][poster]") {
    TempFolder folder;
    for (ReportLanguage language : {ReportLanguage::English, ReportLanguage::SimplifiedChinese}) {
        const PosterModel model = reunite::test::syntheticPoster(language);
        Result<std::string> pdf = renderPosterPdf(model);
        REQUIRE(pdf.ok());
        Result<std::string> again = renderPosterPdf(model);
        REQUIRE(again.ok());
        CHECK(pdf.value() == again.value());
        const auto file = folder.file(std::string("poster-") + languageCode(language) + ".pdf");
        reunite::test::writeBytes(file, pdf.value());
        CHECK(reunite::test::pdfPages(file) == 1);
        const std::string text = reunite::test::flattened(reunite::test::pdfText(file));
        CHECK(reunite::test::missingPhrases(text, {"MISSING CHILD", "寻找失踪儿童", "Alex Sample", "Demo police hotline 110",
                                                   "CASE-7781", "not a photograph", "非真实照片"})
                  .empty());
        requireAllFontsEmbedded(file);
    }
}

TEST_CASE("a poster without photos or progression still renders", "[report][poster]") {
    PosterModel model = reunite::test::syntheticPoster(ReportLanguage::English);
    model.childhoodPhoto = Image{};
    model.progressed.reset();
    model.contact.clear();
    TempFolder folder;
    Result<std::string> pdf = renderPosterPdf(model);
    REQUIRE(pdf.ok());
    reunite::test::writeBytes(folder.file("bare.pdf"), pdf.value());
    const std::string text = reunite::test::pdfText(folder.file("bare.pdf"));
    CHECK(text.find("no photo") != std::string::npos);
    CHECK(text.find("call 110") != std::string::npos);
    CHECK(posterQrText(model).find("CASE-7781") != std::string::npos);
}
