#include "age/progression/internal/LocalEnergyTransfer.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace reunite::internal {
namespace {

cv::Mat luminanceOf(const cv::Mat& rgb) {
    cv::Mat grey;
    cv::transform(rgb, grey, cv::Matx13f(1.0f / 3, 1.0f / 3, 1.0f / 3));
    return grey;
}

cv::Mat blurred(const cv::Mat& image, double sigma) {
    if (sigma <= 0) return image.clone();
    cv::Mat out;
    cv::GaussianBlur(image, out, cv::Size(), sigma, 0, cv::BORDER_REPLICATE);
    return out;
}

// Difference-of-Gaussian bands of a single-channel image: band k = blur(sigma[k-1]) - blur(sigma[k]).
std::vector<cv::Mat> bandsOf(const cv::Mat& grey, const std::vector<double>& sigmas, double scale) {
    std::vector<cv::Mat> bands;
    cv::Mat finer = grey;
    for (double sigma : sigmas) {
        cv::Mat coarser = blurred(grey, sigma * scale);
        bands.push_back(finer - coarser);
        finer = coarser;
    }
    return bands;
}

cv::Mat localEnergy(const cv::Mat& band, double blurSigma, double noiseFloor) {
    cv::Mat energy;
    cv::sqrt(blurred(band.mul(band), blurSigma), energy);
    return energy + noiseFloor;
}

}  // namespace

std::vector<cv::Mat> localEnergyGains(const cv::Mat& sourcePrototype, const cv::Mat& targetPrototype, const LocalEnergyOptions& options) {
    const std::vector<cv::Mat> source = bandsOf(luminanceOf(sourcePrototype), options.bandSigmas, 1.0);
    const std::vector<cv::Mat> target = bandsOf(luminanceOf(targetPrototype), options.bandSigmas, 1.0);
    std::vector<cv::Mat> gains;
    for (std::size_t k = 0; k < source.size(); ++k) {
        const double blurSigma = options.energyBlur * options.bandSigmas[k];
        cv::Mat gain;
        cv::divide(localEnergy(target[k], blurSigma, options.noiseFloor), localEnergy(source[k], blurSigma, options.noiseFloor), gain);
        cv::min(cv::max(gain, options.minGain), options.maxGain, gain);
        gains.push_back(blurred(gain, options.bandSigmas[k]));
    }
    return gains;
}

std::vector<cv::Mat> detailEnergyGains(const cv::Mat& sourceEnergy, const cv::Mat& targetEnergy, const LocalEnergyOptions& options) {
    std::vector<cv::Mat> source, target, gains;
    cv::split(sourceEnergy, source);
    cv::split(targetEnergy, target);
    for (std::size_t k = 0; k < source.size() && k < options.bandSigmas.size(); ++k) {
        const double blurSigma = options.energyBlur * options.bandSigmas[k];
        cv::Mat gain;
        cv::divide(blurred(target[k], blurSigma) + options.noiseFloor, blurred(source[k], blurSigma) + options.noiseFloor, gain);
        cv::min(cv::max(gain, options.minGain), options.maxGain, gain);
        gains.push_back(blurred(gain, options.bandSigmas[k]));
    }
    return gains;
}

cv::Mat detailBandSquares(const cv::Mat& texture, const cv::Mat& mask, const LocalEnergyOptions& options) {
    cv::Mat grey = luminanceOf(texture);
    const double mean = cv::mean(grey, mask)[0];
    grey *= 128.0 / std::max(1.0, mean);
    std::vector<cv::Mat> squares;
    for (const cv::Mat& band : bandsOf(grey, options.bandSigmas, 1.0)) squares.push_back(band.mul(band));
    cv::Mat out;
    cv::merge(squares, out);
    return out;
}

void applyLocalEnergyGains(cv::Mat& face, const std::vector<cv::Mat>& gains, double scale, const LocalEnergyOptions& options) {
    const std::vector<cv::Mat> bands = bandsOf(luminanceOf(face), options.bandSigmas, scale);
    cv::Mat change = cv::Mat::zeros(face.size(), CV_32FC1);
    for (std::size_t k = 0; k < bands.size() && k < gains.size(); ++k) change += (gains[k] - 1.0f).mul(bands[k]);
    cv::Mat change3;
    cv::merge(std::vector<cv::Mat>{change, change, change}, change3);
    face += change3;
}

}  // namespace reunite::internal
