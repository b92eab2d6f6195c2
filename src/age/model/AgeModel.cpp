#include "age/model/AgeModel.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <opencv2/core.hpp>

#include "age/model/AgeModelFiles.h"
#include "domain/ResourceLocator.h"
#include "age/geometry/internal/FrameWarp.h"
#include "age/geometry/internal/MatViews.h"

namespace reunite {
namespace {

struct Knot {
    AgeBand band;
    double age = 0;
    Landmarks shape{};
    cv::Mat texture;  // CV_32FC3 on the reference shape
    cv::Mat detail;   // CV_32FC3 detail energy (grey levels) on the reference shape; empty when the model has none
    bool imputed = false;
};

}  // namespace

struct AgeModel::Impl {
    AgeModelData data;
    std::vector<Knot> curves[2];  // [0] female, [1] male, sorted by age
    std::vector<std::string> imputed;
    bool detailEnergy = false;  // every knot has its detail energy
};

namespace {

int slotOf(Sex sex) { return sex == Sex::Male ? 1 : 0; }

Landmarks lerpShape(const Landmarks& a, const Landmarks& b, double t) {
    Landmarks out;
    for (int i = 0; i < kLandmarkCount; ++i) out[i] = {a[i].x + t * (b[i].x - a[i].x), a[i].y + t * (b[i].y - a[i].y)};
    return out;
}

// Position of `age` on a curve: the two knots around it and the blend weight of the second.
struct CurvePosition {
    const Knot* lower;
    const Knot* upper;
    double t;
};

CurvePosition locate(const std::vector<Knot>& curve, double age) {
    if (age <= curve.front().age) return {&curve.front(), &curve.front(), 0};
    if (age >= curve.back().age) return {&curve.back(), &curve.back(), 0};
    for (std::size_t k = 0; k + 1 < curve.size(); ++k) {
        if (age <= curve[k + 1].age) {
            const double span = curve[k + 1].age - curve[k].age;
            return {&curve[k], &curve[k + 1], span > 0 ? (age - curve[k].age) / span : 0};
        }
    }
    return {&curve.back(), &curve.back(), 0};
}

// The texture (or detail energy) at `age`, between the two knots around it.
cv::Mat curveImage(const std::vector<Knot>& curve, double age, cv::Mat Knot::*image) {
    const CurvePosition at = locate(curve, age);
    if (at.t == 0) return (at.lower->*image).clone();
    cv::Mat out;
    cv::addWeighted(at.lower->*image, 1 - at.t, at.upper->*image, at.t, 0, out);
    return out;
}

std::vector<float> referenceFrameImage(const std::vector<Knot> (&curves)[2], double age, Sex sex, cv::Mat Knot::*image) {
    cv::Mat values;
    if (sex != Sex::Unknown) {
        values = curveImage(curves[slotOf(sex)], age, image);
    } else {
        cv::addWeighted(curveImage(curves[0], age, image), 0.5, curveImage(curves[1], age, image), 0.5, 0, values);
    }
    const cv::Mat continuous = values.isContinuous() ? values : values.clone();
    return std::vector<float>(continuous.ptr<float>(), continuous.ptr<float>() + continuous.total() * 3);
}

}  // namespace

Result<AgeModel> AgeModel::fromData(AgeModelData data) {
    const TextureFrame& frame = data.frame;
    if (frame.size < 16 || !(frame.scale > 0)) return makeError(ErrorCode::InvalidArgument, "age model: bad texture frame");
    const Landmarks referencePixels = internal::shapeInFramePixels(data.referenceShape, frame);

    // Per band: usable female / male entries with their textures moved onto the reference shape.
    struct BandEntries {
        AgeBand band;
        std::optional<Knot> bySex[2];
    };
    std::vector<BandEntries> bands;
    for (const AgeModelEntry& entry : data.entries) {
        if (entry.sex == Sex::Unknown) return makeError(ErrorCode::InvalidArgument, "age model: entry without a sex");
        if (bands.empty() || bands.back().band.minAge != entry.band.minAge) bands.push_back({entry.band, {}});
        if (entry.count < kMinUsableCount) continue;
        if (entry.meanTexture.width != frame.size || entry.meanTexture.height != frame.size) {
            return makeError(ErrorCode::InvalidArgument, "age model: texture of " + entry.band.label() + " " +
                                                             sexName(entry.sex) + " is not frame-sized");
        }
        const PiecewiseAffineWarp toReference(
            internal::frameWarp(internal::shapeInFramePixels(entry.meanShape, frame), referencePixels, frame.size));
        Knot knot;
        knot.band = entry.band;
        knot.age = entry.meanAge;
        knot.shape = entry.meanShape;
        knot.texture = internal::remapWithWarp(internal::toFloatMat(entry.meanTexture), toReference, cv::BORDER_REPLICATE);
        if (entry.detailEnergy.width == frame.size && entry.detailEnergy.height == frame.size) {
            knot.detail = internal::remapWithWarp(internal::toFloatMat(entry.detailEnergy), toReference, cv::BORDER_REPLICATE) /
                          kDetailEnergyScale;
        }
        bands.back().bySex[slotOf(entry.sex)] = std::move(knot);
    }

    auto impl = std::make_shared<Impl>();
    // Only measured entries serve as sources of a female/male difference.
    std::vector<bool> measuredBoth;
    for (const BandEntries& band : bands) measuredBoth.push_back(band.bySex[0] && band.bySex[1]);
    auto hasBoth = [&](std::size_t b) { return static_cast<bool>(measuredBoth[b]); };
    for (std::size_t b = 0; b < bands.size(); ++b) {
        for (int sex = 0; sex < 2; ++sex) {
            const int other = 1 - sex;
            if (bands[b].bySex[sex] || !bands[b].bySex[other]) continue;
            // Difference sex - other at the nearest bands with both, interpolated by band centre.
            std::optional<std::size_t> lower, upper;
            for (std::size_t k = b; k-- > 0;) {
                if (hasBoth(k)) {
                    lower = k;
                    break;
                }
            }
            for (std::size_t k = b + 1; k < bands.size(); ++k) {
                if (hasBoth(k)) {
                    upper = k;
                    break;
                }
            }
            const Knot& base = *bands[b].bySex[other];
            Knot knot = base;
            knot.texture = base.texture.clone();
            knot.detail = base.detail.clone();
            knot.imputed = true;
            auto addDifference = [&](std::size_t k, double weight) {
                const Knot& same = *bands[k].bySex[sex];
                const Knot& opposite = *bands[k].bySex[other];
                for (int i = 0; i < kLandmarkCount; ++i) {
                    knot.shape[i].x += weight * (same.shape[i].x - opposite.shape[i].x);
                    knot.shape[i].y += weight * (same.shape[i].y - opposite.shape[i].y);
                }
                cv::scaleAdd(same.texture - opposite.texture, weight, knot.texture, knot.texture);
            };
            if (lower && upper) {
                const double lo = bands[*lower].band.nominalCentre(), hi = bands[*upper].band.nominalCentre();
                const double t = (bands[b].band.nominalCentre() - lo) / (hi - lo);
                addDifference(*lower, 1 - t);
                addDifference(*upper, t);
            } else if (lower) {
                addDifference(*lower, 1);
            } else if (upper) {
                addDifference(*upper, 1);
            }
            impl->imputed.push_back(bands[b].band.label() + " " + sexName(sex == 0 ? Sex::Female : Sex::Male));
            bands[b].bySex[sex] = std::move(knot);
        }
    }
    for (const BandEntries& band : bands) {
        for (int sex = 0; sex < 2; ++sex) {
            if (band.bySex[sex]) impl->curves[sex].push_back(*band.bySex[sex]);
        }
    }
    for (int sex = 0; sex < 2; ++sex) {
        if (impl->curves[sex].empty()) {
            return makeError(ErrorCode::InvalidArgument,
                             std::string("age model: no band has enough ") + sexName(sex == 0 ? Sex::Female : Sex::Male) +
                                 " photos (at least " + std::to_string(kMinUsableCount) + ")");
        }
        std::stable_sort(impl->curves[sex].begin(), impl->curves[sex].end(),
                         [](const Knot& a, const Knot& b) { return a.age < b.age; });
    }
    impl->data = std::move(data);
    if (impl->data.id.empty()) impl->data.id = "unsaved-age-model";
    impl->detailEnergy = true;
    for (const auto& curve : impl->curves)
        for (const Knot& knot : curve) impl->detailEnergy = impl->detailEnergy && !knot.detail.empty();
    return AgeModel(std::move(impl));
}

Result<AgeModel> AgeModel::load(const std::filesystem::path& folder) {
    Result<AgeModelData> data = readAgeModelFiles(folder);
    if (!data) return data.error();
    Result<AgeModel> model = fromData(std::move(data).value());
    if (!model) {
        return makeError(ErrorCode::CorruptData, "age model in " + folder.string() + " is unusable: " + model.error().message);
    }
    return model;
}

Result<AgeModel> AgeModel::discover() {
    Result<std::filesystem::path> folder = locateResourceFolder(kAgeModelResourceFolder, kAgeModelJsonName);
    if (!folder) {
        return makeError(ErrorCode::ModelMissing, folder.error().message + "\nbuild it with: reunite-cli build-age-model");
    }
    return load(folder.value());
}

const std::string& AgeModel::id() const { return impl_->data.id; }
int AgeModel::version() const { return impl_->data.version; }
const AgeModelData& AgeModel::data() const { return impl_->data; }
const TextureFrame& AgeModel::frame() const { return impl_->data.frame; }
const Landmarks& AgeModel::referenceShape() const { return impl_->data.referenceShape; }

double AgeModel::youngestKnotAge() const {
    return std::min(impl_->curves[0].front().age, impl_->curves[1].front().age);
}
double AgeModel::oldestKnotAge() const { return std::max(impl_->curves[0].back().age, impl_->curves[1].back().age); }

Landmarks AgeModel::meanShape(double age, Sex sex) const {
    auto curveShape = [&](int slot) {
        const CurvePosition at = locate(impl_->curves[slot], age);
        return lerpShape(at.lower->shape, at.upper->shape, at.t);
    };
    if (sex != Sex::Unknown) return curveShape(slotOf(sex));
    return lerpShape(curveShape(0), curveShape(1), 0.5);
}

std::vector<float> AgeModel::referenceFrameTexture(double age, Sex sex) const {
    return referenceFrameImage(impl_->curves, age, sex, &Knot::texture);
}

bool AgeModel::hasDetailEnergy() const { return impl_->detailEnergy; }

std::vector<float> AgeModel::referenceFrameDetailEnergy(double age, Sex sex) const {
    if (!hasDetailEnergy()) return {};
    return referenceFrameImage(impl_->curves, age, sex, &Knot::detail);
}

std::vector<std::string> AgeModel::imputedEntries() const { return impl_->imputed; }

}  // namespace reunite
