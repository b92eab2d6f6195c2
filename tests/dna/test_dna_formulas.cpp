// Kinship formulas: textbook values, closed forms against the generic IBD / transmission forms,
// theta, the mutation models and the exclusion powers.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "DnaTestSupport.h"
#include "dna/AlleleProbabilities.h"
#include "dna/ExclusionPower.h"
#include "dna/MutationModel.h"
#include "dna/PairwiseKinship.h"
#include "dna/ParentageIndex.h"

using namespace reunite::dna;
using reunite::dna::test::gt;
using reunite::dna::test::markerOf;

namespace {

const MarkerFrequencies& textbookMarker() {
    static const MarkerFrequencies marker =
        markerOf({{"10", 0.1}, {"11", 0.2}, {"12", 0.05}, {"13", 0.3}, {"14", 0.25}, {"15", 0.1}});
    return marker;
}

AlleleProbabilities hw(const MarkerFrequencies& marker = textbookMarker()) {
    return AlleleProbabilities(marker, 0.0, MinimumFrequencyRule::markerMinimum());
}

AlleleProbabilities withTheta(double theta, const MarkerFrequencies& marker = textbookMarker()) {
    return AlleleProbabilities(marker, theta, MinimumFrequencyRule::markerMinimum());
}

Genotype randomGenotype(std::mt19937& rng, int alleleCount) {
    std::uniform_int_distribution<int> allele(5, 5 + alleleCount - 1);
    return gt(std::to_string(allele(rng)) + "/" + std::to_string(allele(rng)));
}

constexpr double pa = 0.1, pb = 0.2, pc = 0.05;  // alleles 10, 11, 12

}  // namespace

TEST_CASE("duo (one alleged parent) matches the textbook paternity indices", "[dna][formulas]") {
    const AlleleProbabilities p = hw();
    CHECK(duoIndex(gt("10/11"), gt("10/12"), p) == Approx(1.0 / (4 * pa)));          // ab | ac
    CHECK(duoIndex(gt("10/11"), gt("10/11"), p) == Approx((pa + pb) / (4 * pa * pb)));  // ab | ab
    CHECK(duoIndex(gt("10/10"), gt("10/10"), p) == Approx(1.0 / pa));                // aa | aa
    CHECK(duoIndex(gt("10/10"), gt("10/11"), p) == Approx(1.0 / (2 * pa)));          // aa | ab
    CHECK(duoIndex(gt("10/11"), gt("10/10"), p) == Approx(1.0 / (2 * pa)));          // ab | aa
    CHECK(duoIndex(gt("10/11"), gt("12/13"), p) == 0.0);                             // excluded
    CHECK_FALSE(duoConsistent(gt("10/10"), gt("11/11")));
}

TEST_CASE("trio (undisputed mother) gives 1/(2q) and 1/q", "[dna][formulas]") {
    const AlleleProbabilities p = hw();
    // child ab, mother ac: obligate paternal allele b (11)
    CHECK(trioIndex(gt("10/12"), gt("11/13"), gt("10/11"), p) == Approx(1.0 / (2 * pb)));
    CHECK(trioIndex(gt("10/12"), gt("11/11"), gt("10/11"), p) == Approx(1.0 / pb));
    // child ab, mother ab: either allele may be paternal
    CHECK(trioIndex(gt("10/11"), gt("10/13"), gt("10/11"), p) == Approx(1.0 / (2 * (pa + pb))));
    CHECK(trioIndex(gt("10/11"), gt("10/11"), gt("10/11"), p) == Approx(1.0 / (pa + pb)));
    // child aa, mother ab: paternal a
    CHECK(trioIndex(gt("10/11"), gt("10/13"), gt("10/10"), p) == Approx(1.0 / (2 * pa)));
    // alleged father lacks the obligate allele
    CHECK(trioIndex(gt("10/12"), gt("13/14"), gt("10/11"), p) == 0.0);
    CHECK_FALSE(trioConsistent(gt("10/12"), gt("13/14"), gt("10/11")));
    // maternal inconsistency is an inconsistency of the trio too
    CHECK_FALSE(trioConsistent(gt("13/14"), gt("10/11"), gt("10/11")));
}

