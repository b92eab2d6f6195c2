// The DNA-confirmation actions without Qt: Request DNA… opens a request, samples and custody,
// lab import (all or nothing, per-row report), frequency tables, analysis (every field stored),
// and the three closing actions with their consequences on the case and the review.
#include <cmath>

#include <catch2/catch.hpp>

#include "ActionWorld.h"
#include "DnaFixture.h"
#include "db/repositories/CaseOutcomeRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/CustodyEventRepository.h"
#include "db/repositories/DnaRequestRepository.h"
#include "db/repositories/KinshipAnalysisRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/StrProfileRepository.h"
#include "db/sqlite/Statement.h"
#include "workflows/dna/DnaActions.h"
#include "workflows/review/ReviewActions.h"
#include "workflows/report/StoredDnaSection.h"

using namespace reunite;
using namespace reunite::workflows;
using reunite::test::ActionWorld;

namespace {

std::int64_t rowCount(db::Database& database, const std::string& table) {
    auto statement = database.prepare("SELECT count(*) FROM " + table);
    REQUIRE(statement.ok());
    return statement.value().readInt64().value();
}

std::int64_t requestDna(ActionWorld& world, const test::DnaCase& dnaCase) {
    Result<OpenedDnaRequest> opened = DnaActions(world.session()).request({dnaCase.caseId, dnaCase.candidateId, "face match rank 1", {}});
    INFO((opened ? std::string() : opened.error().message));
    REQUIRE(opened.ok());
    return opened.value().request.id;
}

void registerSamples(ActionWorld& world, std::int64_t requestId, const std::vector<std::pair<std::string, db::DonorRole>>& samples) {
    for (const auto& [code, role] : samples) {
        Result<db::DnaSampleRecord> sample = DnaActions(world.session()).registerSample(test::sampleFor(requestId, code, role));
        INFO((sample ? std::string() : sample.error().message));
        REQUIRE(sample.ok());
    }
}

LabImportReport importText(ActionWorld& world, std::int64_t requestId, const std::string& name, const std::string& text) {
    LabFileImportRequest input{requestId, world.folder().write(name, text), "GlobalFiler", "Provincial lab", "LR-2026-77"};
    Result<LabImportReport> report = DnaActions(world.session()).importLabFile(input);
    INFO((report ? std::string() : report.error().message));
    REQUIRE(report.ok());
    return std::move(report).value();
}

KinshipAnalysisRequest analysisOf(std::int64_t requestId, std::optional<dna::KinshipHypothesis> hypothesis = std::nullopt) {
    KinshipAnalysisRequest input;
    input.requestId = requestId;
    input.hypothesis = hypothesis;
    return input;
}

const std::map<std::string, std::string> kTrueFamily{{"CAND-001", "CAND-001"}, {"MOTHER-001", "MOTHER-001"}, {"FATHER-001", "FATHER-001"}};

std::int64_t typedFamily(ActionWorld& world, const test::DnaCase& dnaCase, const std::map<std::string, std::string>& rename = kTrueFamily) {
    const std::int64_t requestId = requestDna(world, dnaCase);
    registerSamples(world, requestId, {{"CAND-001", db::DonorRole::Candidate}, {"MOTHER-001", db::DonorRole::Mother}, {"FATHER-001", db::DonorRole::Father}});
    const LabImportReport report = importText(world, requestId, "family.csv", test::labTextFor(rename));
    REQUIRE(report.imported());
    return requestId;
}

}  // namespace

