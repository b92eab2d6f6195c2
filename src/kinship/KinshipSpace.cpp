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

KinshipScores KinshipSpace::score(const Embedding& first, KinRole firstRole, const Embedding& second,
                                  KinRole secondRole) const {
    const std::size_t n = kEmbeddingSize, k = p_.bayesianDimension;
    const Embedding a = centred(first, firstRole), b = centred(second, secondRole);
    const std::vector<double> x(a.begin(), a.end()), y(b.begin(), b.end());
    KinshipScores s;
    const std::vector<double> wx = multiply(p_.whitening, n, x.data(), n), wy = multiply(p_.whitening, n, y.data(), n);
    double dot = 0, xx = 0, yy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        dot += wx[i] * wy[i];
        xx += wx[i] * wx[i];
        yy += wy[i] * wy[i];
    }
    s.whitenedCosine = xx > 0 && yy > 0 ? dot / std::sqrt(xx * yy) : 0.0;
    const std::vector<double> px = multiply(p_.bayesianProjection, k, x.data(), n);
    const std::vector<double> py = multiply(p_.bayesianProjection, k, y.data(), n);
    s.jointBayesian = 0.5 * (bilinear(px, p_.bayesianSelf, px) + bilinear(py, p_.bayesianSelf, py)) +
                      bilinear(px, p_.bayesianCross, py) + p_.bayesianConstant;
    return s;
}

}  // namespace reunite
