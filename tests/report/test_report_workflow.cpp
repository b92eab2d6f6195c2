// Reports and posters of a demo-like case built through the application layer in a temporary
// database (sample photos only): the builders' models, and `reunite-cli report|poster` with its
// exit codes, byte-identical output and no partial files.
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "PdfInspection.h"
#include "TestAccounts.h"
#include "TestData.h"
#include "report/PosterPdf.h"
#include "report/ReportDigest.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/demo/DemoWorkspace.h"
#include "workflows/report/CaseReportBuilder.h"
#include "workflows/report/PosterBuilder.h"
#include "workflows/review/ReviewActions.h"
#include "workflows/search/CaseSearchActions.h"
#include "workflows/storage/WorkstationDatabase.h"

using namespace reunite;
using reunite::test::TempFolder;

namespace {

constexpr const char* kTimestamp = "2025-03-01T09:30:00Z";
constexpr const char* kEmptyCase = "EMPTY-0002";

// One demo-like workspace per test run: the demo gallery and case, a search, three decisions and
// an empty second case.
struct Workspace {
    TempFolder folder{"reunite-report-test"};
    std::filesystem::path databaseFile = folder.file("reunite.db");
    std::unique_ptr<db::Database> database;
    workflows::Engine engine;
    std::unique_ptr<workflows::Session> session;
    db::CaseRecord demoCase;
    workflows::RankedLeads leads;
    std::vector<std::string> notes{"Ears and jaw line alike; keep for the family's review.",
                                   "Kept at first, but the region does not fit.", "Strong resemblance: DNA from the mother requested."};

    Workspace() {
        Result<std::unique_ptr<db::Database>> opened = openWorkstationDatabase(databaseFile);
        REQUIRE(opened.ok());
        database = std::move(opened).value();
        session = std::make_unique<workflows::Session>(*database, test::testAccount(*database, "analyst-a", Role::Analyst).value(), engine);
        Result<db::CaseRecord> built = workflows::DemoWorkspace(*session, reunite::test::samplesDir()).build();
        INFO((built ? std::string() : built.error().message));
        REQUIRE(built.ok());
        demoCase = built.value();
        workflows::CaseSearchOptions options;
        options.filterBySex = false;
        options.birthYearTolerance = -1;
        Result<workflows::RankedLeads> searched = workflows::CaseSearchActions(*session).search(demoCase.id, options);
        INFO((searched ? std::string() : searched.error().message));
        REQUIRE(searched.ok());
        leads = searched.value();
        REQUIRE(leads.leads.size() >= 3);
        decide(0, db::ReviewDecision::Kept, notes[0]);
        decide(1, db::ReviewDecision::Kept, "Kept for now.");
        decide(1, db::ReviewDecision::Rejected, notes[1]);
        decide(2, db::ReviewDecision::DnaRequested, notes[2]);
        db::CaseRecord empty;
        empty.caseNumber = kEmptyCase;
        empty.givenNames = "Nobody";
        REQUIRE(workflows::CaseActions(*session).create(empty).ok());
    }

    void decide(std::size_t lead, db::ReviewDecision decision, const std::string& note) {
        workflows::ReviewRequest request{.caseId = demoCase.id, .candidateId = leads.leads[lead].candidate.id, .decision = decision,
                                         .note = note, .searchRunId = leads.run.id};
        REQUIRE(workflows::ReviewActions(*session).decide(request).ok());
    }
};

Workspace& workspace() {
    static Workspace shared;
    return shared;
}

std::string cli() { return std::string(REUNITE_BINARY_DIR) + "/bin/reunite-cli"; }

// reunite-cli on the workspace's database, signed in as the analyst "analyst-a".
reunite::test::CommandOutput runCli(const std::string& arguments) {
    const std::filesystem::path password = workspace().databaseFile.parent_path() / "analyst-a.password";
    if (!std::filesystem::exists(password)) std::ofstream(password) << reunite::test::kTestPassword << "\n";
    return reunite::test::runCommand("REUNITE_PASSWORD_FILE=" + reunite::test::shellQuoted(password.string()) + " " +
                                     reunite::test::shellQuoted(cli()) + " " + arguments + " --db " +
                                     reunite::test::shellQuoted(workspace().databaseFile.string()) + " --user analyst-a");
}

std::string leadName(const workflows::Lead& lead) { return lead.candidate.givenNames + " " + lead.candidate.familyName; }

std::set<std::string> filesIn(const std::filesystem::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
}

}  // namespace

