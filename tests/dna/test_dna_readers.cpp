// Readers: marker names, alleles, Familias tables, lab results (simple CSV and GeneMapper),
// mutation rates, and the profile/table check. Every reported problem kind is exercised.
#include <catch2/catch.hpp>

#include <algorithm>

#include "DnaTestSupport.h"
#include "dna/FamiliasReader.h"
#include "dna/LabResultsReader.h"
#include "dna/MarkerName.h"
#include "dna/MutationRatesReader.h"
#include "dna/ProfileTableCheck.h"
#include "TestData.h"

using namespace reunite::dna;
using reunite::Result;

namespace {

// The problem reported on a line whose message contains the text, or nullptr.
const ImportProblem* findProblem(const std::vector<ImportProblem>& problems, int line, const std::string& text) {
    const auto it = std::find_if(problems.begin(), problems.end(), [&](const ImportProblem& p) {
        return p.line == line && p.message.find(text) != std::string::npos;
    });
    return it == problems.end() ? nullptr : &*it;
}

bool isError(const ImportProblem* p) { return p && p->severity == ImportProblem::Severity::Error; }
bool isKind(const ImportProblem* p, ProblemKind kind) { return p && p->kind == kind; }
bool isWarning(const ImportProblem* p) { return p && p->severity == ImportProblem::Severity::Warning; }

}  // namespace

TEST_CASE("marker names are normalised to one spelling", "[dna][readers]") {
    CHECK(canonicalMarkerName("vWA") == "vWA");
    CHECK(canonicalMarkerName("VWA") == "vWA");
    CHECK(canonicalMarkerName(" vwa ") == "vWA");
    CHECK(canonicalMarkerName("Penta D") == "Penta D");
    CHECK(canonicalMarkerName("PentaD") == "Penta D");
    CHECK(canonicalMarkerName("PENTA_D") == "Penta D");
    CHECK(canonicalMarkerName("penta-e") == "Penta E");
    CHECK(canonicalMarkerName("d8s1179") == "D8S1179");
    CHECK(canonicalMarkerName("D8S1179") == "D8S1179");
    CHECK(canonicalMarkerName("TH01") == "TH01");
    CHECK(canonicalMarkerName("THO1") == "TH01");
    CHECK(canonicalMarkerName("TPOX") == "TPOX");
    CHECK(canonicalMarkerName("Amelogenin") == "AMEL");
    CHECK(canonicalMarkerName("AMEL") == "AMEL");
    CHECK(canonicalMarkerName("SE33") == "SE33");
    CHECK(canonicalMarkerName("ACTBP2") == "SE33");
    CHECK(canonicalMarkerName("   ") == "");
    CHECK(markerKind("AMEL") == MarkerKind::Amelogenin);
    CHECK(markerKind(canonicalMarkerName("DYS391")) == MarkerKind::YChromosome);
    CHECK(markerKind(canonicalMarkerName("Y indel")) == MarkerKind::YChromosome);
    CHECK(markerKind(canonicalMarkerName("DXS10103")) == MarkerKind::XChromosome);
    CHECK(isAutosomalStr("SE33"));
    CHECK(isAutosomalStr("D22S1045"));
}

TEST_CASE("alleles are normalised; off-ladder calls are recognised", "[dna][readers]") {
    CHECK(Allele::parse("9.3")->text() == "9.3");
    CHECK(Allele::parse(" 9.30 ")->text() == "9.3");
    CHECK(Allele::parse("10")->text() == "10");
    CHECK(Allele::parse("10.0")->text() == "10");
    CHECK(Allele::parse("010")->text() == "10");
    CHECK(*Allele::parse("9.3")->repeats() == Approx(9.3));
    CHECK(Allele::parse("x")->text() == "X");
    CHECK(Allele::parse("OL")->isOffLadder());
    CHECK(Allele::parse("ol")->isOffLadder());
    CHECK(Allele::parse("<8")->isOffLadder());
    CHECK(Allele::parse("<8")->text() == "<8");
    CHECK(Allele::parse(">30")->isOffLadder());
    CHECK_FALSE(Allele::parse("10")->isOffLadder());
    for (const char* bad : {"", "abc", "9.3.1", "-5", "0", "1e3", "9.", "?", "<", "12a"}) {
        INFO(bad);
        CHECK_FALSE(Allele::parse(bad).has_value());
    }
    CHECK(Genotype(*Allele::parse("14"), *Allele::parse("9.3")).text() == "9.3/14");
}

