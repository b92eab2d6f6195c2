// The DNA-confirmation tables (migration 2) through their repositories: an older database is
// upgraded in place; custody events and outcomes are append-only; a profile or an analysis is
// written with all its loci or not at all; a frequency table is stored once per text; inputs are
// checked before writing.
#include <catch2/catch.hpp>

#include "DbTestSupport.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/CaseOutcomeRepository.h"
#include "db/repositories/CustodyEventRepository.h"
#include "db/repositories/DnaRequestRepository.h"
#include "db/repositories/DnaSampleRepository.h"
#include "db/repositories/FrequencyTableRepository.h"
#include "db/repositories/KinshipAnalysisRepository.h"
#include "db/repositories/StrProfileRepository.h"

using namespace reunite::db::test;

namespace {

struct DnaRows {
    std::int64_t caseId = 0;
    std::int64_t requestId = 0;
    std::int64_t sampleId = 0;
};

DnaRows requestWithSample(Database& database) {
    DnaRows rows;
    rows.caseId = addSampleCase(database, "D-1");
    const std::int64_t candidateId = addSampleCandidate(database, "C-1");
    DnaRequestRecord request;
    request.caseId = rows.caseId;
    request.candidateId = candidateId;
    request.reason = "face match";
    rows.requestId = valueOrFail(DnaRequestRepository(database).create(request, kAnalyst)).id;
    DnaSampleRecord sample;
    sample.requestId = rows.requestId;
    sample.sampleCode = "S-1";
    sample.collectedAt = "2026-11-20";
    sample.collectedBy = "Officer";
    rows.sampleId = valueOrFail(DnaSampleRepository(database).create(sample, kAnalyst)).id;
    return rows;
}

StrProfileRecord profileOf(std::int64_t sampleId, std::vector<StrLocusRow> loci) {
    StrProfileRecord profile;
    profile.sampleId = sampleId;
    profile.sourceFile = "lab.csv";
    profile.sourceSha256 = sampleSha256(1);
    profile.fileLayout = "simple_csv";
    profile.loci = std::move(loci);
    return profile;
}

}  // namespace

TEST_CASE("a version-1 database is upgraded to the DNA tables with its rows kept", "[db][dna]") {
    TempFolder folder("reunite-db-dna");
    const auto path = folder.file("old.db");
    {
        auto database = openDatabaseAtVersion(path, 1);
        CHECK(valueOrFail(database->schemaVersion()) == 1);
        // Written as version 1 stored it (the repositories write the current schema).
        requireOk(database->execute("INSERT INTO cases (case_number, created_at, created_by, updated_at, updated_by) "
                                    "VALUES ('OLD-1', '2026-01-01T00:00:00.000Z', 'a', '2026-01-01T00:00:00.000Z', 'a')"));
    }
    auto database = openDatabase(path);
    CHECK(valueOrFail(database->schemaVersion()) == currentSchemaVersion());
    CHECK(rowCount(*database, "cases") == 1);
    CHECK(rowCount(*database, "dna_requests") == 0);
    // Version 4: the old case has an empty contact, and one can be stored.
    CaseRecord old = valueOrFail(CaseRepository(*database).findByCaseNumber("OLD-1")).value();
    CHECK(old.contact.empty());
    old.contact = "Li family, 138 0000 0000";
    valueOrFail(CaseRepository(*database).update(old, kAnalyst));
    CHECK(valueOrFail(CaseRepository(*database).get(old.id)).contact == "Li family, 138 0000 0000");
}

TEST_CASE("custody events and outcomes are history: the schema refuses edits", "[db][dna]") {
    TempFolder folder("reunite-db-dna");
    auto database = openDatabase(folder.file("dna.db"));
    const DnaRows rows = requestWithSample(*database);
    CustodyEventRecord event;
    event.sampleId = rows.sampleId;
    event.event = CustodyEventKind::Sealed;
    event.occurredAt = "2026-11-20T10:00";
    event.person = "Officer";
    valueOrFail(CustodyEventRepository(*database).record(event, kAnalyst));
    CHECK_FALSE(database->execute("UPDATE dna_custody_events SET person = 'someone else'").ok());
    CaseOutcomeRecord outcome;
    outcome.caseId = rows.caseId;
    outcome.requestId = rows.requestId;
    outcome.note = "more loci";
    valueOrFail(CaseOutcomeRepository(*database).record(outcome, kAnalyst));
    CHECK_FALSE(database->execute("UPDATE dna_case_outcomes SET note = 'changed'").ok());
    outcome.note = " \n";
    CHECK(CaseOutcomeRepository(*database).record(outcome, kAnalyst).error().code == ErrorCode::InvalidArgument);
    CHECK(rowCount(*database, "dna_case_outcomes") == 1);
    event.occurredAt = "20.11.2026";
    CHECK(CustodyEventRepository(*database).record(event, kAnalyst).error().code == ErrorCode::InvalidArgument);
    event.occurredAt = "2026-11-20T25:00";
    CHECK(CustodyEventRepository(*database).record(event, kAnalyst).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a child row whose text is not UTF-8 is refused as bad input, with its parent", "[db][dna]") {
    TempFolder folder("reunite-db-dna-utf8");
    auto database = openDatabase(folder.file("dna.db"));
    const DnaRows rows = requestWithSample(*database);
    const Result<StrProfileRecord> refused =
        StrProfileRepository(*database).create(profileOf(rows.sampleId, {{"vWA", "16/17", 3}, {"TH\xff" "01", "6/9.3", 2}}), kAnalyst);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().message.find("UTF-8") != std::string::npos);
    CHECK(rowCount(*database, "str_profiles") == 0);
    CHECK(rowCount(*database, "str_profile_loci") == 0);
}