TEST_CASE("the report builder fills the model from the database through the actions", "[report][workflow]") {
    Workspace& w = workspace();
    workflows::CaseReportRequest request;
    request.document = workflows::DocumentRequest{w.demoCase.id, report::ReportLanguage::English, kTimestamp};
    std::size_t lastProcessed = 0;
    Result<report::CaseReportModel> built =
        workflows::CaseReportBuilder(*w.session).build(request, [&](const Progress& p) { lastProcessed = p.processed; });
    INFO((built ? std::string() : built.error().message));
    REQUIRE(built.ok());
    const report::CaseReportModel& model = built.value();
    CHECK(model.caseInfo.caseNumber == workflows::DemoWorkspace::kCaseNumber);
    CHECK(model.generatedAt == kTimestamp);
    CHECK(model.generatedBy == "analyst-a");
    REQUIRE(model.photos.size() == 1);
    CHECK_FALSE(model.photos.front().image.empty());
    CHECK(std::max(model.photos.front().image.width, model.photos.front().image.height) <= request.photoMaxSide);
    REQUIRE_FALSE(model.photos.front().faces.empty());
    CHECK(model.photos.front().faces.front().width > 0);
    REQUIRE(model.relatives.size() == 1);
    CHECK(model.relatives.front().relationKey == "mother");
    CHECK(model.relatives.front().photos.size() == 1);
    // The demo child, born 1990-06-15, is 34.71 years old on the report date (12678 days; the
    // search's rule: fractional years); the photo shows her at 6.
    INFO((model.progressionNotes.empty() ? std::string() : model.progressionNotes.front()));
    REQUIRE(model.progressions.size() == 1);
    CHECK(model.progressions.front().sourceAge == 6);
    CHECK(model.progressions.front().targetAge == Approx(12678 / 365.2425));
    CHECK_FALSE(model.progressions.front().after.empty());
    CHECK(model.progressions.front().after.pixels != model.progressions.front().before.pixels);
    REQUIRE(model.searchRuns.size() == 1);
    const report::ReportSearchRun& run = model.searchRuns.front();
    CHECK(run.runId == w.leads.run.id);
    CHECK(run.modelId.rfind("face_recognition:", 0) == 0);
    CHECK(run.leads.size() == w.leads.leads.size());
    for (const report::ReportLead& lead : run.leads) {
        INFO("lead " << lead.rank);
        CHECK(lead.chip.width == request.leadChipSize);
        CHECK_FALSE(lead.components.empty());
        // Each lead's face was estimated: the report can show the birth years it looks.
        CHECK(lead.estimatedBirth.fromYear == w.leads.leads[static_cast<std::size_t>(lead.rank - 1)].estimatedBirthYears.fromYear);
        CHECK(lead.estimatedBirth.known());
    }
    CHECK(run.leads[2].currentDecisionKey == std::optional<std::string>("dna_requested"));
    REQUIRE(model.decisions.size() == 4);
    CHECK(model.decisions[0].note == w.notes[0]);
    CHECK(model.decisions[2].note == w.notes[1]);
    CHECK(model.decisions[2].decisionKey == "rejected");
    CHECK(model.decisions[3].decisionKey == "dna_requested");
    REQUIRE(model.method.figures.size() == 2);
    CHECK(model.method.figures.front().rows.size() == 3);
    // Request DNA… in the review opened a DNA request: the report's DNA part shows it, without analyses yet.
    REQUIRE(model.dna.has_value());
    REQUIRE(model.dna->requests.size() == 1);
    CHECK(model.dna->requests.front().statusKey == "requested");
    CHECK(model.dna->analyses.empty());
    REQUIRE(model.auditChainHead.has_value());
    CHECK(std::regex_match(*model.auditChainHead, std::regex(R"(\d+:[0-9a-f]{64})")));
    CHECK(lastProcessed == 1 + 1 + 1 + 1 + run.leads.size());  // photo, relative photo, progression, run, leads

    // Built again, the report differs only by its audit head: making it was recorded.
    Result<report::CaseReportModel> again = workflows::CaseReportBuilder(*w.session).build(request);
    REQUIRE(again.ok());
    CHECK(again.value().auditChainHead != model.auditChainHead);
    report::CaseReportModel sameHead = again.value();
    sameHead.auditChainHead = model.auditChainHead;
    CHECK(report::contentDigest(sameHead) == report::contentDigest(model));
}

