#include "age/progression/AgeProgressor.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "age/geometry/DelaunayTriangulation.h"
#include "age/geometry/PiecewiseAffineWarp.h"
#include "age/geometry/ShapeGeometry.h"
#include "age/geometry/internal/FaceMask.h"
#include "age/geometry/internal/FrameWarp.h"
#include "age/geometry/internal/MatViews.h"
#include "age/progression/internal/LocalEnergyTransfer.h"

namespace reunite {
namespace {

constexpr double kMaxAge = 120;

Status validatePhoto(const FacePhoto& photo, const std::string& what) {
    if (photo.image.empty() ||
        photo.image.pixels.size() != static_cast<std::size_t>(photo.image.width) * photo.image.height * 3) {
        return makeError(ErrorCode::InvalidArgument, what + " image is empty or inconsistent");
    }
    if (!(photo.age >= 0 && photo.age <= kMaxAge)) {
        return makeError(ErrorCode::InvalidArgument, what + " age must be between 0 and 120 years");
    }
    for (const PointF& p : photo.landmarks) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            return makeError(ErrorCode::InvalidArgument, what + " landmarks are not finite numbers");
        }
    }
    const PointF centre = shapeCentroid(photo.landmarks);
    if (centre.x < 0 || centre.y < 0 || centre.x >= photo.image.width || centre.y >= photo.image.height) {
        return makeError(ErrorCode::InvalidArgument, what + " landmarks are not on the image");
    }
    const double width = std::hypot(photo.landmarks[16].x - photo.landmarks[0].x, photo.landmarks[16].y - photo.landmarks[0].y);
    if (width < 8) return makeError(ErrorCode::InvalidArgument, what + " face is too small (under 8 px wide)");
    return Ok{};
}

struct TextureChange {
    cv::Mat difference;     // CV_32FC3 on the reference shape: low + f * high of T(to) - T(from)
    cv::Vec3d sourceFaceMean;  // mean colour of T(from) inside the face
};

// Texture difference T(to) - T(from) on the reference shape, as low + f * high.
TextureChange textureChange(const AgeModel& model, double fromAge, double toAge, Sex sex, const ProgressionOptions& options) {
    const int size = model.frame().size;
    std::vector<float> target = model.referenceFrameTexture(toAge, sex);
    std::vector<float> source = model.referenceFrameTexture(fromAge, sex);
    const cv::Mat sourceMat(size, size, CV_32FC3, source.data());
    const Landmarks reference = internal::shapeInFramePixels(model.referenceShape(), model.frame());
    const cv::Mat faceMask = internal::featheredHullMask(reference, PixelRect{0, 0, size, size}, 0.03 * size);
    const cv::Scalar sourceMean = cv::mean(sourceMat, faceMask > 0.5);

    for (std::size_t i = 0; i < target.size(); ++i) target[i] -= source[i];
    const cv::Mat difference = cv::Mat(size, size, CV_32FC3, target.data()).clone();
    cv::Mat low;
    cv::GaussianBlur(difference, low, cv::Size(), std::max(0.3, options.lowPassSigma * size), 0, cv::BORDER_REPLICATE);
    // low + f * (difference - low)
    cv::Mat combined;
    cv::addWeighted(difference, options.highFrequencyFraction, low, 1 - options.highFrequencyFraction, 0, combined);
    return {combined * options.textureStrength, cv::Vec3d(sourceMean[0], sourceMean[1], sourceMean[2])};
}

// Adapts a texture change (already in image coordinates) to the face it is added to: each channel
// scaled by the face's mean over the model's mean (a shadow on dark skin is darker in proportion,
// not by the same grey levels), and the colour part of the change reduced to chromaFraction
// (none at all on a black-and-white photo), which keeps the datasets' colour casts out.
void adaptToFace(cv::Mat& delta, const cv::Vec3d& faceMean, const cv::Vec3d& modelMean, bool greyscale,
                 double chromaFraction) {
    std::vector<cv::Mat> channels;
    cv::split(delta, channels);
    for (int c = 0; c < 3; ++c) channels[c] *= std::clamp(faceMean[c] / std::max(1.0, modelMean[c]), 0.25, 2.0);
    const cv::Mat luminance = (channels[0] + channels[1] + channels[2]) / 3;
    const double chroma = greyscale ? 0.0 : chromaFraction;
    for (int c = 0; c < 3; ++c) channels[c] = luminance + chroma * (channels[c] - luminance);
    cv::merge(channels, delta);
}