TEST_CASE("a profile is stored with all its loci or not at all", "[db][dna]") {
    TempFolder folder("reunite-db-dna");
    auto database = openDatabase(folder.file("dna.db"));
    const DnaRows rows = requestWithSample(*database);
    StrProfileRepository profiles(*database);
    // The second TH01 breaks the loci's primary key: the profile row goes too.
    CHECK_FALSE(profiles.create(profileOf(rows.sampleId, {{"TH01", "6/9.3", 2}, {"TH01", "7/8", 3}}), kAnalyst).ok());
    CHECK(rowCount(*database, "str_profiles") == 0);
    CHECK(rowCount(*database, "str_profile_loci") == 0);
    const StrProfileRecord stored = valueOrFail(profiles.create(profileOf(rows.sampleId, {{"vWA", "16/17", 3}, {"TH01", "6/9.3", 2}}), kAnalyst));
    REQUIRE(stored.loci.size() == 2);
    CHECK(stored.loci[0].marker == "TH01");  // ordered by marker
    CHECK(stored.loci[0].sourceLine == 2);
    CHECK(valueOrFail(profiles.latestForSample(rows.sampleId))->id == stored.id);
    const Result<StrProfileRecord> again = profiles.create(profileOf(rows.sampleId, {{"vWA", "16/17", 3}}), kAnalyst);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.find("already been imported") != std::string::npos);
    StrProfileRecord badSha = profileOf(rows.sampleId, {{"vWA", "16/17", 3}});
    badSha.sourceSha256 = "ABC";
    CHECK(profiles.create(badSha, kAnalyst).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("an analysis keeps every field and its loci in order, bad values are refused", "[db][dna]") {
    TempFolder folder("reunite-db-dna");
    auto database = openDatabase(folder.file("dna.db"));
    const DnaRows rows = requestWithSample(*database);
    const std::int64_t profileId = valueOrFail(StrProfileRepository(*database).create(profileOf(rows.sampleId, {{"TH01", "6/7", 2}}), kAnalyst)).id;
    FrequencyTableRecord table{0, "Test table", "t.txt", sampleSha256(2), "TH01\n6\t0.5\n7\t0.5\n", 1, "", ""};
    const FrequencyTableRecord storedTable = valueOrFail(FrequencyTableRepository(*database).store(table, kAnalyst));
    table.name = "same text, other name";
    CHECK(valueOrFail(FrequencyTableRepository(*database).store(table, kAnalyst)).id == storedTable.id);
    CHECK(valueOrFail(FrequencyTableRepository(*database).list()).front().content.empty());

    KinshipAnalysisRecord analysis;
    analysis.requestId = rows.requestId;
    analysis.hypothesis = "duo";
    analysis.candidateProfileId = profileId;
    analysis.motherProfileId = profileId;
    analysis.frequencyTableId = storedTable.id;
    analysis.theta = 0.01;
    analysis.prior = 0.3;
    analysis.combinedLr = 2.5;
    analysis.log10CombinedLr = 0.39794;
    analysis.probability = 0.517;
    analysis.lociCompared = 2;
    analysis.inconsistentLoci = 1;
    analysis.powerOfExclusion = 0.4;
    analysis.conclusion = "inconclusive";
    analysis.rule = "test rule";
    analysis.loci = {{"TH01", 5.0, true, false, 0.3, R"({"candidate":"6/7","mother":"6/6"})", "[]"},
                     {"vWA", 0.5, false, true, std::nullopt, "{}", R"(["note"])"}};
    const KinshipAnalysisRecord stored = valueOrFail(KinshipAnalysisRepository(*database).create(analysis, kAnalyst));
    CHECK(stored.theta == 0.01);
    CHECK(stored.prior == 0.3);
    CHECK(stored.powerOfExclusion == 0.4);
    CHECK(stored.analysedBy == kAnalyst);
    REQUIRE(stored.loci.size() == 2);
    CHECK(stored.loci[1].marker == "vWA");
    CHECK_FALSE(stored.loci[1].consistent);
    CHECK(stored.loci[1].mutationModelUsed);
    CHECK_FALSE(stored.loci[1].exclusionPower.has_value());
    CHECK(stored.loci[0].genotypesJson == R"({"candidate":"6/7","mother":"6/6"})");

    KinshipAnalysisRecord bad = analysis;
    bad.prior = 1.0;
    CHECK_FALSE(KinshipAnalysisRepository(*database).create(bad, kAnalyst).ok());
    bad = analysis;
    bad.loci[0].notesJson = "{not json";
    CHECK(KinshipAnalysisRepository(*database).create(bad, kAnalyst).error().code == ErrorCode::InvalidArgument);
    bad = analysis;
    bad.loci.push_back(bad.loci[0]);
    bad.loci.back().lr = 0.0;  // the loci's CHECK refuses it: nothing of the analysis stays
    CHECK_FALSE(KinshipAnalysisRepository(*database).create(bad, kAnalyst).ok());
    CHECK(rowCount(*database, "kinship_analyses") == 1);
    CHECK(rowCount(*database, "kinship_locus_results") == 2);
}
