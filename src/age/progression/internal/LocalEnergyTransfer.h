#pragma once
// LocalEnergyTransfer: the texture step that keeps detail, private to reunite_age. After Tiddeman,
// Burt and Perrett (2001), on difference-of-Gaussian bands instead of wavelets: a mean face is
// blurry, so adding the difference of two mean textures cannot give a face the skin detail of
// another age, but the ratio of the two means' local detail energy says how much stronger (adult
// skin, beard shadow, folds) or weaker (childhood softness) each band should be at each place.
//  - gains(): per band, target-age local energy over source-age local energy, both prototypes laid
//    out on the same shape (frame pixels), smoothed and clamped to [minGain, maxGain];
//  - apply(): the face's own bands (at the same physical scale: frame sigmas times `scale`) are
//    multiplied by the gains, which were warped onto the face beforehand (gain 1 where none).
// The face keeps its own detail where it is (its freckles, scars); only their contrast changes.
// Brightness only: the same change goes to all three channels, so colours do not shift.
// Thread safety: pure functions.
#include <vector>

#include <opencv2/core.hpp>

#include "age/model/AgeModelData.h"

namespace reunite::internal {

struct LocalEnergyOptions {
    // band k: blur(sigma[k-1]) - blur(sigma[k]), frame px (sigma[-1] = 0); the age model's bands
    std::vector<double> bandSigmas{std::begin(kDetailBandSigmas), std::end(kDetailBandSigmas)};
    double energyBlur = 2.5;                        // local energy: blur of the squared band, in multiples of its sigma
    double noiseFloor = 0.6;                        // grey levels added to both energies (flat regions stay put)
    double minGain = 0.5;
    double maxGain = 2.5;
};

// CV_32FC3 prototypes of equal size -> one CV_32FC1 gain map per band (same size), from the
// detail of the two mean textures (a fallback for models without detail energy).
std::vector<cv::Mat> localEnergyGains(const cv::Mat& sourcePrototype, const cv::Mat& targetPrototype, const LocalEnergyOptions& options);

// The same from the age model's detail energies (CV_32FC3, channel k = RMS of band k in grey
// levels), which keep the detail a mean texture loses.
std::vector<cv::Mat> detailEnergyGains(const cv::Mat& sourceEnergy, const cv::Mat& targetEnergy, const LocalEnergyOptions& options);

// Squares of one face's detail bands (CV_32FC3, channel k = band k squared) of a CV_32FC3
// texture, its brightness first scaled to a mean of 128 inside `mask` (CV_8U), for the model
// builder's detail energy.
cv::Mat detailBandSquares(const cv::Mat& texture, const cv::Mat& mask, const LocalEnergyOptions& options);

// face (CV_32FC3) += sum_k (gain_k - 1) * band_k(face), bands at bandSigmas * scale; gains are
// CV_32FC1 of the face's size.
void applyLocalEnergyGains(cv::Mat& face, const std::vector<cv::Mat>& gains, double scale, const LocalEnergyOptions& options);

}  // namespace reunite::internal