TEST_CASE("Familias table: a good table reads without problems", "[dna][readers][familias]") {
    const FrequencyTableImport read =
        parseFamiliasTable("\xEF\xBB\xBFvWA\r\n14\t0.25\r\n15\t0.75\r\n\r\nPenta D\n9.3\t0.5\n10\t0.5\n# comment\nTH01\n7 0.4\n8 0.6\n", "t");
    CHECK(read.problems.empty());
    REQUIRE(read.table.marker("vWA") != nullptr);
    CHECK(read.table.marker("vWA")->spelling == "vWA");
    CHECK(*read.table.marker("vWA")->frequency(*Allele::parse("14")) == Approx(0.25));
    CHECK(*read.table.marker("Penta D")->frequency(*Allele::parse("9.3")) == Approx(0.5));
    CHECK(*read.table.marker("TH01")->frequency(*Allele::parse("8")) == Approx(0.6));
    CHECK(read.table.markerNames().size() == 3);
}

TEST_CASE("Familias table: each kind of problem is reported on its line", "[dna][readers][familias]") {
    const std::string text =
        "12\t0.5\n"        // 1 allele before a marker
        "vWA\n"            // 2
        "14\tabc\n"        // 3 not a number
        "15\t1.5\n"        // 4 outside (0,1]
        "xx\t0.1\n"        // 5 not an allele
        "16\t0.2\n"        // 6
        "16\t0.3\n"        // 7 duplicate allele
        "OL\t0.1\n"        // 8 off-ladder
        "17\t0.1\t0.2\n"   // 9 three fields
        "TPOX\n"           // 10 marker without alleles
        "VWA\n"            // 11 same marker again
        "14\t0.9\n"        // 12
        "FGA\n"            // 13
        "20\t0.5\n"        // 14 sum 0.5 -> warning
        "TH01\n"           // 15
        "X\t0.5\n"         // 16 amelogenin allele
        "7\t0.5\n";        // 17
    const FrequencyTableImport read = parseFamiliasTable(text, "bad.txt");
    CHECK(isError(findProblem(read.problems, 1, "before any marker")));
    CHECK(isError(findProblem(read.problems, 3, "not a number")));
    CHECK(isError(findProblem(read.problems, 4, "not a number in (0, 1]")));
    CHECK(isError(findProblem(read.problems, 5, "not an allele")));
    CHECK(isError(findProblem(read.problems, 7, "listed twice")));
    CHECK(isError(findProblem(read.problems, 8, "off-ladder")));
    CHECK(isError(findProblem(read.problems, 9, "expected allele")));
    CHECK(isError(findProblem(read.problems, 10, "without allele")));
    CHECK(isError(findProblem(read.problems, 11, "marker listed twice")));
    CHECK(isWarning(findProblem(read.problems, 13, "sum to 0.5")));
    CHECK(isError(findProblem(read.problems, 16, "not an allele of this marker")));
    CHECK(isKind(findProblem(read.problems, 1, ""), ProblemKind::AlleleBeforeMarker));
    CHECK(isKind(findProblem(read.problems, 4, ""), ProblemKind::BadNumber));
    CHECK(isKind(findProblem(read.problems, 7, ""), ProblemKind::DuplicateEntry));
    CHECK(isKind(findProblem(read.problems, 8, ""), ProblemKind::OffLadderInTable));
    CHECK(isKind(findProblem(read.problems, 10, ""), ProblemKind::MarkerWithoutAlleles));
    CHECK(isKind(findProblem(read.problems, 13, ""), ProblemKind::FrequencySum));
    CHECK(hasErrors(read.problems));
    CHECK(describe(*findProblem(read.problems, 3, "not a number"), "bad.txt").rfind("bad.txt:3: error: marker vWA:", 0) == 0);
}

