// The report layer's small parts: the text table, vocabulary, timestamps and ages, value formats,
// the page flow's rules and QR codes.
#include <algorithm>
#include <set>
#include <sstream>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "PdfInspection.h"
#include "TestData.h"
#include "core/pipeline/FaceTypes.h"
#include "db/records/CandidateRecord.h"
#include "db/records/DnaEnums.h"
#include "db/records/RecordEnums.h"
#include "domain/IsoDateTime.h"
#include "domain/PersonName.h"
#include "report/PageFlow.h"
#include "report/QrCode.h"
#include "report/ReportFormat.h"
#include "report/ReportTexts.h"
#include "report/ReportTimestamp.h"

using namespace reunite;
using namespace reunite::report;
using reunite::test::TempFolder;

TEST_CASE("every fixed text exists in English and Chinese", "[report][texts]") {
    for (int i = 0; i < static_cast<int>(TextId::Count); ++i) {
        const auto id = static_cast<TextId>(i);
        INFO("text " << i << ": " << text(id, ReportLanguage::English));
        CHECK_FALSE(text(id, ReportLanguage::English).empty());
        CHECK_FALSE(text(id, ReportLanguage::SimplifiedChinese).empty());
        CHECK_FALSE(containsCjk(text(id, ReportLanguage::English)));
    }
    CHECK(containsCjk(text(TextId::LeadStatement, ReportLanguage::SimplifiedChinese)));
    CHECK(fill("Page %1 of %2", {"3", "12"}) == "Page 3 of 12");
    CHECK(fill("%2/%1 %3", {"a", "b"}) == "b/a ");
}

TEST_CASE("stored keys are translated where known and shown as stored otherwise", "[report][texts]") {
    CHECK(translateKey(Vocabulary::Decision, "dna_requested", ReportLanguage::English) == "DNA requested");
    CHECK(translateKey(Vocabulary::Decision, "dna_requested", ReportLanguage::SimplifiedChinese) == "已申请DNA检测");
    CHECK(translateKey(Vocabulary::CaseStatus, "archived-by-import", ReportLanguage::SimplifiedChinese) == "archived-by-import");
    CHECK(sexText(Sex::Male, ReportLanguage::SimplifiedChinese) == "男");
    CHECK(parseReportLanguage("zh_CN") == ReportLanguage::SimplifiedChinese);
    CHECK(parseReportLanguage("EN") == ReportLanguage::English);
    CHECK_FALSE(parseReportLanguage("fr").has_value());
}

namespace {

// Every value of a stored enum (values count up from 0; toDatabaseText is empty past the last)
// has an English and a Chinese text in `vocabulary`, keyed by the stored text.
template <typename Enum>
void requireEveryValueTranslated(Vocabulary vocabulary, const char* name) {
    int values = 0;
    for (int i = 0;; ++i) {
        const std::string key(db::toDatabaseText(static_cast<Enum>(i)));
        if (key.empty()) break;
        ++values;
        INFO(name << " value " << i << " stored as '" << key << "'");
        const std::string english = translateKey(vocabulary, key, ReportLanguage::English);
        const std::string chinese = translateKey(vocabulary, key, ReportLanguage::SimplifiedChinese);
        CHECK_FALSE(english.empty());
        CHECK_FALSE(containsCjk(english));
        CHECK(chinese != key);  // an unknown key comes back as given
        CHECK(containsCjk(chinese));
    }
    INFO(name);
    CHECK(values >= 3);
}

}  // namespace