// True when the masked region has (almost) no colour: a black-and-white photo.
bool looksGreyscale(const cv::Mat& values, const cv::Mat& mask) {
    double spread = 0, weight = 0;
    for (int y = 0; y < values.rows; ++y) {
        const cv::Vec3f* row = values.ptr<cv::Vec3f>(y);
        const float* m = mask.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x) {
            spread += m[x] * (std::max({row[x][0], row[x][1], row[x][2]}) - std::min({row[x][0], row[x][1], row[x][2]}));
            weight += m[x];
        }
    }
    return weight > 0 && spread / weight < 6;
}

// A frame-sized texture on the reference shape, warped onto `shape` in the given image region;
// zero outside the landmarks' convex hull.
cv::Mat frameToRegion(const cv::Mat& frameTexture, const AgeModel& model, const Landmarks& shape, const PixelRect& region) {
    const Landmarks reference = internal::shapeInFramePixels(model.referenceShape(), model.frame());
    const std::vector<PointF> source(reference.begin(), reference.end());
    const std::vector<PointF> destination(shape.begin(), shape.end());
    const PiecewiseAffineWarp warp(source, destination, delaunayTriangles(destination), region);
    cv::Mat out = internal::remapWithWarp(frameTexture, warp, cv::BORDER_REPLICATE);
    out.setTo(cv::Scalar::all(0), internal::coverageMat(warp) == 0);
    return out;
}

cv::Vec3d maskedMean(const cv::Mat& values, const cv::Mat& mask) {
    cv::Vec3d sum(0, 0, 0);
    double weight = 0;
    for (int y = 0; y < values.rows; ++y) {
        const cv::Vec3f* row = values.ptr<cv::Vec3f>(y);
        const float* m = mask.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x) {
            for (int c = 0; c < 3; ++c) sum[c] += m[x] * row[x][c];
            weight += m[x];
        }
    }
    return weight > 0 ? sum / weight : sum;
}

// out += mask * delta (per channel).
void addMasked(cv::Mat& out, const cv::Mat& delta, const cv::Mat& mask) {
    cv::Mat mask3;
    cv::merge(std::vector<cv::Mat>{mask, mask, mask}, mask3);
    out += delta.mul(mask3);
}

// The detail step: the face's own fine detail made as strong, place by place, as the target age's
// prototype has it relative to the source age's (LocalEnergyTransfer), inside the mask.
void transferDetail(cv::Mat& out, const AgeModel& model, double fromAge, double toAge, Sex sex, const Landmarks& shape,
                    const PixelRect& region, const cv::Mat& mask, double strength) {
    if (strength <= 0) return;
    const int size = model.frame().size;
    const bool hasEnergy = model.hasDetailEnergy();
    std::vector<float> source = hasEnergy ? model.referenceFrameDetailEnergy(fromAge, sex) : model.referenceFrameTexture(fromAge, sex);
    std::vector<float> target = hasEnergy ? model.referenceFrameDetailEnergy(toAge, sex) : model.referenceFrameTexture(toAge, sex);
    const internal::LocalEnergyOptions options;
    const cv::Mat sourceMat(size, size, CV_32FC3, source.data()), targetMat(size, size, CV_32FC3, target.data());
    std::vector<cv::Mat> gains = hasEnergy ? internal::detailEnergyGains(sourceMat, targetMat, options)
                                          : internal::localEnergyGains(sourceMat, targetMat, options);
    for (cv::Mat& gain : gains) {
        cv::Mat powered;
        cv::pow(gain, strength, powered);
        gain = frameToRegion(powered - 1.0f, model, shape, region) + 1.0f;
    }
    const Landmarks reference = internal::shapeInFramePixels(model.referenceShape(), model.frame());
    const double frameWidth = std::hypot(reference[16].x - reference[0].x, reference[16].y - reference[0].y);
    const double faceWidth = std::hypot(shape[16].x - shape[0].x, shape[16].y - shape[0].y);
    cv::Mat detailed = out.clone();
    internal::applyLocalEnergyGains(detailed, gains, faceWidth / std::max(1.0, frameWidth), options);
    addMasked(out, detailed - out, mask);
}

}  // namespace

AgeProgressor::AgeProgressor(AgeModel model, ProgressionOptions options)
    : model_(std::move(model)), options_(options) {}