TEST_CASE("Familias table: empty text and file errors", "[dna][readers][familias]") {
    CHECK(isError(findProblem(parseFamiliasTable("", "e").problems, 0, "no marker")));
    CHECK(isError(findProblem(parseFamiliasTable("\n\n# only comments\n", "e").problems, 0, "no marker")));
    CHECK_FALSE(readFamiliasTableFile("/nonexistent/table.txt").ok());
    const Result<FrequencyTableImport> shipped =
        readFamiliasTableFile(reunite::dna::test::sourceDir() / "resources/str/NorskDB_v2023.txt");
    REQUIRE(shipped.ok());
    CHECK(shipped.value().problems.empty());
    CHECK(shipped.value().table.markerNames().size() == 50);
    CHECK(reunite::dna::test::eastAsianTable().markerNames().size() == 40);
    for (const std::string& marker : reunite::dna::test::codis23()) {
        INFO(marker);
        CHECK(reunite::dna::test::eastAsianTable().marker(marker) != nullptr);
    }
}

TEST_CASE("lab results: simple CSV with homozygotes repeated", "[dna][readers][lab]") {
    const LabResultsImport read = parseLabResults(
        "sample,marker,allele1,allele2\n"
        "S1,vWA,14,17\n"
        "S1,Penta D,9.3,9.3\n"
        "S1,AMEL,X,Y\n"
        "\"S 2\",VWA,15,\"16\"\n"
        "S 2,PENTAD,10,12\n"
        "S 2,AMEL,X,X\n",
        "lab.csv");
    CHECK(read.problems.empty());
    CHECK(read.layout == LabFileLayout::SimpleCsv);
    REQUIRE(read.profile("S1") != nullptr);
    REQUIRE(read.profile("S 2") != nullptr);
    CHECK(read.profile("S1")->genotypeAt("vWA")->text() == "14/17");
    CHECK(read.profile("S1")->genotypeAt("Penta D")->isHomozygous());
    CHECK(read.profile("S1")->loci.at("Penta D").sourceLine == 3);
    CHECK(read.profile("S 2")->genotypeAt("Penta D")->text() == "10/12");
    CHECK(read.sampleIds().size() == 2);
}

TEST_CASE("lab results: GeneMapper export, tab- or comma-separated", "[dna][readers][lab]") {
    const std::string tabbed =
        "Sample File\tSample Name\tPanel\tMarker\tDye\tAllele 1\tAllele 2\tAllele 3\tSize 1\n"
        "a.fsa\tC1\tIdP\tD8S1179\tB\t12\t14\t\t130.2\n"
        "a.fsa\tC1\tIdP\tTH01\tB\t9.3\t\t\t180\n"
        "a.fsa\tC1\tIdP\tTPOX\tB\t8\t11\t12\t220\n"
        "a.fsa\tC1\tIdP\tFGA\tB\tOL\t22\t\t300\n"
        "a.fsa\tC1\tIdP\tvWA\tB\t\t\t\t\n";
    const LabResultsImport read = parseLabResults(tabbed, "gm.txt");
    CHECK(read.layout == LabFileLayout::GeneMapper);
    CHECK(read.delimiter == '\t');
    CHECK_FALSE(hasErrors(read.problems));
    REQUIRE(read.profile("C1") != nullptr);
    CHECK(read.profile("C1")->genotypeAt("TH01")->text() == "9.3/9.3");  // a homozygote listed once
    CHECK(read.profile("C1")->genotypeAt("TPOX")->isTriAllelic());
    CHECK(isWarning(findProblem(read.problems, 4, "tri-allelic")));
    CHECK(read.profile("C1")->genotypeAt("FGA")->hasOffLadder());
    CHECK(isWarning(findProblem(read.problems, 5, "off-ladder")));
    CHECK(isWarning(findProblem(read.problems, 6, "no allele called")));
    CHECK(isKind(findProblem(read.problems, 4, ""), ProblemKind::TriAllelic));
    CHECK(isKind(findProblem(read.problems, 5, ""), ProblemKind::OffLadder));
    CHECK(isKind(findProblem(read.problems, 6, ""), ProblemKind::NoAlleleCalled));
    CHECK(read.profile("C1")->genotypeAt("vWA") == nullptr);
    CHECK(findProblem(read.problems, 3, "") == nullptr);  // no warning for the lone homozygote allele

    const LabResultsImport comma = parseLabResults("Sample Name,Marker,Allele 1,Allele 2\nC1,D8S1179,12,14\n", "gm.csv");
    CHECK(comma.problems.empty());
    CHECK(comma.layout == LabFileLayout::GeneMapper);
    CHECK(comma.profile("C1")->genotypeAt("D8S1179")->text() == "12/14");
}

