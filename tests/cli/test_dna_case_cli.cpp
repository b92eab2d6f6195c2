// reunite-cli dna request|sample|custody|import|import-table|analyse|close|status end to end on a
// temporary database: the path from "review --decision dna_requested" to a closed case, the
// JSON each command prints, the exit codes (2 usage, 3 unusable lab file) and that refused
// commands change nothing.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TestData.h"
#include "db/repositories/CandidateRepository.h"
#include "db/sqlite/Database.h"

using reunite::test::CliRun;
using reunite::test::runCliSignedIn;
using reunite::test::TempFolder;

namespace {

constexpr int kOk = 0, kUsage = 2, kBadInput = 3;

nlohmann::json jsonOf(const CliRun& run) {
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    REQUIRE(nlohmann::json::accept(run.out));
    return nlohmann::json::parse(run.out);
}

class DnaCliWorld {
public:
    DnaCliWorld() : folder_("reunite-dna-cli") {
        REQUIRE(run({"case", "create", "--number", "C-1"}).exitCode == kOk);
        auto database = reunite::db::Database::open(folder_.file("cli.db"));
        REQUIRE(database.ok());
        reunite::db::CandidateRecord candidate;
        candidate.source = reunite::db::CandidateSource::TipOff;
        candidate.externalRef = "TIP-9";
        auto stored = reunite::db::CandidateRepository(*database.value()).create(candidate, "test-setup");
        REQUIRE(stored.ok());
        candidateId_ = std::to_string(stored.value().id);
    }

    CliRun run(std::vector<std::string> arguments) const {
        arguments.insert(arguments.end(), {"--db", folder_.file("cli.db").string()});
        return runCliSignedIn(arguments, "cli-tester");
    }
    const std::string& candidate() const { return candidateId_; }
    // The fixture family's rows for the given samples.
    std::string labFile(const std::string& name, const std::vector<std::string>& samples) const {
        std::ifstream in(std::filesystem::path(REUNITE_SOURCE_DIR) / "tests/workflows/data/dna_family_lab.csv");
        std::string line, text;
        std::getline(in, line);
        text = line + "\n";
        while (std::getline(in, line)) {
            if (std::find(samples.begin(), samples.end(), line.substr(0, line.find(','))) != samples.end()) text += line + "\n";
        }
        return folder_.write(name, text).string();
    }
    std::string write(const std::string& name, const std::string& text) const { return folder_.write(name, text).string(); }

private:
    TempFolder folder_;
    std::string candidateId_;
};

}  // namespace

TEST_CASE("dna: from Request DNA in the review to a closed case on the command line", "[cli][dna]") {
    const DnaCliWorld world;
    REQUIRE(world.run({"review", "--case", "C-1", "--candidate", world.candidate(), "--decision", "dna_requested", "--note", "rank 1"}).exitCode == kOk);
    nlohmann::json status = jsonOf(world.run({"dna", "status", "--case", "C-1", "--json"}));
    REQUIRE(status["requests"].size() == 1);
    CHECK(status["requests"][0]["status"] == "requested");
    CHECK(status["requests"][0]["reason"] == "rank 1");

    for (const auto& [code, donor] : {std::pair{"CAND-001", "candidate"}, std::pair{"MOTHER-001", "mother"}, std::pair{"FATHER-001", "father"}}) {
        const CliRun sample = world.run({"dna", "sample", "--case", "C-1", "--sample-id", code, "--donor", donor, "--type", "buccal-swab",
                                         "--collected-at", "2026-11-20T09:00", "--collected-by", "Officer Wang", "--json"});
        REQUIRE(sample.exitCode == kOk);
        CHECK(jsonOf(sample)["sample_id"] == code);
    }
    const CliRun sealed = world.run({"dna", "custody", "--case", "C-1", "--sample-id", "CAND-001", "--event", "received-by-lab", "--at",
                                     "2026-11-21", "--person", "Lab clerk", "--json"});
    REQUIRE(sealed.exitCode == kOk);
    CHECK(jsonOf(sealed)["event"] == "received_by_lab");

    // A file naming a sample the request lacks: exit 3, the row on stderr, nothing imported.
    const CliRun refused = world.run({"dna", "import", "--case", "C-1", world.labFile("with-other.csv", {"CAND-001", "OTHER-001"})});
    CHECK(refused.exitCode == kBadInput);
    CHECK(refused.err.find("with-other.csv:25: error:") != std::string::npos);
    CHECK(refused.err.find("OTHER-001") != std::string::npos);
    const CliRun imported = world.run({"dna", "import", "--case", "C-1", "--kit", "GlobalFiler", "--report-id", "R-1", "--json",
                                       world.labFile("family.csv", {"CAND-001", "MOTHER-001", "FATHER-001"})});
    REQUIRE(imported.exitCode == kOk);
    const nlohmann::json report = jsonOf(imported);
    CHECK(report["imported"] == true);
    CHECK(report["profiles"].size() == 3);
    CHECK(report["profiles"][0]["kit"] == "GlobalFiler");

    const CliRun analysed = world.run({"dna", "analyse", "--case", "C-1", "--prior", "0.1", "--json"});
    REQUIRE(analysed.exitCode == kOk);
    const nlohmann::json analysis = jsonOf(analysed);
    CHECK(analysis["hypothesis"] == "both-parents");
    CHECK(analysis["conclusion"] == "supported");
    CHECK(analysis["prior"] == 0.1);
    CHECK(analysis["loci"].size() == 23);
    CHECK(analysis["inconsistent_loci"] == 1);  // the fixture's paternal mutation

    CHECK(world.run({"dna", "close", "--case", "C-1", "--outcome", "confirmed"}).exitCode == kUsage);
    CHECK(world.run({"dna", "close", "--case", "C-1", "--outcome", "excluded", "--note", "x"}).exitCode == kUsage);
    const CliRun closed = world.run({"dna", "close", "--case", "C-1", "--outcome", "confirmed", "--note", "CPI over 10,000", "--json"});
    REQUIRE(closed.exitCode == kOk);
    CHECK(jsonOf(closed)["case_status"] == "closed");
    status = jsonOf(world.run({"dna", "status", "--case", "C-1", "--json"}));
    CHECK(status["requests"][0]["status"] == "confirmed");
    CHECK(status["requests"][0]["samples"][0]["custody"].size() == 2);
    CHECK(status["requests"][0]["samples"][0]["profile"]["source_file"] == "family.csv");
    CHECK(status["requests"][0]["analyses"].size() == 1);
    CHECK(status["requests"][0]["outcomes"][0]["note"] == "CPI over 10,000");
    CHECK(jsonOf(world.run({"case", "show", "--case", "C-1"}))["status"] == "closed");
    const CliRun text = world.run({"dna", "status", "--case", "C-1"});
    CHECK(text.exitCode == kOk);
    CHECK(text.out.find("confirmed") != std::string::npos);
}