Landmarks AgeProgressor::targetLandmarks(const Landmarks& own, double sourceAge, double targetAge, Sex sex) const {
    if (sourceAge == targetAge) return own;
    const Landmarks from = model_.meanShape(sourceAge, sex);
    // Register the target mean on the source mean by the eye region: growth then shows as the
    // lower face and jaw extending away from the eyes, not as the face shrinking about its centre.
    const Landmarks rawTo = model_.meanShape(targetAge, sex);
    const Landmarks to = fitSimilarity(rawTo, from, eyeRegionPoints()).apply(rawTo);
    const SimilarityTransform toImage = fitSimilarity(own, model_.referenceShape()).inverse();
    Landmarks moved;
    for (int i = 0; i < kLandmarkCount; ++i) {
        const PointF step = toImage.applyToVector({to[i].x - from[i].x, to[i].y - from[i].y});
        moved[i] = {own[i].x + step.x, own[i].y + step.y};
    }
    return moved;
}

Result<ProgressionResult> AgeProgressor::progress(const FacePhoto& face, const ProgressionRequest& request,
                                                  const FacePhoto* parent) const {
    if (Status valid = validatePhoto(face, "the"); !valid) return valid.error();
    if (!(request.targetAge >= 0 && request.targetAge <= kMaxAge)) {
        return makeError(ErrorCode::InvalidArgument, "target age must be between 0 and 120 years");
    }
    if (parent) {
        if (Status valid = validatePhoto(*parent, "the parent's"); !valid) return valid.error();
        if (!(request.parentWeight >= 0 && request.parentWeight <= 1)) {
            return makeError(ErrorCode::InvalidArgument, "parent weight must be between 0 and 1");
        }
    }

    ProgressionResult result;
    result.record = {face.age, request.targetAge, request.sex, parent != nullptr,
                     parent ? request.parentWeight : 0.0, parent ? parent->age : 0.0, model_.id(), model_.version()};
    result.landmarks = targetLandmarks(face.landmarks, face.age, request.targetAge, request.sex);

    const FaceShapeWarper warper(options_.warp);
    FaceWarpResult warped = warper.warp(face.image, face.landmarks, result.landmarks);
    result.foldedTriangles = warped.foldedTriangles;
    result.image = std::move(warped.image);

    const bool ageChanges = face.age != request.targetAge;
    if (!ageChanges && !parent) return result;

    const Landmarks& shape = result.landmarks;
    const PixelRect region = internal::landmarkRegion(shape, result.image.width, result.image.height, 2);
    if (region.width == 0 || region.height == 0) return result;
    const cv::Rect roi(region.x, region.y, region.width, region.height);
    const double faceWidth = std::hypot(shape[16].x - shape[0].x, shape[16].y - shape[0].y);
    const cv::Mat mask = internal::featheredHullMask(shape, region, options_.maskFeather * faceWidth);

    cv::Mat out;
    internal::viewAsMat(result.image)(roi).convertTo(out, CV_32FC3);
    const bool greyscale = looksGreyscale(out, mask);
    if (ageChanges) {
        const TextureChange change = textureChange(model_, face.age, request.targetAge, request.sex, options_);
        cv::Mat delta = frameToRegion(change.difference, model_, shape, region);
        adaptToFace(delta, maskedMean(out, mask), change.sourceFaceMean, greyscale, options_.chromaFraction);
        addMasked(out, delta, mask);
        transferDetail(out, model_, face.age, request.targetAge, request.sex, shape, region, mask, options_.detailStrength);
    }
    if (parent && request.parentWeight > 0) {
        const std::vector<PointF> source(parent->landmarks.begin(), parent->landmarks.end());
        const std::vector<PointF> destination(shape.begin(), shape.end());
        const PiecewiseAffineWarp onto(source, destination, delaunayTriangles(destination), region);
        cv::Mat parentFace = internal::remapWithWarp(internal::toFloatMat(parent->image), onto, cv::BORDER_REPLICATE);
        if (parent->age != request.targetAge) {
            const TextureChange change = textureChange(model_, parent->age, request.targetAge, request.sex, options_);
            cv::Mat delta = frameToRegion(change.difference, model_, shape, region);
            adaptToFace(delta, maskedMean(parentFace, mask), change.sourceFaceMean, looksGreyscale(parentFace, mask),
                        options_.chromaFraction);
            parentFace += delta;
        }
        // Keep the child's skin tone and lighting: match the parent's mean colour to it.
        const cv::Vec3d own = maskedMean(out, mask);
        const cv::Vec3d theirs = maskedMean(parentFace, mask);
        std::vector<cv::Mat> channels;
        cv::split(parentFace, channels);
        for (int c = 0; c < 3; ++c) channels[c] *= theirs[c] > 1 ? own[c] / theirs[c] : 1.0;
        cv::merge(channels, parentFace);
        addMasked(out, (parentFace - out) * request.parentWeight, mask);
    }
    cv::Mat target = internal::viewAsMat(result.image)(roi);
    out.convertTo(target, CV_8UC3);
    return result;
}

}  // namespace reunite