TEST_CASE("Request DNA… in the review opens one DNA request for the case and candidate", "[actions][dna]") {
    ActionWorld world;
    const test::DnaCase dnaCase = test::createDnaCase(world, "DNA-1");
    ReviewRequest decision{.caseId = dnaCase.caseId, .candidateId = dnaCase.candidateId, .decision = db::ReviewDecision::DnaRequested,
                           .note = "strong face match, same birthmark"};
    Result<db::ReviewDecisionRecord> decided = ReviewActions(world.session()).decide(decision);
    REQUIRE(decided.ok());
    Result<std::vector<db::DnaRequestRecord>> requests = db::DnaRequestRepository(world.database()).listForCase(dnaCase.caseId);
    REQUIRE(requests.ok());
    REQUIRE(requests.value().size() == 1);
    const db::DnaRequestRecord& request = requests.value().front();
    CHECK(request.candidateId == dnaCase.candidateId);
    CHECK(request.reason == "strong face match, same birthmark");
    CHECK(request.reviewDecisionId == decided.value().id);
    CHECK(request.status == db::DnaRequestStatus::Requested);
    CHECK(request.requestedBy == "test-analyst");
    CHECK(world.listener().heard(RecordKind::Dna, request.id));

    // Asking again keeps the one open request; a "kept" decision opens none.
    REQUIRE(ReviewActions(world.session()).decide(decision).ok());
    decision.decision = db::ReviewDecision::Kept;
    REQUIRE(ReviewActions(world.session()).decide(decision).ok());
    CHECK(db::DnaRequestRepository(world.database()).listForCase(dnaCase.caseId).value().size() == 1);
    Result<OpenedDnaRequest> again = DnaActions(world.session()).request({dnaCase.caseId, dnaCase.candidateId, "again", {}});
    REQUIRE(again.ok());
    CHECK_FALSE(again.value().created);
    CHECK(again.value().request.id == request.id);
}

TEST_CASE("samples are registered with their collection as the first custody event", "[actions][dna]") {
    ActionWorld world;
    const std::int64_t requestId = requestDna(world, test::createDnaCase(world, "DNA-2"));
    DnaActions dna(world.session());
    Result<db::DnaSampleRecord> sample = dna.registerSample(test::sampleFor(requestId, "CAND-001", db::DonorRole::Candidate));
    REQUIRE(sample.ok());
    CHECK(sample.value().registeredBy == "test-analyst");
    CHECK(db::DnaRequestRepository(world.database()).get(requestId).value().status == db::DnaRequestStatus::InProgress);

    REQUIRE(dna.addCustodyEvent({.sampleId = sample.value().id, .event = db::CustodyEventKind::Sealed, .occurredAt = "2026-11-20T10:20", .person = "Officer Wang", .note = "seal 88123"}).ok());
    REQUIRE(dna.addCustodyEvent({.sampleId = sample.value().id, .event = db::CustodyEventKind::Sent, .occurredAt = "2026-11-20", .person = "Courier Li", .note = ""}).ok());
    const std::vector<db::CustodyEventRecord> timeline = db::CustodyEventRepository(world.database()).timeline(sample.value().id).value();
    REQUIRE(timeline.size() == 3);
    CHECK(timeline[0].event == db::CustodyEventKind::Sent);  // a date alone sorts before the same day's times
    CHECK(timeline[1].event == db::CustodyEventKind::Collected);
    CHECK(timeline[1].person == "Officer Wang");
    CHECK(timeline[2].note == "seal 88123");

    SECTION("bad input is refused and stores nothing") {
        CHECK(dna.registerSample(test::sampleFor(requestId, "CAND-001", db::DonorRole::Mother)).error().code == ErrorCode::Database);
        auto undated = test::sampleFor(requestId, "S-2", db::DonorRole::Mother);
        undated.collectedAt = "yesterday";
        CHECK(dna.registerSample(undated).error().code == ErrorCode::InvalidArgument);
        auto anonymous = test::sampleFor(requestId, "S-3", db::DonorRole::Mother);
        anonymous.collectedBy = "  ";
        CHECK(dna.registerSample(anonymous).error().code == ErrorCode::InvalidArgument);
        CHECK(dna.addCustodyEvent({.sampleId = sample.value().id, .event = db::CustodyEventKind::Sealed, .occurredAt = "2026-13-01", .person = "X", .note = ""}).error().code == ErrorCode::InvalidArgument);
        CHECK(dna.addCustodyEvent({.sampleId = sample.value().id, .event = db::CustodyEventKind::Sealed, .occurredAt = "2026-11-21", .person = "", .note = ""}).error().code == ErrorCode::InvalidArgument);
        CHECK(rowCount(world.database(), "dna_samples") == 1);
        CHECK(rowCount(world.database(), "dna_custody_events") == 3);
    }
}