TEST_CASE("both parents alleged (reverse parentage)", "[dna][formulas]") {
    const AlleleProbabilities p = hw();
    CHECK(bothParentsIndex(gt("10/11"), gt("12/13"), gt("10/12"), p) == Approx(1.0 / (8 * pa * pc)));
    CHECK(bothParentsIndex(gt("10/10"), gt("10/10"), gt("10/10"), p) == Approx(1.0 / (pa * pa)));
    CHECK(bothParentsIndex(gt("10/11"), gt("10/11"), gt("10/11"), p) == Approx(0.5 / (2 * pa * pb)));
    CHECK(bothParentsIndex(gt("10/11"), gt("12/13"), gt("10/11"), p) == 0.0);
    CHECK_FALSE(bothParentsConsistent(gt("10/11"), gt("12/13"), gt("10/11")));
}

TEST_CASE("full siblings match Brenner's table", "[dna][formulas]") {
    const AlleleProbabilities p = hw();
    CHECK(fullSiblingIndex(gt("10/10"), gt("10/10"), p) == Approx((1 + pa) * (1 + pa) / (4 * pa * pa)));
    CHECK(fullSiblingIndex(gt("10/11"), gt("10/11"), p) == Approx((1 + pa + pb + 2 * pa * pb) / (8 * pa * pb)));
    CHECK(fullSiblingIndex(gt("10/10"), gt("10/11"), p) == Approx((1 + pa) / (4 * pa)));
    CHECK(fullSiblingIndex(gt("10/11"), gt("10/10"), p) == Approx((1 + pa) / (4 * pa)));
    CHECK(fullSiblingIndex(gt("10/11"), gt("10/12"), p) == Approx((1 + 2 * pa) / (8 * pa)));
    CHECK(fullSiblingIndex(gt("10/11"), gt("12/13"), p) == Approx(0.25));
    CHECK(fullSiblingIndex(gt("10/10"), gt("11/11"), p) == Approx(0.25));
}

TEST_CASE("half siblings match Brenner's table", "[dna][formulas]") {
    const AlleleProbabilities p = hw();
    CHECK(halfSiblingIndex(gt("10/10"), gt("10/10"), p) == Approx((1 + pa) / (2 * pa)));
    CHECK(halfSiblingIndex(gt("10/11"), gt("10/11"), p) == Approx((pa + pb + 4 * pa * pb) / (8 * pa * pb)));
    CHECK(halfSiblingIndex(gt("10/10"), gt("10/11"), p) == Approx((1 + 2 * pa) / (4 * pa)));
    CHECK(halfSiblingIndex(gt("10/11"), gt("10/12"), p) == Approx((1 + 4 * pa) / (8 * pa)));
    CHECK(halfSiblingIndex(gt("10/11"), gt("12/13"), p) == Approx(0.5));
}

TEST_CASE("every pairwise closed form equals the generic IBD form", "[dna][formulas]") {
    std::mt19937 rng(20240611);
    for (const double theta : {0.0, 0.01, 0.03, 0.1}) {
        for (int trial = 0; trial < 400; ++trial) {
            const int alleles = 2 + trial % 8;
            const MarkerFrequencies marker = reunite::dna::test::randomMarker(rng, alleles);
            const AlleleProbabilities p = withTheta(theta, marker);
            const Genotype x = randomGenotype(rng, alleles), y = randomGenotype(rng, alleles);
            INFO("theta " << theta << " X " << x.text() << " Y " << y.text());
            CHECK(parentChildIndex(x, y, p) == Approx(ibdLikelihoodRatio(x, y, IbdCoefficients::parentChild(), p)).epsilon(1e-12));
            CHECK(fullSiblingIndex(x, y, p) == Approx(ibdLikelihoodRatio(x, y, IbdCoefficients::fullSiblings(), p)).epsilon(1e-12));
            CHECK(halfSiblingIndex(x, y, p) == Approx(ibdLikelihoodRatio(x, y, IbdCoefficients::halfSiblings(), p)).epsilon(1e-12));
            CHECK(ibdLikelihoodRatio(x, y, IbdCoefficients::unrelated(), p) == Approx(1.0));
            // the pairwise LR does not depend on who is X and who is Y
            CHECK(fullSiblingIndex(x, y, p) == Approx(fullSiblingIndex(y, x, p)).epsilon(1e-12));
        }
    }
}