TEST_CASE("a report can leave out the people of the photo database outside the top leads", "[report][workflow][privacy]") {
    Workspace& w = workspace();
    workflows::CaseReportRequest request;
    request.document = workflows::DocumentRequest{w.demoCase.id, report::ReportLanguage::English, kTimestamp};
    request.progressions = false;
    request.topLeads = 1;
    Result<report::CaseReportModel> built = workflows::CaseReportBuilder(*w.session).build(request);
    REQUIRE(built.ok());
    REQUIRE(built.value().searchRuns.size() == 1);
    const report::ReportSearchRun& run = built.value().searchRuns.front();
    // Rank 1, and ranks 2 and 3 because they were reviewed; nobody else.
    REQUIRE(run.leads.size() == 3);
    for (const report::ReportLead& lead : run.leads) CHECK((lead.rank == 1 || lead.currentDecisionKey.has_value()));
    const int leftOut = static_cast<int>(w.leads.leads.size()) - 3;
    CHECK(built.value().leadsLeftOut == leftOut);
    if (leftOut > 0) {
        REQUIRE_FALSE(run.notes.empty());
        CHECK(run.notes.back().find(std::to_string(leftOut) + " people of the photo database") == 0);
    }
    CHECK(built.value().decisions.size() == 4);  // every decision stays

    request.topLeads = 0;
    const Result<report::CaseReportModel> refused = workflows::CaseReportBuilder(*w.session).build(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(runCli("report --case " + std::string(workflows::DemoWorkspace::kCaseNumber) + " --out " +
                 reunite::test::shellQuoted(w.folder.file("top.pdf").string()) + " --top-leads 0")
              .exitCode == 2);
}

TEST_CASE("the poster builder takes the childhood face and progresses it to today's age", "[report][workflow]") {
    Workspace& w = workspace();
    Result<workflows::BuiltPoster> built =
        workflows::PosterBuilder(*w.session).build(workflows::PosterRequest{{w.demoCase.id, report::ReportLanguage::English, kTimestamp}, "", 700});
    REQUIRE(built.ok());
    const report::PosterModel& model = built.value().model;
    CHECK(model.caseInfo.caseNumber == workflows::DemoWorkspace::kCaseNumber);
    CHECK_FALSE(model.childhoodPhoto.empty());
    REQUIRE(model.progressed.has_value());
    CHECK(model.progressed->targetAge == Approx(12678 / 365.2425));
    CHECK(report::posterAgeNow(model) == std::optional<double>(34));
    CHECK(model.childhoodAge == std::optional<double>(6));
}

namespace {

// The audit chain head a report prints ("ENTRY:SHA256"), and the text with it and the content
// digest replaced (both change with every report: making one is recorded in the audit trail).
struct ReportText {
    std::int64_t headEntry = 0;
    std::string withoutHead;
};

ReportText reportText(const std::filesystem::path& pdf) {
    const std::string text = reunite::test::pdfText(pdf);
    std::smatch head;
    REQUIRE(std::regex_search(text, head, std::regex(R"((\d+):([0-9a-f]{64}))")));
    std::string masked = std::regex_replace(text, std::regex(R"(\d+:[0-9a-f]{64})"), "HEAD");
    masked = std::regex_replace(masked, std::regex(R"(SHA-256 [0-9a-f]{16})"), "DIGEST");
    masked = std::regex_replace(masked, std::regex(R"([0-9a-f]{64})"), "DIGEST");
    return {std::stoll(head[1].str()), masked};
}

}  // namespace

TEST_CASE("reunite-cli report: the same state and timestamp give the same report but for its audit head", "[report][cli]") {
    Workspace& w = workspace();
    TempFolder out;
    const auto first = out.file("first.pdf");
    const auto second = out.file("second.pdf");
    const std::string common = std::string("report --case ") + workflows::DemoWorkspace::kCaseNumber + " --timestamp " + kTimestamp;
    const auto a = runCli(common + " --out " + reunite::test::shellQuoted(first.string()));
    INFO(a.output);
    REQUIRE(a.exitCode == 0);
    const auto b = runCli(common + " --out " + reunite::test::shellQuoted(second.string()));
    REQUIRE(b.exitCode == 0);
    const ReportText firstText = reportText(first), secondText = reportText(second);
    CHECK(secondText.headEntry > firstText.headEntry);  // the second report is itself in the trail
    CHECK(firstText.withoutHead == secondText.withoutHead);

    const std::string text = reunite::test::pdfText(first);
    CHECK(text.find(workflows::DemoWorkspace::kCaseNumber) != std::string::npos);
    for (const workflows::Lead& lead : w.leads.leads) CHECK(text.find(leadName(lead)) != std::string::npos);
    for (const std::string& note : w.notes) CHECK(text.find(note) != std::string::npos);
    CHECK(text.find("2025-03-01 09:30 UTC") != std::string::npos);
    for (const auto& font : reunite::test::pdfFonts(first)) CHECK(font.embedded);

    const auto chinese = out.file("zh.pdf");
    REQUIRE(runCli(common + " --lang zh_CN --out " + reunite::test::shellQuoted(chinese.string())).exitCode == 0);
    const std::string zh = reunite::test::pdfText(chinese);
    CHECK(zh.find("案件报告") != std::string::npos);
    CHECK(zh.find("审查决定") != std::string::npos);
    CHECK(zh.find(w.notes[2]) != std::string::npos);
    CHECK(filesIn(out.path()) == std::set<std::string>{"first.pdf", "second.pdf", "zh.pdf"});
}

TEST_CASE("reunite-cli report of an empty case has the four pages of an empty report", "[report][cli]") {
    TempFolder out;
    const auto file = out.file("empty.pdf");
    const auto result = runCli(std::string("report --case ") + kEmptyCase + " --timestamp 2025-03-01 --out " +
                               reunite::test::shellQuoted(file.string()));
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    CHECK(reunite::test::pdfPages(file) == 4);
    CHECK(reunite::test::pdfText(file).find("No search has been run") != std::string::npos);
}

TEST_CASE("reunite-cli report and poster: bad case exit 2, unwritable output exit 3, never a partial file", "[report][cli]") {
    TempFolder out;
    const auto target = out.file("report.pdf");
    for (const char* command : {"report", "poster"}) {
        INFO(command);
        const auto badCase = runCli(std::string(command) + " --case NO-SUCH-CASE --out " + reunite::test::shellQuoted(target.string()));
        CHECK(badCase.exitCode == 2);
        CHECK(badCase.output.find("NO-SUCH-CASE") != std::string::npos);
        const auto blocker = out.write("not-a-folder", "x");
        const auto unwritable = runCli(std::string(command) + " --case " + workflows::DemoWorkspace::kCaseNumber + " --out " +
                                       reunite::test::shellQuoted((blocker / "report.pdf").string()));
        CHECK(unwritable.exitCode == 3);
        CHECK(unwritable.output.find("cannot write") != std::string::npos);
        const auto folderAsFile = runCli(std::string(command) + " --case " + workflows::DemoWorkspace::kCaseNumber + " --out " +
                                         reunite::test::shellQuoted(out.path().string()));
        CHECK(folderAsFile.exitCode == 3);
        const auto badTime = runCli(std::string(command) + " --case " + workflows::DemoWorkspace::kCaseNumber +
                                    " --timestamp 2025-02-30 --out " + reunite::test::shellQuoted(target.string()));
        CHECK(badTime.exitCode == 2);
        const auto missingOut = runCli(std::string(command) + " --case " + workflows::DemoWorkspace::kCaseNumber);
        CHECK(missingOut.exitCode == 2);
        CHECK(filesIn(out.path()) == std::set<std::string>{"not-a-folder"});
    }
}

TEST_CASE("reunite-cli poster: one bilingual page with the name and the contact", "[report][cli]") {
    TempFolder out;
    const auto file = out.file("poster.pdf");
    const auto result = runCli(std::string("poster --case ") + workflows::DemoWorkspace::kCaseNumber +
                               " --contact 'Demo police hotline 110' --timestamp " + kTimestamp + " --out " +
                               reunite::test::shellQuoted(file.string()));
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    CHECK(reunite::test::pdfPages(file) == 1);
    const std::string text = reunite::test::pdfText(file);
    CHECK(reunite::test::missingPhrases(text, {"Alex Sample (demo)", "寻找失踪儿童", "Demo police hotline 110", "not a photograph"}).empty());
}

namespace {

// A trio where M and F are the parents of C at four CODIS loci (synthetic profiles).
const char* const kTrioProfiles =
    "sample,marker,allele1,allele2\n"
    "M,D3S1358,15,16\nM,vWA,14,17\nM,TH01,7,9\nM,D8S1179,13,13\n"
    "F,D3S1358,15,17\nF,vWA,16,18\nF,TH01,9,9.3\nF,D8S1179,10,14\n"
    "C,D3S1358,16,17\nC,vWA,14,18\nC,TH01,9,9.3\nC,D8S1179,13,14\n";

// `dna kinship --json` of the synthetic trio, saved in `folder`.
std::filesystem::path trioKinshipResult(const TempFolder& folder) {
    const auto profiles = folder.write("profiles.csv", kTrioProfiles);
    const auto result = folder.file("kinship.json");
    const auto computed = reunite::test::runCommand(
        reunite::test::shellQuoted(cli()) + " dna kinship --frequencies " +
        reunite::test::shellQuoted(std::string(REUNITE_SOURCE_DIR) + "/resources/str/OstAsiaDB_v2023.txt") + " --profiles " +
        reunite::test::shellQuoted(profiles.string()) + " --hypothesis trio --candidate C --mother M --father F --json > " +
        reunite::test::shellQuoted(result.string()));
    INFO(computed.output);
    REQUIRE(computed.exitCode == 0);
    return result;
}

}  // namespace

TEST_CASE("reunite-cli report --dna-result prints the kinship analysis and its conclusion", "[report][cli][dna]") {
    TempFolder out;
    const auto result = trioKinshipResult(out);
    const auto file = out.file("with-dna.pdf");
    const auto made = runCli(std::string("report --case ") + workflows::DemoWorkspace::kCaseNumber + " --timestamp " + kTimestamp +
                             " --dna-result " + reunite::test::shellQuoted(result.string()) + " --out " +
                             reunite::test::shellQuoted(file.string()));
    INFO(made.output);
    REQUIRE(made.exitCode == 0);
    const std::string text = reunite::test::pdfText(file);
    const auto calculated = nlohmann::json::parse(reunite::test::readBytes(result));
    CHECK(text.find("Conclusion: " + calculated["conclusion"].get<std::string>()) != std::string::npos);
    for (const char* marker : {"D3S1358", "vWA", "TH01", "D8S1179"}) CHECK(text.find(marker) != std::string::npos);
    CHECK(text.find("candidate C") != std::string::npos);
    CHECK(text.find("No DNA confirmation has been recorded") == std::string::npos);

    const auto notJson = out.write("not-kinship.json", "{\"hypothesis\": \"trio\"}");
    const auto refused = runCli(std::string("report --case ") + workflows::DemoWorkspace::kCaseNumber + " --dna-result " +
                                reunite::test::shellQuoted(notJson.string()) + " --out " +
                                reunite::test::shellQuoted(out.file("refused.pdf").string()));
    CHECK(refused.exitCode == 3);
    CHECK(refused.output.find("dna kinship --json") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out.file("refused.pdf")));
}

