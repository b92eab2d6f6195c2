// reunite-cli dna kinship: JSON and text output, and the exit code of every bad argument
// combination (2) and every unusable input file (3). Never 10 for bad input.
#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include "TestData.h"

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
};

Run runCli(const std::string& arguments) {
    const std::string command = std::string(REUNITE_CLI_PATH) + " " + arguments + " 2>/dev/null";
    Run run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) run.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string tablePath() { return std::string(REUNITE_SOURCE_DIR) + "/resources/str/OstAsiaDB_v2023.txt"; }

// A trio where M and F are the parents of C at four CODIS loci, plus an unrelated U.
const char* const kProfiles =
    "sample,marker,allele1,allele2\n"
    "M,D3S1358,15,16\nM,vWA,14,17\nM,TH01,7,9\nM,D8S1179,13,13\nM,AMEL,X,X\n"
    "F,D3S1358,15,17\nF,vWA,16,18\nF,TH01,9,9.3\nF,D8S1179,10,14\nF,AMEL,X,Y\n"
    "C,D3S1358,16,17\nC,vWA,14,18\nC,TH01,9,9.3\nC,D8S1179,13,14\nC,AMEL,X,Y\n"
    "U,D3S1358,18,18\nU,vWA,19,20\nU,TH01,6,8\nU,D8S1179,11,12\nU,AMEL,X,Y\n";

class CliFixture {
public:
    CliFixture() { profiles_ = folder_.write("profiles.csv", kProfiles).string(); }
    std::string base(const std::string& hypothesis, const std::string& candidate = "C") const {
        return "dna kinship --frequencies " + tablePath() + " --profiles " + profiles_ + " --hypothesis " + hypothesis +
               " --candidate " + candidate;
    }
    std::string write(const std::string& name, const std::string& text) const { return folder_.write(name, text).string(); }
    const std::string& profiles() const { return profiles_; }

private:
    reunite::test::TempFolder folder_{"reunite-dna-cli"};
    std::string profiles_;
};

}  // namespace

TEST_CASE("dna kinship --json reports the combined LR and every locus", "[dna][cli]") {
    const CliFixture fixture;
    const Run run = runCli(fixture.base("trio") + " --mother M --father F --json");
    REQUIRE(run.exitCode == 0);
    const nlohmann::json j = nlohmann::json::parse(run.out);
    for (const char* key : {"combined_lr", "log10_combined_lr", "probability", "prior", "inconsistent_loci", "conclusion",
                            "rule", "power_of_exclusion", "loci", "skipped_loci", "warnings"})
        CHECK(j.contains(key));
    REQUIRE(j["loci"].size() == 4);
    double product = 1.0;
    for (const auto& locus : j["loci"]) {
        product *= locus["lr"].get<double>();
        CHECK(locus["consistent"].get<bool>());
        CHECK(locus["genotypes"].contains("candidate"));
        CHECK(locus["genotypes"].contains("father"));
    }
    CHECK(j["combined_lr"].get<double>() == Approx(product).epsilon(1e-12));
    CHECK(j["inconsistent_loci"] == 0);
    CHECK(j["prior"].get<double>() == 0.5);
    CHECK(j["conclusion"] == "inconclusive");  // four loci are not enough for 10,000
    CHECK(j["skipped_loci"][0]["marker"] == "AMEL");

    const Run unrelated = runCli(fixture.base("both-parents", "U") + " --mother M --father F --json");
    REQUIRE(unrelated.exitCode == 0);
    const nlohmann::json u = nlohmann::json::parse(unrelated.out);
    CHECK(u["inconsistent_loci"] == 4);
    CHECK(u["conclusion"] == "excluded");
    for (const auto& locus : u["loci"]) CHECK(locus["lr"].get<double>() > 0.0);
}

TEST_CASE("dna kinship prints a readable report without --json", "[dna][cli]") {
    const CliFixture fixture;
    const Run run = runCli(fixture.base("duo") + " --father F --theta 0.01 --prior 0.3");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("Combined LR") != std::string::npos);
    CHECK(run.out.find("with prior 0.3") != std::string::npos);
    CHECK(run.out.find("Conclusion:") != std::string::npos);
    for (const char* hypothesis : {"full-sibling --sibling F", "half-sibling --half-sibling F", "duo --mother M",
                                   "trio --mother M --father F --mutation-model aabb --mutation-rate 0.003"}) {
        INFO(hypothesis);
        CHECK(runCli(fixture.base(hypothesis)).exitCode == 0);
    }
}

