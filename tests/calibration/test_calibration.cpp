// Calibration of scores to likelihood ratios: the logistic fit recovers a known log LR, the map is
// monotone and bounded, and Cllr / Cllr-min / ECE / the reliability table behave at their extremes.
#include <cmath>
#include <random>

#include <catch2/catch.hpp>

#include "calibration/CalibrationMetrics.h"
#include "calibration/LogisticRegression.h"
#include "calibration/ScoreCalibration.h"

using namespace reunite;

namespace {

struct Scores {
    std::vector<double> mates, nonMates;
};

// Distances: mates ~ N(0.4, 0.1), non-mates ~ N(0.8, 0.1).
Scores gaussianDistances(std::size_t mates, std::size_t nonMates, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> mate(0.4, 0.1), nonMate(0.8, 0.1);
    Scores s;
    for (std::size_t i = 0; i < mates; ++i) s.mates.push_back(mate(rng));
    for (std::size_t i = 0; i < nonMates; ++i) s.nonMates.push_back(nonMate(rng));
    return s;
}

}  // namespace

TEST_CASE("the calibration follows the log LR of two Gaussians", "[calibration]") {
    const Scores s = gaussianDistances(4000, 4000, 1);
    auto calibration = ScoreCalibration::fit(s.mates, s.nonMates);
    REQUIRE(calibration.ok());
    // ln LR(d) = ((0.4 - 0.8) d - (0.16 - 0.64) / 2) / 0.01 = -40 d + 24
    for (double d = 0.45; d <= 0.75; d += 0.05) {
        INFO("distance " << d);
        CHECK(calibration.value().log10LikelihoodRatio(d) == Approx((-40 * d + 24) / std::log(10.0)).margin(0.35));
    }
    // Similarities (larger is more mate-like) are calibrated the other way round.
    std::vector<double> mates, nonMates;
    for (double d : s.mates) mates.push_back(-d);
    for (double d : s.nonMates) nonMates.push_back(-d);
    auto similarity = ScoreCalibration::fit(mates, nonMates);
    REQUIRE(similarity.ok());
    CHECK(similarity.value().log10LikelihoodRatio(-0.5) == Approx(calibration.value().log10LikelihoodRatio(0.5)).margin(1e-9));
}

TEST_CASE("logistic regression recovers a known log-odds line", "[calibration]") {
    const Scores s = gaussianDistances(4000, 4000, 9);
    std::vector<double> rows;
    std::vector<std::uint8_t> labels;
    for (double d : s.mates) {
        rows.push_back(d);
        labels.push_back(1);
    }
    for (double d : s.nonMates) {
        rows.push_back(d);
        labels.push_back(0);
    }
    auto model = fitLogisticRegression(rows, 1, labels);
    REQUIRE(model.ok());
    CHECK(model.value().weights[0] == Approx(-40).epsilon(0.08));
    CHECK(model.value().intercept == Approx(24).epsilon(0.08));
}

TEST_CASE("a calibration map is monotone and bounded, and no LR is infinite", "[calibration]") {
    const Scores s = gaussianDistances(200, 2000, 2);
    auto fitted = ScoreCalibration::fit(s.mates, s.nonMates);
    REQUIRE(fitted.ok());
    const ScoreCalibration& c = fitted.value();
    CHECK(c.maxLog10() == Approx(std::log10(2000.0)));
    CHECK(c.minLog10() == Approx(-std::log10(200.0)));
    double previous = std::numeric_limits<double>::infinity();
    for (double d = -5; d <= 5; d += 0.01) {
        const double l = c.log10LikelihoodRatio(d);
        CHECK(std::isfinite(l));
        CHECK(l <= previous);  // distances: larger is less mate-like
        CHECK(l <= c.maxLog10());
        CHECK(l >= c.minLog10());
        previous = l;
    }
    CHECK(c.log10LikelihoodRatio(-1e300) == c.maxLog10());
    CHECK(c.log10LikelihoodRatio(1e300) == c.minLog10());
    CHECK(std::isfinite(c.log10LikelihoodRatio(std::numeric_limits<double>::quiet_NaN())));
}

TEST_CASE("calibration knots must be finite, ordered and monotone", "[calibration]") {
    CHECK(ScoreCalibration::fromKnots({{0, 2}, {1, 0}, {2, -1}}, -3, 3).ok());
    CHECK_FALSE(ScoreCalibration::fromKnots({{0, 2}, {1, 0}, {2, 1}}, -3, 3).ok());
    CHECK_FALSE(ScoreCalibration::fromKnots({{1, 0}, {0, 2}}, -3, 3).ok());
    CHECK_FALSE(ScoreCalibration::fromKnots({}, -3, 3).ok());
    CHECK_FALSE(ScoreCalibration::fromKnots({{0, 1}}, 3, -3).ok());
    auto c = ScoreCalibration::fromKnots({{0, 2}, {1, 0}, {2, -1}}, -3, 3);
    CHECK(c.value().log10LikelihoodRatio(0.5) == Approx(1.0));
    CHECK(c.value().log10LikelihoodRatio(-7) == Approx(2.0));
    CHECK(c.value().log10LikelihoodRatio(9) == Approx(-1.0));
}

