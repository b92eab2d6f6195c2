// KinshipCalculator: combination, probability, inconsistency counting, conclusions, skipped loci,
// validation, and separation of simulated related and unrelated people (East Asian table, CODIS 20
// + Penta D, Penta E, SE33).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <iostream>

#include "DnaTestSupport.h"
#include "dna/ExclusionPower.h"
#include "dna/KinshipCalculator.h"
#include "dna/ParentageIndex.h"

using namespace reunite::dna;
using reunite::Result;
using reunite::dna::test::gt;

namespace {

FrequencyTable smallTable() {
    FrequencyTable table("small");
    for (const char* name : {"vWA", "TH01", "D8S1179", "FGA"}) {
        MarkerFrequencies m = reunite::dna::test::markerOf(
            {{"10", 0.1}, {"11", 0.2}, {"12", 0.05}, {"13", 0.3}, {"14", 0.25}, {"15", 0.1}}, name);
        table.addMarker(m);
    }
    return table;
}

StrProfile profile(const std::string& id, const std::map<std::string, std::string>& loci) {
    StrProfile p{id, {}};
    for (const auto& [marker, text] : loci) p.loci[marker] = {gt(text), 0};
    return p;
}

KinshipResult analyse(const FrequencyTable& table, const KinshipCase& c, KinshipOptions options = {}) {
    const Result<KinshipResult> result = KinshipCalculator(table, options).analyse(c);
    INFO((result.ok() ? std::string() : result.error().message));
    REQUIRE(result.ok());
    return result.value();
}

const SkippedLocus* skipped(const KinshipResult& r, const std::string& marker) {
    const auto it = std::find_if(r.skipped.begin(), r.skipped.end(), [&](const SkippedLocus& s) { return s.marker == marker; });
    return it == r.skipped.end() ? nullptr : &*it;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

TEST_CASE("calculator: combined LR is the product, W uses the prior", "[dna][calculator]") {
    const FrequencyTable table = smallTable();
    KinshipCase c;
    c.hypothesis = KinshipHypothesis::Duo;
    c.candidate = profile("C", {{"vWA", "10/12"}, {"TH01", "11/11"}, {"D8S1179", "13/14"}});
    c.father = profile("F", {{"vWA", "10/11"}, {"TH01", "11/13"}, {"D8S1179", "13/14"}});
    const KinshipResult r = analyse(table, c);
    REQUIRE(r.loci.size() == 3);
    const double expected = (1 / (4 * 0.1)) * (1 / (2 * 0.2)) * ((0.3 + 0.25) / (4 * 0.3 * 0.25));
    CHECK(r.combinedLr == Approx(expected).epsilon(1e-12));
    CHECK(r.log10CombinedLr == Approx(std::log10(expected)));
    CHECK(r.probability == Approx(expected / (expected + 1)));
    CHECK(r.inconsistentLoci == 0);
    CHECK(r.conclusion == Conclusion::Inconclusive);
    REQUIRE(r.powerOfExclusion.has_value());
    const double pe = duoExclusionPower(*table.marker("vWA"));
    CHECK(*r.powerOfExclusion == Approx(1 - std::pow(1 - pe, 3)));
    CHECK(r.loci[0].genotypes.size() == 2);
    CHECK(r.loci[0].genotypes[0].role == "candidate");

    KinshipOptions prior;
    prior.prior = 0.1;
    const KinshipResult withPrior = analyse(table, c, prior);
    CHECK(withPrior.probability == Approx(expected * 0.1 / (expected * 0.1 + 0.9)));
    CHECK(withPrior.prior == 0.1);
}

TEST_CASE("calculator: inconsistencies are counted and get a mutation LR > 0", "[dna][calculator][mutation]") {
    const FrequencyTable table = smallTable();
    KinshipCase c;
    c.hypothesis = KinshipHypothesis::Trio;
    c.mother = profile("M", {{"vWA", "12/14"}, {"TH01", "10/10"}, {"D8S1179", "13/13"}, {"FGA", "10/11"}});
    c.candidate = profile("C", {{"vWA", "10/12"}, {"TH01", "10/13"}, {"D8S1179", "13/15"}, {"FGA", "10/11"}});
    c.father = profile("F", {{"vWA", "11/15"}, {"TH01", "13/14"}, {"D8S1179", "10/11"}, {"FGA", "12/13"}});
    const KinshipResult stepwise = analyse(table, c);
    CHECK(stepwise.inconsistentLoci == 3);  // vWA (one step), D8S1179 (4 steps), FGA (mother or father)
    CHECK(stepwise.conclusion == Conclusion::Excluded);
    for (const LocusResult& locus : stepwise.loci) {
        INFO(locus.marker);
        CHECK(locus.lr > 0.0);
        CHECK(locus.mutationModelUsed == !locus.consistent);
    }
    const auto vwa = std::find_if(stepwise.loci.begin(), stepwise.loci.end(), [](const LocusResult& l) { return l.marker == "vWA"; });
    // leading term mu/(4 p): the father's 11 is one step from the paternal 10 (other paths are O(mu^2))
    CHECK(vwa->lr == Approx(0.5 * (0.001 + 0.001 * 1e-4) / 0.1).epsilon(1e-3));

    KinshipOptions aabb;
    aabb.mutationModel = MutationModelKind::Aabb;
    aabb.markerMutationRates["vWA"] = 0.004;
    const KinshipResult ratio = analyse(table, c, aabb);
    const double a = trioExclusionPower(*table.marker("vWA"));
    const auto vwaAabb = std::find_if(ratio.loci.begin(), ratio.loci.end(), [](const LocusResult& l) { return l.marker == "vWA"; });
    CHECK(vwaAabb->lr == Approx(0.004 / a));
    CHECK(ratio.inconsistentLoci == 3);

    KinshipOptions lenient;
    lenient.conclusionRule.excludeAtInconsistentLoci = 4;
    lenient.conclusionRule.excludeBelow = 1e-12;
    CHECK(analyse(table, c, lenient).conclusion == Conclusion::Inconclusive);
}

TEST_CASE("calculator: conclusion thresholds", "[dna][calculator]") {
    const ConclusionRule rule;
    CHECK(rule.decide(1e4, 0, true).conclusion == Conclusion::Supported);
    CHECK(rule.decide(9999, 0, true).conclusion == Conclusion::Inconclusive);
    CHECK(rule.decide(1e9, 3, true).conclusion == Conclusion::Excluded);
    CHECK(rule.decide(1e9, 2, true).conclusion == Conclusion::Supported);
    CHECK(rule.decide(9e-5, 0, true).conclusion == Conclusion::Excluded);
    CHECK(rule.decide(1e-4, 0, false).conclusion == Conclusion::Inconclusive);
    CHECK(rule.decide(1e9, 5, false).conclusion == Conclusion::Supported);  // siblings: no inconsistency rule
    CHECK(rule.describe(true).find(">= 3 inconsistent loci") != std::string::npos);
    CHECK(rule.describe(false).find("sibling") != std::string::npos);
}

TEST_CASE("calculator: loci that cannot be used are listed with the reason", "[dna][calculator]") {
    const FrequencyTable table = smallTable();
    KinshipCase c;
    c.hypothesis = KinshipHypothesis::FullSibling;
    c.candidate = profile("C", {{"vWA", "10/12"}, {"TH01", "11/11"}, {"D21S11", "28/30"}, {"AMEL", "X/Y"}});
    c.candidate.loci["FGA"] = {Genotype({*Allele::parse("10"), *Allele::parse("11"), *Allele::parse("12")}), 0};
    c.candidate.loci["D8S1179"] = {Genotype(*Allele::parse("OL"), *Allele::parse("12")), 0};
    c.relative = profile("S", {{"vWA", "10/13"}, {"D21S11", "28/29"}, {"AMEL", "X/X"}, {"FGA", "10/11"}, {"D8S1179", "12/13"}});
    const KinshipResult r = analyse(table, c);
    REQUIRE(r.loci.size() == 1);
    CHECK(r.loci[0].marker == "vWA");
    CHECK(r.loci[0].lr == Approx((1 + 2 * 0.1) / (8 * 0.1)));
    REQUIRE(skipped(r, "AMEL"));
    CHECK(skipped(r, "AMEL")->reason.find("amelogenin") != std::string::npos);
    CHECK(skipped(r, "TH01")->reason == "not typed for the sibling");
    CHECK(skipped(r, "TH01")->kind == SkipKind::NotTyped);
    CHECK(skipped(r, "TH01")->role == "sibling");
    CHECK(skipped(r, "FGA")->kind == SkipKind::TriAllelic);
    CHECK(skipped(r, "FGA")->role == "candidate");
    CHECK(skipped(r, "D21S11")->kind == SkipKind::NotInTable);
    CHECK(skipped(r, "AMEL")->kind == SkipKind::NotAutosomal);
    CHECK(skipped(r, "D8S1179")->kind == SkipKind::OffLadder);
    CHECK(skipped(r, "D21S11")->reason.find("not in the frequency table") != std::string::npos);
    CHECK(skipped(r, "FGA")->reason.find("tri-allelic") != std::string::npos);
    CHECK(skipped(r, "D8S1179")->reason.find("off-ladder") != std::string::npos);
    CHECK_FALSE(r.powerOfExclusion.has_value());
    CHECK(r.inconsistentLoci == 0);
}

TEST_CASE("calculator: alleles absent from the table get the minimum frequency, noted", "[dna][calculator]") {
    const FrequencyTable table = smallTable();
    KinshipCase c;
    c.hypothesis = KinshipHypothesis::Duo;
    c.candidate = profile("C", {{"vWA", "10/19"}});
    c.mother = profile("M", {{"vWA", "19/19"}});
    const KinshipResult byMarker = analyse(table, c);
    CHECK(byMarker.loci[0].lr == Approx(1 / (2 * 0.05)));
    REQUIRE(byMarker.loci[0].notes.size() == 1);
    CHECK(byMarker.loci[0].notes[0].find("allele 19 not in the table") != std::string::npos);
    KinshipOptions nrc;
    nrc.minimumFrequency = MinimumFrequencyRule::fiveOverTwoN(1000);
    CHECK(analyse(table, c, nrc).loci[0].lr == Approx(1 / (2 * 0.0025)));
}

TEST_CASE("calculator: roles and options are validated", "[dna][calculator]") {
    const FrequencyTable table = smallTable();
    KinshipCase c;
    c.candidate = profile("C", {{"vWA", "10/12"}});
    const StrProfile p = profile("P", {{"vWA", "10/11"}});
    const KinshipCalculator calculator(table, {});
    c.hypothesis = KinshipHypothesis::Duo;
    CHECK(calculator.analyse(c).error().code == reunite::ErrorCode::InvalidArgument);  // no parent
    c.mother = p;
    c.father = profile("F", {{"vWA", "10/11"}});
    CHECK(calculator.analyse(c).error().code == reunite::ErrorCode::InvalidArgument);  // two parents
    c.hypothesis = KinshipHypothesis::Trio;
    CHECK(calculator.analyse(c).ok());
    c.father = profile("C", {{"vWA", "10/11"}});
    CHECK(calculator.analyse(c).error().message.find("two roles") != std::string::npos);
    c.hypothesis = KinshipHypothesis::FullSibling;
    CHECK_FALSE(calculator.analyse(c).ok());
    KinshipOptions bad;
    bad.theta = -0.1;
    CHECK_FALSE(KinshipCalculator::validate(bad).ok());
    bad = {};
    bad.prior = 1.0;
    CHECK_FALSE(KinshipCalculator::validate(bad).ok());
    bad = {};
    bad.mutationRate = 0.0;
    CHECK_FALSE(KinshipCalculator::validate(bad).ok());
    bad = {};
    bad.minimumFrequency = MinimumFrequencyRule::fiveOverTwoN(0);
    CHECK_FALSE(KinshipCalculator::validate(bad).ok());
    KinshipCase nothing;
    nothing.hypothesis = KinshipHypothesis::Duo;
    nothing.candidate = profile("C", {{"D21S11", "28/30"}});
    nothing.father = profile("F", {{"D21S11", "28/30"}});
    CHECK(calculator.analyse(nothing).error().code == reunite::ErrorCode::CorruptData);
}

namespace {

struct Separation {
    std::vector<double> related, unrelated;
    int relatedSupported = 0, relatedExcluded = 0, unrelatedSupported = 0, unrelatedExcluded = 0;
};

void record(Separation& s, const KinshipResult& r, bool related) {
    (related ? s.related : s.unrelated).push_back(r.log10CombinedLr);
    if (r.conclusion == Conclusion::Supported) ++(related ? s.relatedSupported : s.unrelatedSupported);
    if (r.conclusion == Conclusion::Excluded) ++(related ? s.relatedExcluded : s.unrelatedExcluded);
}

// Related and unrelated cases of one hypothesis, simulated without mutation.
Separation simulate(KinshipHypothesis hypothesis, int cases, unsigned seed) {
    using reunite::dna::test::ProfileSimulator;
    ProfileSimulator sim(reunite::dna::test::eastAsianTable(), reunite::dna::test::codis23(), seed);
    const KinshipCalculator calculator(reunite::dna::test::eastAsianTable(), {});
    Separation s;
    for (int i = 0; i < 2 * cases; ++i) {
        const bool related = i % 2 == 0;
        const StrProfile mother = sim.founder("M"), father = sim.founder("F"), other = sim.founder("O");
        const StrProfile child = sim.child("C", mother, father);
        KinshipCase c;
        c.hypothesis = hypothesis;
        c.candidate = related ? child : sim.founder("C");
        if (hypothesis == KinshipHypothesis::Duo) c.father = father;
        if (hypothesis == KinshipHypothesis::Trio || hypothesis == KinshipHypothesis::BothParents) {
            c.mother = mother;
            c.father = father;
        }
        if (hypothesis == KinshipHypothesis::Trio && !related) c.candidate = sim.child("C", mother, sim.founder("X"));
        if (hypothesis == KinshipHypothesis::FullSibling) c.relative = sim.child("S", mother, father);
        if (hypothesis == KinshipHypothesis::HalfSibling) c.relative = sim.child("S", mother, other);
        const Result<KinshipResult> r = calculator.analyse(c);
        REQUIRE(r.ok());
        REQUIRE(r.value().loci.size() == 23);
        record(s, r.value(), related);
    }
    std::cout << "simulation " << hypothesisName(hypothesis) << ": " << cases << " related, median log10 LR "
              << median(s.related) << ", supported " << s.relatedSupported << ", excluded " << s.relatedExcluded << "; "
              << cases << " unrelated, median log10 LR " << median(s.unrelated) << ", supported " << s.unrelatedSupported
              << ", excluded " << s.unrelatedExcluded << "\n";
    return s;
}

}  // namespace

TEST_CASE("simulation: related and unrelated people separate (East Asian table, 23 loci)", "[dna][calculator][simulation]") {
    const int n = 200;
    const Separation trio = simulate(KinshipHypothesis::Trio, n, 1);
    CHECK(trio.relatedSupported == n);
    CHECK(trio.unrelatedSupported == 0);
    CHECK(trio.unrelatedExcluded >= n * 99 / 100);
    CHECK(median(trio.related) > 6.0);

    const Separation both = simulate(KinshipHypothesis::BothParents, n, 2);
    CHECK(both.relatedSupported == n);
    CHECK(both.unrelatedSupported == 0);
    CHECK(both.unrelatedExcluded >= n * 99 / 100);
    CHECK(median(both.related) > 10.0);

    const Separation duo = simulate(KinshipHypothesis::Duo, n, 3);
    CHECK(duo.relatedSupported >= n * 95 / 100);
    CHECK(duo.relatedExcluded == 0);
    CHECK(duo.unrelatedSupported == 0);
    CHECK(duo.unrelatedExcluded >= n * 95 / 100);

    const Separation full = simulate(KinshipHypothesis::FullSibling, n, 4);
    CHECK(median(full.related) > 3.0);
    CHECK(median(full.unrelated) < -2.0);
    CHECK(full.unrelatedSupported <= n / 100);
    CHECK(full.relatedExcluded <= n / 100);

    const Separation half = simulate(KinshipHypothesis::HalfSibling, n, 5);
    CHECK(median(half.related) > median(half.unrelated) + 2.0);
    CHECK(half.unrelatedSupported <= n / 100);
}

TEST_CASE("simulation: true parents with a mutation keep a positive LR and one inconsistency", "[dna][calculator][mutation]") {
    using reunite::dna::test::ProfileSimulator;
    ProfileSimulator sim(reunite::dna::test::eastAsianTable(), reunite::dna::test::codis23(), 99);
    const KinshipCalculator calculator(reunite::dna::test::eastAsianTable(), {});
    int withInconsistency = 0;
    for (int i = 0; i < 200; ++i) {
        KinshipCase c;
        c.hypothesis = KinshipHypothesis::BothParents;
        c.mother = sim.founder("M");
        c.father = sim.founder("F");
        c.candidate = sim.child("C", *c.mother, *c.father, 0.02);
        const Result<KinshipResult> r = calculator.analyse(c);
        REQUIRE(r.ok());
        int counted = 0;
        for (const LocusResult& locus : r.value().loci) {
            const Genotype& m = c.mother->loci.at(locus.marker).genotype;
            const Genotype& f = c.father->loci.at(locus.marker).genotype;
            const Genotype& child = c.candidate.loci.at(locus.marker).genotype;
            CHECK(locus.consistent == bothParentsConsistent(m, f, child));
            CHECK(locus.lr > 0.0);
            counted += locus.consistent ? 0 : 1;
        }
        CHECK(r.value().inconsistentLoci == counted);
        if (counted == 1) {
            ++withInconsistency;
            CHECK(r.value().combinedLr > 0.0);
        }
    }
    CHECK(withInconsistency > 20);
}