TEST_CASE("lab results: each row problem is reported with its line number", "[dna][readers][lab]") {
    const std::string text =
        "sample,marker,allele1,allele2\n"  // 1
        "S1,vWA,14,17\n"                   // 2
        "S1,vWA,14,17\n"                   // 3 identical duplicate -> warning
        "S1,vWA,15,17\n"                   // 4 conflicting duplicate -> error
        "S1,TH01,7\n"                      // 5 too few fields -> error
        "S1,TH01,7,abc\n"                  // 6 bad allele -> error
        ",TH01,7,8\n"                      // 7 empty sample -> error
        "S1,,7,8\n"                        // 8 empty marker -> error
        "S1,\"TPOX,8,8\n"                  // 9 unterminated quote -> error
        "S1,D8S1179,12,\n"                 // 10 lone allele -> warning, homozygote
        "S1,FGA,21,22,23\n"                // 11 extra field -> error
        "S2,vWA,14,14\n"                   // 12 S2 lacks D8S1179 -> warning on its first line
        "S2,D3S1358,15,16\n"               // 13 S1 lacks D3S1358 -> warning on S1's first line
        "S2,TPOX,X,8\n"                    // 14 amelogenin allele at an STR -> error
        "S2,AMEL,X,12\n";                  // 15 repeat number at amelogenin -> error
    const LabResultsImport read = parseLabResults(text, "bad.csv");
    CHECK(isWarning(findProblem(read.problems, 3, "repeats line 2")));
    CHECK(isError(findProblem(read.problems, 4, "conflicts with line 2")));
    CHECK(isError(findProblem(read.problems, 5, "expected 4 fields")));
    CHECK(isError(findProblem(read.problems, 6, "'abc' is not an allele")));
    CHECK(isError(findProblem(read.problems, 7, "empty sample")));
    CHECK(isError(findProblem(read.problems, 8, "empty marker")));
    CHECK(isError(findProblem(read.problems, 9, "unterminated quote")));
    CHECK(isWarning(findProblem(read.problems, 10, "read as the homozygote 12/12")));
    CHECK(read.profile("S1")->genotypeAt("D8S1179")->isHomozygous());
    CHECK(isError(findProblem(read.problems, 11, "expected 4 fields")));
    CHECK(isWarning(findProblem(read.problems, 12, "not typed at D8S1179")));
    CHECK(isWarning(findProblem(read.problems, 2, "not typed at D3S1358")));
    CHECK(isError(findProblem(read.problems, 14, "'X' is not an allele of this marker")));
    CHECK(isError(findProblem(read.problems, 15, "'12' is not an allele of this marker")));
    CHECK(countErrors(read.problems) == 9);
    CHECK(isKind(findProblem(read.problems, 3, ""), ProblemKind::RepeatedRow));
    CHECK(isKind(findProblem(read.problems, 4, ""), ProblemKind::ConflictingRow));
    CHECK(isKind(findProblem(read.problems, 5, ""), ProblemKind::MalformedLine));
    CHECK(isKind(findProblem(read.problems, 6, ""), ProblemKind::BadAllele));
    CHECK(isKind(findProblem(read.problems, 7, ""), ProblemKind::EmptySample));
    CHECK(isKind(findProblem(read.problems, 8, ""), ProblemKind::EmptyMarker));
    CHECK(isKind(findProblem(read.problems, 10, ""), ProblemKind::LoneAllele));
    CHECK(isKind(findProblem(read.problems, 12, ""), ProblemKind::MissingLoci));
    CHECK(isKind(findProblem(read.problems, 14, ""), ProblemKind::AlleleNotOfMarker));
    CHECK(std::is_sorted(read.problems.begin(), read.problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; }));
}

