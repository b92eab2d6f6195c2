// The detail step of age progression (local-energy transfer) on synthetic textures.
#include <random>

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "age/progression/internal/LocalEnergyTransfer.h"

using namespace reunite;

namespace {

cv::Mat flat(int size, float value) { return cv::Mat(size, size, CV_32FC3, cv::Scalar::all(value)); }

// Fine grey noise of the given amplitude on a flat mid-grey.
cv::Mat textured(int size, float amplitude, unsigned seed) {
    cv::Mat out = flat(size, 128);
    cv::Mat noise(size, size, CV_32FC1);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::NORMAL, 0, amplitude);
    std::vector<cv::Mat> channels{noise, noise, noise};
    cv::Mat noise3;
    cv::merge(channels, noise3);
    return out + noise3;
}

double fineEnergy(const cv::Mat& face) {
    cv::Mat grey;
    cv::transform(face, grey, cv::Matx13f(1.0f / 3, 1.0f / 3, 1.0f / 3));
    cv::Mat blurred;
    cv::GaussianBlur(grey, blurred, cv::Size(), 1.6);
    cv::Mat band = grey - blurred;
    return cv::norm(band);
}

}  // namespace

TEST_CASE("equal prototypes give gain 1 and leave the face unchanged", "[age][detail]") {
    const internal::LocalEnergyOptions options;
    const cv::Mat prototype = textured(64, 6, 1);
    const std::vector<cv::Mat> gains = internal::localEnergyGains(prototype, prototype, options);
    REQUIRE(gains.size() == options.bandSigmas.size());
    for (const cv::Mat& g : gains) {
        double lo = 0, hi = 0;
        cv::minMaxLoc(g, &lo, &hi);
        CHECK(lo == Approx(1).margin(1e-4));
        CHECK(hi == Approx(1).margin(1e-4));
    }
    cv::Mat face = textured(64, 10, 2);
    const cv::Mat before = face.clone();
    internal::applyLocalEnergyGains(face, gains, 1.0, options);
    CHECK(cv::norm(face - before, cv::NORM_INF) < 1e-3);
}

TEST_CASE("a more textured target age strengthens the face's own detail, a smoother one softens it", "[age][detail]") {
    const internal::LocalEnergyOptions options;
    const cv::Mat smooth = textured(64, 1, 3), rough = textured(64, 8, 4);
    const cv::Mat face = textured(64, 5, 5);
    cv::Mat aged = face.clone(), younger = face.clone();
    internal::applyLocalEnergyGains(aged, internal::localEnergyGains(smooth, rough, options), 1.0, options);
    internal::applyLocalEnergyGains(younger, internal::localEnergyGains(rough, smooth, options), 1.0, options);
    CHECK(fineEnergy(aged) > 1.5 * fineEnergy(face));
    CHECK(fineEnergy(younger) < 0.8 * fineEnergy(face));
    // Only detail changes: the mean brightness stays.
    CHECK(cv::mean(aged)[0] == Approx(cv::mean(face)[0]).margin(0.5));
}

TEST_CASE("gains are clamped, and colour is left alone", "[age][detail]") {
    internal::LocalEnergyOptions options;
    const std::vector<cv::Mat> gains = internal::localEnergyGains(flat(48, 100), textured(48, 60, 6), options);
    for (const cv::Mat& g : gains) {
        double lo = 0, hi = 0;
        cv::minMaxLoc(g, &lo, &hi);
        CHECK(hi <= options.maxGain + 1e-4);
        CHECK(lo >= options.minGain - 1e-4);
    }
    cv::Mat face = textured(48, 5, 7);
    std::vector<cv::Mat> channels;
    cv::split(face, channels);
    channels[0] += 40;  // a colour cast
    cv::merge(channels, face);
    const cv::Mat before = face.clone();
    internal::applyLocalEnergyGains(face, gains, 1.0, options);
    cv::Mat change = face - before;
    std::vector<cv::Mat> parts;
    cv::split(change, parts);
    CHECK(cv::norm(parts[0] - parts[1], cv::NORM_INF) < 1e-3);
    CHECK(cv::norm(parts[1] - parts[2], cv::NORM_INF) < 1e-3);
    CHECK(cv::norm(change) > 1);
}