// Not run by default: writes the demo case's report (English, Chinese) and poster (English,
// Chinese) into $REUNITE_REPORT_EXAMPLES_DIR for scripts/report-examples.sh.
TEST_CASE("example report and poster of the demo case", "[.examples]") {
    const char* folder = std::getenv("REUNITE_REPORT_EXAMPLES_DIR");
    REQUIRE(folder != nullptr);
    TempFolder scratch;
    const std::string dna = " --dna-result " + reunite::test::shellQuoted(trioKinshipResult(scratch).string());
    const std::string common = std::string(" --case ") + workflows::DemoWorkspace::kCaseNumber + " --timestamp " + kTimestamp;
    const auto out = [&](const char* name) { return " --out " + reunite::test::shellQuoted((std::filesystem::path(folder) / name).string()); };
    for (const std::string& arguments :
         {"report" + common + dna + out("demo-report-en.pdf"), "report" + common + dna + " --lang zh_CN" + out("demo-report-zh_CN.pdf"),
          "poster" + common + " --contact 'Demo police hotline 110'" + out("demo-poster-en.pdf"),
          "poster" + common + " --lang zh_CN --contact 'Demo police hotline 110'" + out("demo-poster-zh_CN.pdf")}) {
        const auto made = runCli(arguments);
        INFO(arguments << "\n" << made.output);
        CHECK(made.exitCode == 0);
    }
}