TEST_CASE("lab results: header and empty-file problems", "[dna][readers][lab]") {
    CHECK(isError(findProblem(parseLabResults("", "x").problems, 0, "empty file")));
    CHECK(isError(findProblem(parseLabResults("sample,marker,allele1,allele2\n", "x").problems, 0, "no genotype rows")));
    const LabResultsImport noHeader = parseLabResults("S1,vWA,14,17\nS1,TH01,7,8\n", "x");
    CHECK(isError(findProblem(noHeader.problems, 1, "header lacks")));
    CHECK(noHeader.profiles.empty());
    CHECK(isKind(findProblem(noHeader.problems, 1, ""), ProblemKind::MissingColumns));
    CHECK(isError(findProblem(parseLabResults("sample;marker;allele1\nS1;vWA;14\n", "x").problems, 1, "allele1 and allele2")));
    const LabResultsImport semicolons = parseLabResults("sample;marker;allele1;allele2\nS1;vWA;14;17\n", "x");
    CHECK(semicolons.problems.empty());
    CHECK(semicolons.delimiter == ';');
    CHECK_FALSE(readLabResultsFile("/nonexistent/lab.csv").ok());
}

TEST_CASE("lab results: never throws on arbitrary bytes", "[dna][readers][lab]") {
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> byte(0, 255), pick(0, 9);
    const std::string alphabet = "sample,marker,allele1,allele2\n\t\"OL<>9.3 vWA";
    for (int trial = 0; trial < 300; ++trial) {
        std::string text = trial % 2 ? "sample,marker,allele1,allele2\n" : "Sample Name\tMarker\tAllele 1\tAllele 2\n";
        for (int i = 0; i < 200; ++i)
            text.push_back(pick(rng) < 7 ? alphabet[static_cast<std::size_t>(byte(rng)) % alphabet.size()] : static_cast<char>(byte(rng)));
        CHECK_NOTHROW(parseLabResults(text, "fuzz"));
        CHECK_NOTHROW(parseFamiliasTable(text, "fuzz"));
        CHECK_NOTHROW(parseMutationRates(text, "fuzz"));
    }
}

TEST_CASE("mutation rates file", "[dna][readers]") {
    const MutationRatesImport good = parseMutationRates("marker,rate\nvWA,0.0017\nPentaD\t0.0015\n", "r");
    CHECK(good.problems.empty());
    CHECK(good.rates.at("vWA") == Approx(0.0017));
    CHECK(good.rates.at("Penta D") == Approx(0.0015));
    const MutationRatesImport bad = parseMutationRates("vWA,0.002\nvWA,0.003\nTH01,2\nFGA\n,0.1\n", "r");
    CHECK(isError(findProblem(bad.problems, 2, "listed twice")));
    CHECK(isError(findProblem(bad.problems, 3, "not a number in (0, 0.5]")));
    CHECK(isError(findProblem(bad.problems, 4, "expected marker,rate")));
    CHECK(isError(findProblem(bad.problems, 5, "empty marker")));
}

TEST_CASE("profiles against the table: absent markers and alleles are reported", "[dna][readers]") {
    const LabResultsImport lab = parseLabResults(
        "sample,marker,allele1,allele2\nS1,vWA,14,99\nS1,D99S999,1,2\nS1,AMEL,X,Y\nS1,DYS391,10,10\n", "lab.csv");
    REQUIRE_FALSE(hasErrors(lab.problems));
    const std::vector<ImportProblem> problems =
        checkProfilesAgainstTable(lab.profiles, reunite::dna::test::eastAsianTable(), MinimumFrequencyRule::markerMinimum());
    CHECK(isWarning(findProblem(problems, 2, "allele 99 not in the frequency table: frequency 0.017797")));
    CHECK(isWarning(findProblem(problems, 3, "marker not in the frequency table")));
    CHECK(problems.size() == 2);  // amelogenin and Y markers are not checked
    CHECK(isKind(findProblem(problems, 2, ""), ProblemKind::AlleleNotInTable));
    CHECK(isKind(findProblem(problems, 3, ""), ProblemKind::MarkerNotInTable));
}

TEST_CASE("minimum frequency rules", "[dna][readers]") {
    const MarkerFrequencies m = reunite::dna::test::markerOf({{"10", 0.3}, {"11", 0.7}});
    CHECK(MinimumFrequencyRule::markerMinimum().minimumFor(m) == Approx(0.3));
    CHECK(MinimumFrequencyRule::fiveOverTwoN(500).minimumFor(m) == Approx(0.005));
    CHECK(MinimumFrequencyRule::fixed(0.001).minimumFor(m) == Approx(0.001));
}