TEST_CASE("dna: bad arguments exit 2 and change nothing, frequency tables", "[cli][dna]") {
    const DnaCliWorld world;
    CHECK(world.run({"dna", "frobnicate", "--case", "C-1"}).exitCode == kUsage);
    CHECK(world.run({"dna", "status"}).exitCode == kUsage);
    CHECK(world.run({"dna", "status", "--case", "NO-SUCH"}).exitCode == kUsage);
    CHECK(world.run({"dna", "sample", "--case", "C-1", "--sample-id", "S", "--donor", "cousin", "--type", "blood", "--collected-at",
                     "2026-01-01", "--collected-by", "X"}).exitCode == kUsage);
    CHECK(world.run({"dna", "sample", "--case", "C-1", "--sample-id", "S", "--donor", "mother", "--type", "blood", "--collected-at",
                     "2026-01-01", "--collected-by", "X"}).exitCode == kUsage);  // no open request yet
    CHECK(world.run({"dna", "request", "--case", "C-1", "--candidate", world.candidate()}).exitCode == kUsage);
    CHECK(world.run({"dna", "request", "--case", "C-1", "--candidate", "999", "--reason", "x"}).exitCode == kUsage);
    REQUIRE(world.run({"dna", "request", "--case", "C-1", "--candidate", world.candidate(), "--reason", "tip-off"}).exitCode == kOk);
    CHECK(world.run({"dna", "analyse", "--case", "C-1", "--theta", "0.6"}).exitCode == kUsage);
    CHECK(world.run({"dna", "analyse", "--case", "C-1"}).exitCode == kUsage);  // nothing typed
    CHECK(world.run({"dna", "import", "--case", "C-1", world.write("empty.csv", "")}).exitCode == kBadInput);
    CHECK(world.run({"dna", "import", "--case", "C-1", "/no/such/file.csv"}).exitCode == kBadInput);
    const nlohmann::json status = jsonOf(world.run({"dna", "status", "--case", "C-1", "--json"}));
    CHECK(status["requests"][0]["samples"].empty());
    CHECK(status["requests"][0]["analyses"].empty());

    const CliRun table = world.run({"dna", "import-table", "--name", "Norway", "--json",
                                    (std::filesystem::path(REUNITE_SOURCE_DIR) / "resources/str/NorskDB_v2023.txt").string()});
    REQUIRE(table.exitCode == kOk);
    CHECK(jsonOf(table)["table"]["markers"] == 50);
    CHECK(world.run({"dna", "import-table", world.write("bad.txt", "TH01\n6\tx\n")}).exitCode == kBadInput);
}
