#include "age/geometry/SimilarityTransform.h"

#include <cmath>

namespace reunite {

Landmarks SimilarityTransform::apply(const Landmarks& shape) const {
    Landmarks out;
    for (int i = 0; i < kLandmarkCount; ++i) out[i] = apply(shape[i]);
    return out;
}

SimilarityTransform SimilarityTransform::inverse() const {
    const double norm = ar_ * ar_ + ai_ * ai_;
    const double ir = ar_ / norm;
    const double ii = -ai_ / norm;
    // p = a^-1 * (p' - t)
    return SimilarityTransform(ir, ii, -(ir * tx_ - ii * ty_), -(ii * tx_ + ir * ty_));
}

SimilarityTransform SimilarityTransform::compose(const SimilarityTransform& other) const {
    const PointF t = apply(PointF{other.tx_, other.ty_});
    return SimilarityTransform(ar_ * other.ar_ - ai_ * other.ai_, ar_ * other.ai_ + ai_ * other.ar_, t.x, t.y);
}

double SimilarityTransform::scale() const { return std::hypot(ar_, ai_); }
double SimilarityTransform::angleRadians() const { return std::atan2(ai_, ar_); }

}  // namespace reunite