TEST_CASE("every value of every stored enum has an English and a Chinese text in the report", "[report][texts]") {
    requireEveryValueTranslated<db::CaseStatus>(Vocabulary::CaseStatus, "CaseStatus");
    requireEveryValueTranslated<db::Relation>(Vocabulary::Relation, "Relation");
    requireEveryValueTranslated<db::ReviewDecision>(Vocabulary::Decision, "ReviewDecision");
    requireEveryValueTranslated<db::CandidateSource>(Vocabulary::CandidateSource, "CandidateSource");
    requireEveryValueTranslated<db::PhotoStatus>(Vocabulary::PhotoStatus, "PhotoStatus");
    requireEveryValueTranslated<db::DonorRole>(Vocabulary::DnaWhose, "DonorRole");
    requireEveryValueTranslated<db::SampleType>(Vocabulary::DnaSampleType, "SampleType");
    requireEveryValueTranslated<db::CustodyEventKind>(Vocabulary::DnaEvent, "CustodyEventKind");
    requireEveryValueTranslated<db::DnaRequestStatus>(Vocabulary::DnaRequestStatus, "DnaRequestStatus");
}

TEST_CASE("every face quality flag has an English and a Chinese text in the report", "[report][texts]") {
    const std::vector<std::string> names = qualityFlagNames(~std::uint32_t{0});
    CHECK(names.size() >= 7);
    for (const std::string& name : names) {
        INFO("quality flag " << name);
        CHECK_FALSE(translateKey(Vocabulary::QualityWarning, name, ReportLanguage::English).empty());
        CHECK(containsCjk(translateKey(Vocabulary::QualityWarning, name, ReportLanguage::SimplifiedChinese)));
    }
}

TEST_CASE("report timestamps are normalised to UTC and bad ones refused", "[report][time]") {
    CHECK(normaliseReportTimestamp("2025-01-02").value() == "2025-01-02T00:00:00Z");
    CHECK(normaliseReportTimestamp("2025-01-02T03:04:05Z").value() == "2025-01-02T03:04:05Z");
    CHECK(normaliseReportTimestamp("2025-01-02T03:04:05.789Z").value() == "2025-01-02T03:04:05Z");
    CHECK(normaliseReportTimestamp("2025-01-02T08:04+05:00").value() == "2025-01-02T03:04:00Z");
    CHECK(normaliseReportTimestamp("2025-01-01T23:30:00-01:00").value() == "2025-01-02T00:30:00Z");
    for (const char* bad : {"", "yesterday", "2023-02-30", "2025-01-02T25:00", "2025-01-02T03:04:05+5", "2025-1-2"}) {
        INFO(bad);
        const auto parsed = normaliseReportTimestamp(bad);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::InvalidArgument);
    }
    CHECK(wholeYearsBetween("1990-06-15", "2025-06-14T23:00:00Z").value() == 34);
    CHECK(wholeYearsBetween("1990-06-15", "2025-06-15T00:00:00Z").value() == 35);
    CHECK(currentReportTimestamp().size() == 20);
}

TEST_CASE("values are written the same under any locale", "[report][format]") {
    CHECK(formatFixed(0.81234, 3) == "0.812");
    CHECK(formatSignificant(1.5e7, 4) == "1.500e+07");
    CHECK(formatSignificant(3.2, 4) == "3.2");
    CHECK(formatAge(6) == "6");
    CHECK(formatAge(6.5) == "6.5");
    CHECK(displayTime("2025-01-01T11:00:00.000Z") == "2025-01-01 11:00 UTC");
    CHECK(personDisplayName("Alex", "Sample") == "Alex Sample");
    CHECK(personDisplayName("小明", "王") == "王小明");
}

TEST_CASE("a person's name reads the same in every section: a Chinese name family name first, no space", "[report][format]") {
    db::CandidateRecord chinese;
    chinese.givenNames = "小明";
    chinese.familyName = "王";
    CHECK(db::candidateDisplayName(chinese) == "王小明");  // decisions and DNA requests
    CHECK(db::candidateDisplayName(chinese) == personDisplayName(chinese.givenNames, chinese.familyName));  // leads, relatives
    db::CandidateRecord western;
    western.givenNames = "Alex";
    western.familyName = "Sample";
    CHECK(db::candidateDisplayName(western) == "Alex Sample");
    western.givenNames.clear();
    CHECK(db::candidateDisplayName(western) == "Sample");
    CHECK(personDisplayName("", "") == "");
}