TEST_CASE("a lab file is imported all or nothing with a per-row report", "[actions][dna]") {
    ActionWorld world;
    const std::int64_t requestId = requestDna(world, test::createDnaCase(world, "DNA-3"));
    registerSamples(world, requestId, {{"CAND-001", db::DonorRole::Candidate}, {"MOTHER-001", db::DonorRole::Mother}});

    SECTION("a sample the request does not have: error, nothing imported") {
        const LabImportReport report = importText(world, requestId, "extra.csv", test::labTextFor({{"CAND-001", "CAND-001"}, {"FATHER-001", "FATHER-01"}}));
        CHECK_FALSE(report.imported());
        REQUIRE(dna::countErrors(report.problems) == 1);
        CHECK(report.problems.front().sample == "FATHER-01");
        CHECK(report.problems.front().line == 25);  // the unknown sample's first row
        CHECK(rowCount(world.database(), "str_profiles") == 0);
    }
    SECTION("a malformed line: the reader's error with its line, nothing imported") {
        std::string text = test::labTextFor({{"CAND-001", "CAND-001"}, {"MOTHER-001", "MOTHER-001"}});
        text.insert(text.find('\n', text.find('\n') + 1) + 1, "CAND-001,D99S999,six,8\n");
        const LabImportReport report = importText(world, requestId, "broken.csv", text);
        CHECK_FALSE(report.imported());
        REQUIRE(dna::hasErrors(report.problems));
        CHECK(report.problems.front().line == 3);
        CHECK(rowCount(world.database(), "str_profiles") == 0);
        CHECK(rowCount(world.database(), "str_profile_loci") == 0);
    }
    SECTION("a good file: one profile per sample with the file's name and SHA-256; the same file again is refused") {
        const LabImportReport report = importText(world, requestId, "good.csv", test::labTextFor({{"CAND-001", "CAND-001"}, {"MOTHER-001", "MOTHER-001"}}));
        REQUIRE(report.imported());
        REQUIRE(report.stored.size() == 2);
        CHECK(report.stored[0].loci.size() == 23);
        CHECK(report.stored[0].kit == "GlobalFiler");
        CHECK(report.stored[0].labReportId == "LR-2026-77");
        CHECK(report.stored[0].sourceFile == "good.csv");
        CHECK(report.stored[0].sourceSha256 == report.sha256);
        CHECK(report.sha256.size() == 64);
        CHECK(world.listener().heard(RecordKind::Dna, requestId));
        const LabImportReport again = importText(world, requestId, "good.csv", test::labTextFor({{"CAND-001", "CAND-001"}, {"MOTHER-001", "MOTHER-001"}}));
        CHECK_FALSE(again.imported());
        CHECK(dna::countErrors(again.problems) == 2);
        CHECK(rowCount(world.database(), "str_profiles") == 2);
    }
    SECTION("a registered sample the file lacks is a warning") {
        const LabImportReport report = importText(world, requestId, "cand.csv", test::labTextFor({{"CAND-001", "CAND-001"}}));
        CHECK(report.imported());
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.front().severity == dna::ImportProblem::Severity::Warning);
        CHECK(report.problems.front().sample == "MOTHER-001");
    }
}

