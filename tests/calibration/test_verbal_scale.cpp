// The verbal scale's boundaries (ENFSI 2015) and its statements in both directions.
#include <catch2/catch.hpp>

#include <string>

#include <cmath>

#include "calibration/VerbalScale.h"
#include "domain/LikelihoodRatioText.h"

using namespace reunite;

TEST_CASE("verbal strength boundaries", "[verbal]") {
    CHECK(verbalStrength(0) == VerbalStrength::None);
    CHECK(verbalStrength(0.3) == VerbalStrength::Weak);
    CHECK(verbalStrength(0.999) == VerbalStrength::Weak);
    CHECK(verbalStrength(1.0) == VerbalStrength::Moderate);
    CHECK(verbalStrength(1.999) == VerbalStrength::Moderate);
    CHECK(verbalStrength(2.0) == VerbalStrength::ModeratelyStrong);
    CHECK(verbalStrength(3.0) == VerbalStrength::Strong);
    CHECK(verbalStrength(3.999) == VerbalStrength::Strong);
    CHECK(verbalStrength(4.0) == VerbalStrength::VeryStrong);
    CHECK(verbalStrength(5.999) == VerbalStrength::VeryStrong);
    CHECK(verbalStrength(6.0) == VerbalStrength::ExtremelyStrong);
    CHECK(verbalStrength(-1.5) == VerbalStrength::Moderate);
    CHECK(verbalStrength(-4.2) == VerbalStrength::VeryStrong);
}

TEST_CASE("verbal statements name the favoured proposition", "[verbal]") {
    const VerbalEquivalent up = verbalEquivalent(2.5, "the candidate being the child", "an unrelated person");
    CHECK(up.supportsProposition);
    CHECK(up.words == "moderately strong support");
    CHECK(up.statement == "moderately strong support for the candidate being the child rather than an unrelated person");
    const VerbalEquivalent down = verbalEquivalent(-0.5, "the candidate being the child", "an unrelated person");
    CHECK_FALSE(down.supportsProposition);
    CHECK(down.statement == "weak support for an unrelated person rather than the candidate being the child");
    const VerbalEquivalent none = verbalEquivalent(0, "A", "B");
    CHECK(none.strength == VerbalStrength::None);
    CHECK_FALSE(none.supportsProposition);
    CHECK(std::string(leadCaveat()).find("lead") != std::string::npos);
    CHECK(std::string(leadCaveat()).find("not an identification") != std::string::npos);
}

TEST_CASE("likelihood ratios are written for people with two significant digits", "[calibration][words]") {
    CHECK(likelihoodRatioText(0) == "1.0");
    CHECK(likelihoodRatioText(std::log10(4.7)) == "4.7");
    CHECK(likelihoodRatioText(std::log10(52.3)) == "52");
    CHECK(likelihoodRatioText(std::log10(467)) == "470");
    CHECK(likelihoodRatioText(-std::log10(52.3)) == "1/52");
    CHECK(likelihoodRatioText(3.42) == "10^3.4");
    CHECK(likelihoodRatioText(-6.0) == "1/10^6.0");
}
