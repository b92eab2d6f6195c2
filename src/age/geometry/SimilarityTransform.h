#pragma once
// SimilarityTransform: p' = s*R*p + t (uniform scale, rotation, translation; no reflection).
// Stored as the complex factor a = s*e^(i*angle) and the translation t: p' = a*p + t.
// Thread safety: plain value.
#include "core/pipeline/FaceTypes.h"

namespace reunite {

class SimilarityTransform {
public:
    SimilarityTransform() = default;  // identity
    SimilarityTransform(double aReal, double aImag, double tx, double ty) : ar_(aReal), ai_(aImag), tx_(tx), ty_(ty) {}

    PointF apply(const PointF& p) const { return {ar_ * p.x - ai_ * p.y + tx_, ai_ * p.x + ar_ * p.y + ty_}; }
    // Rotates and scales a displacement (no translation).
    PointF applyToVector(const PointF& v) const { return {ar_ * v.x - ai_ * v.y, ai_ * v.x + ar_ * v.y}; }
    Landmarks apply(const Landmarks& shape) const;
    SimilarityTransform inverse() const;
    // (this * other)(p) == this->apply(other.apply(p))
    SimilarityTransform compose(const SimilarityTransform& other) const;

    double scale() const;
    double angleRadians() const;
    double aReal() const { return ar_; }
    double aImag() const { return ai_; }
    double tx() const { return tx_; }
    double ty() const { return ty_; }

private:
    double ar_ = 1, ai_ = 0, tx_ = 0, ty_ = 0;
};

}  // namespace reunite