TEST_CASE("dna kinship: bad argument combinations exit 2", "[dna][cli]") {
    const CliFixture fixture;
    const std::vector<std::string> bad{
        "dna",
        "dna kinship",
        "dna frobnicate",
        fixture.base("duo") + " --father F --unknown-option 1",
        fixture.base("duo") + " --father",
        "dna kinship --profiles " + fixture.profiles() + " --hypothesis duo --candidate C --father F",
        "dna kinship --frequencies " + tablePath() + " --hypothesis duo --candidate C --father F",
        "dna kinship --frequencies " + tablePath() + " --profiles " + fixture.profiles() + " --candidate C --father F",
        "dna kinship --frequencies " + tablePath() + " --profiles " + fixture.profiles() + " --hypothesis duo --father F",
        fixture.base("grandparent") + " --father F",
        fixture.base("duo"),
        fixture.base("duo") + " --mother M --father F",
        fixture.base("duo") + " --father F --sibling M",
        fixture.base("trio") + " --mother M",
        fixture.base("trio") + " --father F",
        fixture.base("both-parents") + " --father F",
        fixture.base("both-parents") + " --mother M --father F --sibling U",
        fixture.base("full-sibling"),
        fixture.base("full-sibling") + " --sibling F --mother M",
        fixture.base("full-sibling") + " --half-sibling F",
        fixture.base("half-sibling") + " --sibling F",
        fixture.base("duo") + " --father C",
        fixture.base("trio") + " --mother M --father M",
        fixture.base("duo") + " --father F --theta abc",
        fixture.base("duo") + " --father F --theta -0.1",
        fixture.base("duo") + " --father F --theta 0.7",
        fixture.base("duo") + " --father F --prior 0",
        fixture.base("duo") + " --father F --prior 1",
        fixture.base("duo") + " --father F --prior 1.5",
        fixture.base("duo") + " --father F --mutation-rate 0",
        fixture.base("duo") + " --father F --mutation-rate x",
        fixture.base("duo") + " --father F --mutation-model random",
        fixture.base("duo") + " --father F --sample-size 100 --min-frequency 0.01",
        fixture.base("duo") + " --father F --sample-size 0",
        fixture.base("duo") + " --father F --sample-size 10.5",
        fixture.base("duo") + " --father F --min-frequency 2",
    };
    for (const std::string& arguments : bad) {
        INFO(arguments);
        CHECK(runCli(arguments).exitCode == 2);
    }
}

TEST_CASE("dna kinship: unusable input files exit 3, never 10", "[dna][cli]") {
    const CliFixture fixture;
    const std::string table = tablePath();
    const std::string badProfiles = fixture.write("bad.csv", "sample,marker,allele1,allele2\nC,vWA,14,abc\nF,vWA,14,15\n");
    const std::string conflicting = fixture.write("dup.csv", "sample,marker,allele1,allele2\nC,vWA,14,15\nC,vWA,14,16\nF,vWA,14,15\n");
    const std::string noHeader = fixture.write("nohead.csv", "C,vWA,14,15\nF,vWA,14,15\n");
    const std::string badTable = fixture.write("table.txt", "vWA\n14\t0.5\n15\tzero\n");
    const std::string emptyTable = fixture.write("empty.txt", "");
    const std::string noCommon = fixture.write("nocommon.csv", "sample,marker,allele1,allele2\nC,D99S1,1,2\nF,D99S1,1,2\n");
    const std::string badRates = fixture.write("rates.csv", "vWA,1.5\n");
    const auto with = [&](const std::string& frequencies, const std::string& profiles) {
        return "dna kinship --frequencies " + frequencies + " --profiles " + profiles + " --hypothesis duo --candidate C --father F";
    };
    const std::vector<std::string> bad{
        with("/nonexistent/table.txt", fixture.profiles()),
        with(table, "/nonexistent/profiles.csv"),
        with(table, "/tmp"),
        with(table, badProfiles),
        with(table, conflicting),
        with(table, noHeader),
        with(badTable, fixture.profiles()),
        with(emptyTable, fixture.profiles()),
        with(table, noCommon),
        with(table, fixture.profiles()) + " --mutation-rates " + badRates,
        with(table, fixture.profiles()) + " --mutation-rates /nonexistent/rates.csv",
        fixture.base("duo") + " --father NOBODY",
        "dna kinship --frequencies " + table + " --profiles " + fixture.profiles() + " --hypothesis duo --candidate NOBODY --father F",
    };
    for (const std::string& arguments : bad) {
        INFO(arguments);
        CHECK(runCli(arguments).exitCode == 3);
    }
}

TEST_CASE("dna kinship: error messages name the file and the line", "[dna][cli]") {
    const CliFixture fixture;
    const std::string badProfiles = fixture.write("bad.csv", "sample,marker,allele1,allele2\nC,vWA,14,15\nF,vWA,14,abc\n");
    const std::string command = std::string(REUNITE_CLI_PATH) + " dna kinship --frequencies " + tablePath() + " --profiles " +
                                badProfiles + " --hypothesis duo --candidate C --father F 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string output;
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
    pclose(pipe);
    CHECK(output.find("bad.csv:3: error: sample F, marker vWA: 'abc' is not an allele designation") != std::string::npos);
}
