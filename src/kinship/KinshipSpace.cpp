#include "kinship/KinshipSpace.h"

#include <cmath>
#include <string>

namespace reunite {
namespace {

enum MeanIndex { FatherMean = 0, MotherMean = 1, SonMean = 2, DaughterMean = 3 };

std::vector<double> multiply(const std::vector<float>& matrix, std::size_t rows, const double* vector, std::size_t columns) {
    std::vector<double> out(rows, 0.0);
    for (std::size_t r = 0; r < rows; ++r) {
        double sum = 0;
        for (std::size_t c = 0; c < columns; ++c) sum += static_cast<double>(matrix[r * columns + c]) * vector[c];
        out[r] = sum;
    }
    return out;
}

double bilinear(const std::vector<double>& x, const std::vector<float>& matrix, const std::vector<double>& y) {
    const std::size_t k = x.size();
    double sum = 0;
    for (std::size_t r = 0; r < k; ++r) {
        double row = 0;
        for (std::size_t c = 0; c < k; ++c) row += static_cast<double>(matrix[r * k + c]) * y[c];
        sum += x[r] * row;
    }
    return sum;
}

}  // namespace

Result<KinshipSpace> KinshipSpace::create(Parameters p) {
    const std::size_t n = kEmbeddingSize, k = p.bayesianDimension;
    if (p.whitening.size() != n * n || k == 0 || k > n || p.bayesianProjection.size() != k * n ||
        p.bayesianSelf.size() != k * k || p.bayesianCross.size() != k * k) {
        return makeError(ErrorCode::ModelCorrupt, "kinship space: matrix sizes do not fit (whitening 128x128, projection " +
                                                      std::to_string(k) + "x128, two " + std::to_string(k) + "x" +
                                                      std::to_string(k) + " matrices)");
    }
    return KinshipSpace(std::move(p));
}

Embedding KinshipSpace::centred(const Embedding& face, KinRole role) const {
    Embedding mean{};
    const auto average = [&](int a, int b) {
        for (int i = 0; i < kEmbeddingSize; ++i) mean[i] = 0.5f * (p_.roleMeans[a][i] + p_.roleMeans[b][i]);
    };
    switch (role) {
    case KinRole::Father: mean = p_.roleMeans[FatherMean]; break;
    case KinRole::Mother: mean = p_.roleMeans[MotherMean]; break;
    case KinRole::Son: mean = p_.roleMeans[SonMean]; break;
    case KinRole::Daughter: mean = p_.roleMeans[DaughterMean]; break;
    case KinRole::Parent: average(FatherMean, MotherMean); break;
    case KinRole::Child: average(SonMean, DaughterMean); break;
    }
    Embedding out{};
    for (int i = 0; i < kEmbeddingSize; ++i) out[i] = face[i] - mean[i];
    return out;
}

KinshipProjection KinshipSpace::project(const Embedding& face, KinRole role) const {
    const std::size_t n = kEmbeddingSize, k = p_.bayesianDimension;
    const Embedding c = centred(face, role);
    const std::vector<double> x(c.begin(), c.end());
    const std::vector<double> w = multiply(p_.whitening, n, x.data(), n);
    double norm = 0;
    for (double v : w) norm += v * v;
    norm = std::sqrt(norm);
    KinshipProjection out;
    for (std::size_t i = 0; i < n; ++i) out.whitened[i] = norm > 0 ? static_cast<float>(w[i] / norm) : 0.0f;
    const std::vector<double> b = multiply(p_.bayesianProjection, k, x.data(), n);
    out.bayesian.assign(b.begin(), b.end());
    out.bayesianSelf = 0.5 * bilinear(b, p_.bayesianSelf, b);
    return out;
}

KinshipScores KinshipSpace::score(const KinshipProjection& first, const KinshipProjection& second) const {
    const std::size_t k = p_.bayesianDimension;
    KinshipScores s;
    double dot = 0;
    for (int i = 0; i < kEmbeddingSize; ++i) dot += static_cast<double>(first.whitened[i]) * second.whitened[i];
    s.whitenedCosine = dot;
    double cross = 0;
    for (std::size_t r = 0; r < k && first.bayesian.size() == k && second.bayesian.size() == k; ++r) {
        double row = 0;
        for (std::size_t c = 0; c < k; ++c) row += static_cast<double>(p_.bayesianCross[r * k + c]) * second.bayesian[c];
        cross += first.bayesian[r] * row;
    }
    s.jointBayesian = first.bayesianSelf + second.bayesianSelf + cross + p_.bayesianConstant;
    return s;
}

KinshipScores KinshipSpace::score(const Embedding& first, KinRole firstRole, const Embedding& second,
                                  KinRole secondRole) const {
    return score(project(first, firstRole), project(second, secondRole));
}

}  // namespace reunite