TEST_CASE("the page flow keeps blocks inside the page, repeats table titles and leaves no page empty", "[report][flow]") {
    PageFlow flow(50, 750);
    flow.add(FlowBlock{100, nullptr});
    flow.keep(650);  // does not fit after the first block: new page
    CHECK(flow.pageCount() == 2);
    flow.keep(10);   // fits: same page
    CHECK(flow.pageCount() == 2);
    const FlowBlock header{20, nullptr};
    flow.add(header);
    flow.setRepeatedHeader(header);
    for (int i = 0; i < 100; ++i) flow.add(FlowBlock{30, nullptr});
    flow.setRepeatedHeader(std::nullopt);
    flow.pageBreak();
    flow.pageBreak();  // a second break adds no empty page
    flow.space(40);    // dropped at the top of a page
    flow.add(FlowBlock{900, nullptr});  // taller than a page: a page of its own
    flow.add(FlowBlock{10, nullptr});
    const auto& pages = flow.pages();
    REQUIRE(pages.size() == static_cast<std::size_t>(flow.pageCount()));
    // rows of 30 under a 20-high title in 700 points: 22 rows per page after the first table page
    CHECK(flow.pageCount() == 2 + 4 + 1 + 1);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        REQUIRE_FALSE(pages[p].empty());
        CHECK(pages[p].front().y == 50);
        for (const PlacedBlock& block : pages[p]) {
            if (block.height <= 700) CHECK(block.y + block.height <= 750 + 1e-9);
        }
    }
    for (std::size_t p = 2; p <= 5; ++p) CHECK(pages[p].front().height == 20);  // the repeated titles
    CHECK(pages[6].size() == 1);
    CHECK(pages[6].front().height == 900);
}

TEST_CASE("QR codes are deterministic and refuse texts that do not fit", "[report][qr]") {
    const Result<QrMatrix> a = encodeQr("Demo police hotline 110 | Case reference DEMO-0001");
    const Result<QrMatrix> b = encodeQr("Demo police hotline 110 | Case reference DEMO-0001");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value().size >= 21);
    CHECK((a.value().size - 17) % 4 == 0);  // a QR version's size
    CHECK(a.value().dark == b.value().dark);
    CHECK(a.value().at(0, 0));  // finder pattern corner
    CHECK(encodeQr("").error().code == ErrorCode::InvalidArgument);
    CHECK(encodeQr(std::string(4000, 'x')).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("the shipped method figures are the ones in docs/benchmarks.md", "[report][figures]") {
    const std::string benchmarks = reunite::test::readBytes(std::filesystem::path(REUNITE_SOURCE_DIR) / "docs/benchmarks.md");
    REQUIRE_FALSE(benchmarks.empty());
    const auto figures = nlohmann::json::parse(
        reunite::test::readBytes(std::filesystem::path(REUNITE_SOURCE_DIR) / "resources/report/method_figures.json"));
    std::vector<std::string> lines;
    std::istringstream in(benchmarks);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::size_t rowsChecked = 0;
    for (const auto& table : figures.at("tables")) {
        for (const auto& row : table.at("rows")) {
            const std::string prefix = "| " + row.at("benchmark_label").get<std::string>() + " |";
            INFO(prefix);
            const auto line = std::find_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
            REQUIRE(line != lines.end());
            for (const auto& value : row.at("values")) {
                const std::string v = value.get<std::string>();
                CHECK((line->find("| " + v + " |") != std::string::npos || line->find("| **" + v + "** |") != std::string::npos));
            }
            ++rowsChecked;
        }
    }
    CHECK(rowsChecked == 5);
    for (const auto& note : figures.at("notes")) {
        if (note.contains("benchmark_text")) CHECK(benchmarks.find(note.at("benchmark_text").get<std::string>()) != std::string::npos);
    }
}