TEST_CASE("calibration refuses data without both classes", "[calibration]") {
    CHECK_FALSE(ScoreCalibration::fit({0.1, 0.2}, {}).ok());
    CHECK_FALSE(ScoreCalibration::fit({0.1}, {0.5, 0.6}).ok());
    CHECK_FALSE(fitLogisticRegression({1, 2, 3}, 1, {1, 1, 1}).ok());
    CHECK_FALSE(fitLogisticRegression({1, 2, 3}, 2, {1, 0, 1}).ok());
}

TEST_CASE("separable data gives a steep but finite fit", "[calibration]") {
    auto model = fitLogisticRegression({0, 1, 2, 10, 11, 12}, 1, {0, 0, 0, 1, 1, 1});
    REQUIRE(model.ok());
    CHECK(std::isfinite(model.value().weights[0]));
    CHECK(model.value().weights[0] > 1);
    const double middle = 6;
    CHECK(model.value().logOdds(&middle) == Approx(0).margin(1.0));
}

TEST_CASE("Cllr is 0 for a perfect system and 1 for one that always says LR = 1", "[calibration]") {
    CHECK(cllr({8, 9, 10}, {-8, -9, -10}) < 1e-6);
    CHECK(cllr({0, 0, 0}, {0, 0}) == Approx(1.0));
    CHECK(cllr({-3}, {3}) > 5);  // confidently wrong is worse than saying nothing
    CHECK(std::isnan(cllr({}, {1})));
}

TEST_CASE("Cllr-min measures discrimination only", "[calibration]") {
    // Perfectly separated scores: PAV gives the bounded extreme LRs.
    std::vector<double> mates, nonMates;
    for (int i = 0; i < 1000; ++i) {
        mates.push_back(10 + i);
        nonMates.push_back(-10 - i);
    }
    CHECK(minimumCllr(mates, nonMates) < 0.01);
    // Identical distributions: no discrimination, Cllr-min close to 1 and never above.
    const Scores same = gaussianDistances(2000, 0, 3), other = gaussianDistances(2000, 0, 4);
    const double useless = minimumCllr(same.mates, other.mates);
    CHECK(useless <= 1.0 + 1e-12);
    CHECK(useless > 0.97);
    // Ties cannot be told apart.
    CHECK(minimumCllr({1, 1, 1}, {1, 1, 1}) == Approx(1.0));
    // Miscalibrated but well-ordered LRs: Cllr-min below Cllr.
    const Scores s = gaussianDistances(500, 500, 5);
    std::vector<double> mateLr, nonMateLr, mateScore, nonMateScore;
    for (double d : s.mates) {
        mateLr.push_back(-40 * d + 30);
        mateScore.push_back(-d);
    }
    for (double d : s.nonMates) {
        nonMateLr.push_back(-40 * d + 30);
        nonMateScore.push_back(-d);
    }
    CHECK(minimumCllr(mateScore, nonMateScore) < cllr(mateLr, nonMateLr));
}

TEST_CASE("ECE and the reliability table of well-calibrated LRs", "[calibration]") {
    const Scores s = gaussianDistances(20000, 20000, 6);
    auto c = ScoreCalibration::fit(s.mates, s.nonMates);
    REQUIRE(c.ok());
    CalibrationEvidence e;
    for (double d : s.mates) {
        e.mateScores.push_back(-d);
        e.mateLog10.push_back(c.value().log10LikelihoodRatio(d));
    }
    for (double d : s.nonMates) {
        e.nonMateScores.push_back(-d);
        e.nonMateLog10.push_back(c.value().log10LikelihoodRatio(d));
    }
    const CalibrationFigures f = describeCalibration(e);
    CHECK(f.expectedCalibrationError < 0.02);
    CHECK(f.cllr == Approx(f.minimumCllr).margin(0.02));
    // Stated and empirical LRs agree in the well-filled middle bins.
    for (const ReliabilityBin& bin : f.bins) {
        if (bin.mates < 200 || bin.nonMates < 200) continue;
        CHECK(bin.empiricalLog10 == Approx(bin.meanStatedLog10).margin(0.3));
    }
    // Overconfident LRs (doubled) have a larger ECE.
    CalibrationEvidence doubled = e;
    for (double& l : doubled.mateLog10) l *= 2;
    for (double& l : doubled.nonMateLog10) l *= 2;
    CHECK(expectedCalibrationError(doubled.mateLog10, doubled.nonMateLog10) > f.expectedCalibrationError + 0.005);
}

TEST_CASE("share of mates among comparisons given LR >= 100", "[calibration]") {
    const HighLikelihoodReliability r = shareOfMatesAtOrAbove({3, 2.5, 1, 0}, {2, -1, -2, -3, -4, -5, -6, -7}, 2);
    CHECK(r.comparisons == 3);
    CHECK(r.mates == 2);
    CHECK(r.observedShare == Approx(2.0 / 3));
    // prior odds 4/8: LR 1000 -> 500/501, LR 316 -> 158/159, LR 100 -> 50/51
    const double expected = (500.0 / 501 + std::pow(10, 2.5) * 0.5 / (1 + std::pow(10, 2.5) * 0.5) + 50.0 / 51) / 3;
    CHECK(r.expectedShare == Approx(expected));
    CHECK(std::isnan(shareOfMatesAtOrAbove({1}, {0}, 2).observedShare));
}