TEST_CASE("parentage closed forms equal the transmission forms without mutation", "[dna][formulas]") {
    std::mt19937 rng(7);
    for (const double theta : {0.0, 0.02, 0.05}) {
        for (int trial = 0; trial < 500; ++trial) {
            const int alleles = 2 + trial % 6;
            const MarkerFrequencies marker = reunite::dna::test::randomMarker(rng, alleles);
            const AlleleProbabilities p = withTheta(theta, marker);
            const Genotype m = randomGenotype(rng, alleles), f = randomGenotype(rng, alleles), c = randomGenotype(rng, alleles);
            INFO("theta " << theta << " M " << m.text() << " F " << f.text() << " C " << c.text());
            CHECK(duoIndex(f, c, p) == Approx(duoIndex(f, c, p, mendelianTransmission)).epsilon(1e-12));
            CHECK(trioIndex(m, f, c, p) == Approx(trioIndex(m, f, c, p, mendelianTransmission)).epsilon(1e-12));
            CHECK(bothParentsIndex(m, f, c, p) == Approx(bothParentsIndex(m, f, c, p, mendelianTransmission)).epsilon(1e-12));
            CHECK((trioIndex(m, f, c, p) > 0.0) == trioConsistent(m, f, c));
            CHECK((duoIndex(f, c, p) > 0.0) == duoConsistent(f, c));
        }
    }
}

TEST_CASE("theta: NRC II 4.10 match probabilities and Balding-Nichols parentage", "[dna][formulas][theta]") {
    const double t = 0.03;
    const AlleleProbabilities p = withTheta(t);
    const double homozygote = (2 * t + (1 - t) * pa) * (3 * t + (1 - t) * pa) / ((1 + t) * (1 + 2 * t));
    const double heterozygote = 2 * (t + (1 - t) * pa) * (t + (1 - t) * pb) / ((1 + t) * (1 + 2 * t));
    const Genotype aa = gt("10/10"), ab = gt("10/11");
    CHECK(p.genotypeGiven(aa, allelesOf({&aa})) == Approx(homozygote));
    CHECK(p.genotypeGiven(ab, allelesOf({&ab})) == Approx(heterozygote));
    // trio with theta: PI = (1 + 3t) / (2 (t + (1 - t) p_b)) when the father is ab-type carrying b once
    CHECK(trioIndex(gt("10/12"), gt("11/13"), gt("10/11"), p) == Approx((1 + 3 * t) / (2 * (t + (1 - t) * pb))));
    // duo ab | ac: (1 + 2t) / (4 (t + (1 - t) p_a))
    CHECK(duoIndex(gt("10/11"), gt("10/12"), p) == Approx((1 + 2 * t) / (4 * (t + (1 - t) * pa))));
}

TEST_CASE("theta > 0 lowers the LR for rare shared alleles", "[dna][formulas][theta]") {
    const MarkerFrequencies rare = markerOf({{"10", 0.01}, {"11", 0.02}, {"12", 0.97}});
    const AlleleProbabilities none = withTheta(0.0, rare), some = withTheta(0.03, rare);
    CHECK(duoIndex(gt("10/10"), gt("10/10"), some) < duoIndex(gt("10/10"), gt("10/10"), none));
    CHECK(duoIndex(gt("10/11"), gt("10/12"), some) < duoIndex(gt("10/11"), gt("10/12"), none));
    CHECK(trioIndex(gt("12/12"), gt("10/11"), gt("10/12"), some) < trioIndex(gt("12/12"), gt("10/11"), gt("10/12"), none));
    CHECK(bothParentsIndex(gt("10/12"), gt("11/12"), gt("10/11"), some) <
          bothParentsIndex(gt("10/12"), gt("11/12"), gt("10/11"), none));
    CHECK(fullSiblingIndex(gt("10/11"), gt("10/11"), some) < fullSiblingIndex(gt("10/11"), gt("10/11"), none));
    CHECK(halfSiblingIndex(gt("10/10"), gt("10/12"), some) < halfSiblingIndex(gt("10/10"), gt("10/12"), none));
}