TEST_CASE("the true family is analysed, supported, and confirming closes the case", "[actions][dna]") {
    ActionWorld world;
    const test::DnaCase dnaCase = test::createDnaCase(world, "DNA-4");
    const std::int64_t requestId = typedFamily(world, dnaCase);
    DnaActions dna(world.session());
    KinshipAnalysisRequest input;
    input.requestId = requestId;
    input.options.prior = 0.2;
    Result<db::KinshipAnalysisRecord> analysis = dna.analyse(input);
    INFO((analysis ? std::string() : analysis.error().message));
    REQUIRE(analysis.ok());
    const db::KinshipAnalysisRecord stored = db::KinshipAnalysisRepository(world.database()).get(analysis.value().id).value();
    CHECK(stored.hypothesis == "both-parents");
    CHECK(stored.lociCompared == 23);
    CHECK(stored.loci.size() == 23);
    CHECK(stored.inconsistentLoci == 1);  // the fixture's paternal mutation at D18S51
    for (const db::KinshipLocusRow& locus : stored.loci) {
        CHECK(locus.consistent == (locus.marker != "D18S51"));
        CHECK(locus.mutationModelUsed == !locus.consistent);
    }
    CHECK(stored.conclusion == "supported");
    CHECK(stored.combinedLr > 1e4);
    CHECK(stored.log10CombinedLr == Approx(std::log10(stored.combinedLr)));
    CHECK(stored.prior == 0.2);
    CHECK(stored.probability == Approx(stored.combinedLr * 0.2 / (stored.combinedLr * 0.2 + 0.8)));
    CHECK(stored.rule.find("GB/T 37223-2018") != std::string::npos);
    CHECK(stored.mutationModel == "stepwise");
    CHECK(stored.mutationRate == 0.002);
    CHECK(stored.powerOfExclusion.has_value());
    CHECK(stored.motherProfileId.has_value());
    CHECK(stored.fatherProfileId.has_value());
    CHECK(stored.analysedBy == "test-analyst");
    CHECK(stored.loci.front().genotypesJson.find("\"candidate\"") != std::string::npos);
    CHECK(db::DnaRequestRepository(world.database()).get(requestId).value().status == db::DnaRequestStatus::Analysed);
    CHECK(dna.frequencyTables().value().size() == 1);  // the shipped East Asian table, stored on first use

    CHECK(dna.close({requestId, db::DnaOutcome::Confirmed, "  "}).error().code == ErrorCode::InvalidArgument);
    CHECK(dna.close({requestId, db::DnaOutcome::Excluded, "no"}).error().code == ErrorCode::InvalidArgument);
    CHECK(rowCount(world.database(), "dna_case_outcomes") == 0);

    Result<ClosedDnaRequest> closed = dna.close({requestId, db::DnaOutcome::Confirmed, "CPI above 10,000 with both parents; family informed"});
    REQUIRE(closed.ok());
    CHECK(closed.value().request.status == db::DnaRequestStatus::Confirmed);
    CHECK(db::CaseRepository(world.database()).get(dnaCase.caseId).value().status == db::CaseStatus::Closed);
    const std::vector<db::CaseOutcomeRecord> outcomes = db::CaseOutcomeRepository(world.database()).listForCase(dnaCase.caseId).value();
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.front().outcome == db::DnaOutcome::Confirmed);
    CHECK(outcomes.front().analysisId == analysis.value().id);
    CHECK(world.listener().heard(RecordKind::Case, dnaCase.caseId));

    // A confirmed request takes no more work.
    CHECK(dna.registerSample(test::sampleFor(requestId, "LATE-1", db::DonorRole::FullSibling)).error().code == ErrorCode::InvalidArgument);
    CHECK(dna.analyse(input).error().code == ErrorCode::InvalidArgument);
    CHECK(dna.close({requestId, db::DnaOutcome::MoreLociRequested, "more"}).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("an unrelated candidate is excluded and rejected in the review with the DNA reason", "[actions][dna]") {
    ActionWorld world;
    const test::DnaCase dnaCase = test::createDnaCase(world, "DNA-5");
    const std::int64_t requestId =
        typedFamily(world, dnaCase, {{"OTHER-001", "CAND-001"}, {"MOTHER-001", "MOTHER-001"}, {"FATHER-001", "FATHER-001"}});
    DnaActions dna(world.session());
    Result<db::KinshipAnalysisRecord> analysis = dna.analyse(analysisOf(requestId));
    REQUIRE(analysis.ok());
    CHECK(analysis.value().conclusion == "excluded");
    CHECK(analysis.value().inconsistentLoci >= 3);
    CHECK(dna.close({requestId, db::DnaOutcome::Confirmed, "no"}).error().code == ErrorCode::InvalidArgument);

    Result<ClosedDnaRequest> closed = dna.close({requestId, db::DnaOutcome::Excluded, "excluded at many loci"});
    REQUIRE(closed.ok());
    REQUIRE(closed.value().rejection.has_value());
    const auto current = db::ReviewDecisionRepository(world.database()).currentDecision(dnaCase.caseId, dnaCase.candidateId).value();
    REQUIRE(current.has_value());
    CHECK(current->decision == db::ReviewDecision::Rejected);
    CHECK(current->note.rfind("DNA exclusion (analysis", 0) == 0);
    CHECK(current->note.find("excluded at many loci") != std::string::npos);
    CHECK(db::CaseRepository(world.database()).get(dnaCase.caseId).value().status == db::CaseStatus::Open);
    CHECK(db::ReviewDecisionRepository(world.database()).rejectedCandidateIds(dnaCase.caseId).value() == std::vector<std::int64_t>{dnaCase.candidateId});
}

TEST_CASE("an inconclusive duo asks for more loci and the request stays open", "[actions][dna]") {
    ActionWorld world;
    const test::DnaCase dnaCase = test::createDnaCase(world, "DNA-6");
    const std::int64_t requestId = requestDna(world, dnaCase);
    registerSamples(world, requestId, {{"CAND-001", db::DonorRole::Candidate}, {"MOTHER-001", db::DonorRole::Mother}});
    REQUIRE(importText(world, requestId, "few.csv", test::labTextFor({{"CAND-001", "CAND-001"}, {"MOTHER-001", "MOTHER-001"}}, 3)).imported());
    DnaActions dna(world.session());
    Result<db::KinshipAnalysisRecord> analysis = dna.analyse(analysisOf(requestId));
    REQUIRE(analysis.ok());
    CHECK(analysis.value().hypothesis == "duo");
    CHECK(analysis.value().lociCompared == 3);
    CHECK(analysis.value().conclusion == "inconclusive");
    Result<ClosedDnaRequest> closed = dna.close({requestId, db::DnaOutcome::MoreLociRequested, "only 3 loci typed; ask the lab for the full kit"});
    REQUIRE(closed.ok());
    CHECK(closed.value().request.status == db::DnaRequestStatus::MoreLociRequested);

    // The full typing arrives: imported and analysed again.
    REQUIRE(importText(world, requestId, "full.csv", test::labTextFor({{"CAND-001", "CAND-001"}, {"MOTHER-001", "MOTHER-001"}})).imported());
    Result<db::KinshipAnalysisRecord> again = dna.analyse(analysisOf(requestId));
    REQUIRE(again.ok());
    CHECK(again.value().lociCompared == 23);
    CHECK(db::KinshipAnalysisRepository(world.database()).listForRequest(requestId).value().size() == 2);
}

TEST_CASE("frequency tables are imported once, checked first, and chosen for an analysis", "[actions][dna]") {
    ActionWorld world;
    DnaActions dna(world.session());
    const std::filesystem::path norway = std::filesystem::path(REUNITE_SOURCE_DIR) / "resources/str/NorskDB_v2023.txt";
    Result<FrequencyTableImportReport> imported = dna.importFrequencyTable({norway, "Norway"});
    REQUIRE(imported.ok());
    REQUIRE(imported.value().stored.has_value());
    CHECK(imported.value().stored->markerCount == 50);
    CHECK(dna.importFrequencyTable({norway, "Norway again"}).value().stored->id == imported.value().stored->id);

    Result<FrequencyTableImportReport> broken = dna.importFrequencyTable({world.folder().write("bad.txt", "TH01\n6\tnot-a-number\n"), ""});
    REQUIRE(broken.ok());
    CHECK_FALSE(broken.value().stored.has_value());
    CHECK(dna::hasErrors(broken.value().problems));
    CHECK(dna.frequencyTables().value().size() == 1);
    CHECK(dna.importFrequencyTable({world.folder().file("missing.txt"), ""}).error().code == ErrorCode::NotFound);

    const test::DnaCase dnaCase = test::createDnaCase(world, "DNA-7");
    const std::int64_t requestId = typedFamily(world, dnaCase);
    KinshipAnalysisRequest input = analysisOf(requestId, dna::KinshipHypothesis::Duo);
    input.frequencyTableId = imported.value().stored->id;
    Result<db::KinshipAnalysisRecord> analysis = dna.analyse(input);
    REQUIRE(analysis.ok());
    CHECK(analysis.value().frequencyTableId == imported.value().stored->id);
    CHECK(analysis.value().hypothesis == "duo");
    CHECK(analysis.value().fatherProfileId.has_value() != analysis.value().motherProfileId.has_value());
    input.frequencyTableId = 999;
    CHECK_FALSE(dna.analyse(input).ok());
    input.frequencyTableId.reset();
    input.options.theta = 0.7;
    CHECK(dna.analyse(input).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("an analysis needs typed samples of the candidate and a relative", "[actions][dna]") {
    ActionWorld world;
    const std::int64_t requestId = requestDna(world, test::createDnaCase(world, "DNA-8"));
    DnaActions dna(world.session());
    CHECK(dna.analyse(analysisOf(requestId)).error().code == ErrorCode::InvalidArgument);
    registerSamples(world, requestId, {{"CAND-001", db::DonorRole::Candidate}, {"MOTHER-001", db::DonorRole::Mother}});
    REQUIRE(importText(world, requestId, "cand.csv", test::labTextFor({{"CAND-001", "CAND-001"}})).imported());
    Result<db::KinshipAnalysisRecord> noRelative = dna.analyse(analysisOf(requestId));
    REQUIRE_FALSE(noRelative.ok());
    CHECK(noRelative.error().message.find("parent or sibling") != std::string::npos);
    CHECK(dna.analyse(analysisOf(requestId, dna::KinshipHypothesis::FullSibling)).error().code == ErrorCode::InvalidArgument);
    CHECK(rowCount(world.database(), "kinship_analyses") == 0);
}

TEST_CASE("DNA actions refuse an unnamed user", "[actions][dna]") {
    ActionWorld world;
    workflows::Session nobody(world.database(), workflows::Actor{0, "  ", Role::Supervisor}, test::sharedEngine());
    CHECK(DnaActions(nobody).request({1, 1, "x", {}}).error().code == ErrorCode::AccessDenied);
    CHECK(DnaActions(nobody).close({1, db::DnaOutcome::Confirmed, "x"}).error().code == ErrorCode::AccessDenied);
}

TEST_CASE("the case report's DNA part comes from the stored DNA work", "[actions][dna][report]") {
    ActionWorld world;
    const test::DnaCase dnaCase = test::createDnaCase(world, "DNA-9");
    Result<std::optional<report::DnaSection>> none = storedDnaSection(world.session(), dnaCase.caseId);
    REQUIRE(none.ok());
    CHECK_FALSE(none.value().has_value());

    const std::int64_t requestId = typedFamily(world, dnaCase);
    REQUIRE(DnaActions(world.session()).analyse(analysisOf(requestId)).ok());
    Result<std::optional<report::DnaSection>> section = storedDnaSection(world.session(), dnaCase.caseId);
    REQUIRE(section.ok());
    REQUIRE(section.value().has_value());
    const report::DnaSection& dna = *section.value();
    REQUIRE(dna.requests.size() == 1);
    CHECK_FALSE(dna.requests.front().reason.empty());
    REQUIRE(dna.samples.size() == 3);
    CHECK(dna.samples.front().sampleId == "CAND-001");
    CHECK(dna.samples.front().whoseKey == "candidate");
    REQUIRE_FALSE(dna.samples.front().custody.empty());
    CHECK(dna.samples.front().custody.front().eventKey == "collected");
    REQUIRE(dna.analyses.size() == 1);
    const report::KinshipAnalysisEntry& analysis = dna.analyses.front();
    CHECK(analysis.hypothesis == "both-parents");
    CHECK(analysis.conclusionKey == "supported");
    CHECK_FALSE(analysis.frequencyTable.empty());
    CHECK(analysis.frequencyTable.front() != '#');
    CHECK(analysis.loci.size() == 23);
    CHECK(analysis.inconsistentLoci == 1);
    CHECK(analysis.sampleColumns == std::vector<std::string>{"CAND-001", "MOTHER-001", "FATHER-001"});
    CHECK(analysis.sampleColumnRoles == std::vector<std::string>{"candidate", "mother", "father"});
    for (const report::DnaLocusRow& row : analysis.loci) CHECK(row.genotypes.size() == 3);
    CHECK(analysis.combinedIndex > 10000);
    CHECK_FALSE(analysis.analyst.empty());
}