TEST_CASE("stepwise mutation model", "[dna][formulas][mutation]") {
    const double mu = 0.002;
    const StepwiseMutation model(mu);
    const Allele a10 = *Allele::parse("10"), a11 = *Allele::parse("11"), a13 = *Allele::parse("13");
    CHECK(StepwiseMutation::effectiveSteps(a10, a11) == 1);
    CHECK(StepwiseMutation::effectiveSteps(a10, a13) == 3);
    CHECK(StepwiseMutation::effectiveSteps(*Allele::parse("9.3"), *Allele::parse("10")) == 2);
    CHECK(StepwiseMutation::effectiveSteps(*Allele::parse("9.3"), *Allele::parse("10.3")) == 1);
    CHECK(model.transition(a10, a11) == Approx(mu / 2));
    CHECK(model.transition(a10, a13) == Approx(mu / 2 * 0.01));
    CHECK(model.transition(a10, a10) == 1.0);

    const MarkerFrequencies& marker = textbookMarker();
    const AlleleProbabilities p = hw(marker);
    const Transmission t = [&model](const Genotype& g, const Allele& a) { return model.transmission(g, a); };
    // trio: child 10/12, mother 12/14, alleged father 11/15: paternal 10 is one step from 11 only
    const double expected = 0.5 * (mu / 2 + mu / 2 * std::pow(0.1, 4)) / pa;
    // all mutation paths are summed; the mother's 14 -> 12 and 12 -> 10 paths are O(mu^2)
    CHECK(trioIndex(gt("12/14"), gt("11/15"), gt("10/12"), p, t) == Approx(expected).epsilon(1e-3));
    CHECK(trioIndex(gt("12/14"), gt("11/15"), gt("10/12"), p, t) == Approx(mu / (4 * pa)).epsilon(1e-3));
    // exact sum over both ways the child's alleles split (mother 12/12 can pass 10 only by mutation)
    const double tm10 = mu / 2 * 0.1, tf10 = 0.5 * (mu / 2 + mu / 2 * 1e-4), tf12 = 0.5 * (mu / 2 + mu / 2 * 1e-2);
    CHECK(trioIndex(gt("12/12"), gt("11/15"), gt("10/12"), p, t) ==
          Approx((tf10 + tm10 * tf12) / (pa + tm10 * pc)).epsilon(1e-12));
    // homozygous father one step away: mu / (2 p)
    CHECK(trioIndex(gt("12/14"), gt("11/11"), gt("10/12"), p, t) == Approx(mu / (2 * pa)).epsilon(1e-3));
    // duo and both-parents inconsistencies get a small positive LR
    const double duo = duoIndex(gt("13/14"), gt("10/12"), p, t);
    CHECK(duo > 0.0);
    CHECK(duo < 0.01);
    CHECK(bothParentsIndex(gt("13/14"), gt("15/15"), gt("10/12"), p, t) > 0.0);
    // off-ladder or X/Y alleles still give > 0
    CHECK(model.transition(*Allele::parse("X"), a10) > 0.0);
}

namespace {

double hwGenotype(const Genotype& g, const MarkerFrequencies& m) {
    const double a = *m.frequency(g.first()), b = *m.frequency(g.second());
    return g.isHomozygous() ? a * a : 2 * a * b;
}

std::vector<Genotype> allGenotypes(const MarkerFrequencies& m) {
    std::vector<Genotype> out;
    for (auto i = m.alleles.begin(); i != m.alleles.end(); ++i)
        for (auto j = i; j != m.alleles.end(); ++j) out.push_back(gt(i->first + "/" + j->first));
    return out;
}

}  // namespace

TEST_CASE("exclusion powers equal brute-force enumeration", "[dna][formulas][exclusion]") {
    std::mt19937 rng(3);
    const MarkerFrequencies m = reunite::dna::test::randomMarker(rng, 6);
    const AlleleProbabilities p = hw(m);
    const std::vector<Genotype> genotypes = allGenotypes(m);
    double duo = 0, trio = 0, both = 0;
    for (const Genotype& c : genotypes) {
        for (const Genotype& man : genotypes) duo += hwGenotype(c, m) * hwGenotype(man, m) * (duoConsistent(man, c) ? 0 : 1);
        for (const Genotype& x : genotypes)
            for (const Genotype& y : genotypes)
                both += hwGenotype(c, m) * hwGenotype(x, m) * hwGenotype(y, m) * (bothParentsConsistent(x, y, c) ? 0 : 1);
    }
    // trio: mother random, child = mother's allele + random paternal allele, alleged man random
    for (const Genotype& mother : genotypes)
        for (const Genotype& child : genotypes) {
            double childGivenMother = 0;
            for (const auto& [maternal, paternal] : {std::pair{child.first(), child.second()}, std::pair{child.second(), child.first()}}) {
                childGivenMother += mendelianTransmission(mother, maternal) * p.frequency(paternal);
                if (child.isHomozygous()) break;
            }
            for (const Genotype& man : genotypes)
                trio += hwGenotype(mother, m) * childGivenMother * hwGenotype(man, m) * (trioConsistent(mother, man, child) ? 0 : 1);
        }
    CHECK(duoExclusionPower(m) == Approx(duo).epsilon(1e-9));
    CHECK(trioExclusionPower(m) == Approx(trio).epsilon(1e-9));
    CHECK(bothParentsExclusionPower(m) == Approx(both).epsilon(1e-9));
    CHECK(trioExclusionPower(m) > duoExclusionPower(m));
    CHECK(cumulativeExclusionPower({0.5, 0.5}) == Approx(0.75));
}
