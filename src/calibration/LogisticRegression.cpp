#include "calibration/LogisticRegression.h"

#include <cmath>
#include <string>

namespace reunite {
namespace {

double softplus(double x) { return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x)); }

double sigmoid(double x) {
    if (x >= 0) return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

// Parameters: weights then intercept (dimension + 1 numbers).
double linear(const std::vector<double>& beta, const double* x, std::size_t dimension) {
    double sum = beta[dimension];
    for (std::size_t j = 0; j < dimension; ++j) sum += beta[j] * x[j];
    return sum;
}

struct Problem {
    const std::vector<double>& rows;
    std::size_t dimension;
    const std::vector<std::uint8_t>& labels;
    std::vector<double> sampleWeights;
    double ridge;

    double loss(const std::vector<double>& beta) const {
        double total = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const double z = linear(beta, &rows[i * dimension], dimension);
            total += sampleWeights[i] * (labels[i] ? softplus(-z) : softplus(z));
        }
        for (std::size_t j = 0; j < dimension; ++j) total += 0.5 * ridge * beta[j] * beta[j];
        return total;
    }

    // Gradient and Hessian of the loss at beta.
    void derivatives(const std::vector<double>& beta, std::vector<double>& gradient, std::vector<double>& hessian) const {
        const std::size_t n = dimension + 1;
        gradient.assign(n, 0.0);
        hessian.assign(n * n, 0.0);
        std::vector<double> x(n, 1.0);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            for (std::size_t j = 0; j < dimension; ++j) x[j] = rows[i * dimension + j];
            const double p = sigmoid(linear(beta, x.data(), dimension));
            const double residual = sampleWeights[i] * (p - labels[i]);
            const double curvature = sampleWeights[i] * p * (1 - p);
            for (std::size_t a = 0; a < n; ++a) {
                gradient[a] += residual * x[a];
                for (std::size_t b = 0; b <= a; ++b) hessian[a * n + b] += curvature * x[a] * x[b];
            }
        }
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = a + 1; b < n; ++b) hessian[a * n + b] = hessian[b * n + a];
        for (std::size_t j = 0; j < dimension; ++j) {
            gradient[j] += ridge * beta[j];
            hessian[j * n + j] += ridge;
        }
    }
};

// Solves H d = g for a symmetric positive semi-definite H (Gaussian elimination with partial
// pivoting and a tiny diagonal load for flat directions).
std::vector<double> solve(std::vector<double> h, std::vector<double> g) {
    const std::size_t n = g.size();
    for (std::size_t i = 0; i < n; ++i) h[i * n + i] += 1e-12;
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r)
            if (std::abs(h[r * n + col]) > std::abs(h[pivot * n + col])) pivot = r;
        if (pivot != col) {
            for (std::size_t c = 0; c < n; ++c) std::swap(h[col * n + c], h[pivot * n + c]);
            std::swap(g[col], g[pivot]);
        }
        const double diagonal = h[col * n + col];
        if (std::abs(diagonal) < 1e-300) continue;
        for (std::size_t r = col + 1; r < n; ++r) {
            const double factor = h[r * n + col] / diagonal;
            for (std::size_t c = col; c < n; ++c) h[r * n + c] -= factor * h[col * n + c];
            g[r] -= factor * g[col];
        }
    }
    std::vector<double> d(n, 0.0);
    for (std::size_t i = n; i-- > 0;) {
        double sum = g[i];
        for (std::size_t c = i + 1; c < n; ++c) sum -= h[i * n + c] * d[c];
        d[i] = std::abs(h[i * n + i]) < 1e-300 ? 0.0 : sum / h[i * n + i];
    }
    return d;
}

std::vector<double> classWeights(const std::vector<std::uint8_t>& labels, bool balance, std::size_t mates) {
    const std::size_t nonMates = labels.size() - mates;
    std::vector<double> weights(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        weights[i] = balance ? 0.5 / static_cast<double>(labels[i] ? mates : nonMates) : 1.0 / labels.size();
    }
    return weights;
}

}  // namespace

double LogisticModel::logOdds(const double* features) const {
    double sum = intercept;
    for (std::size_t j = 0; j < weights.size(); ++j) sum += weights[j] * features[j];
    return sum;
}

Result<LogisticModel> fitLogisticRegression(const std::vector<double>& rows, std::size_t dimension,
                                            const std::vector<std::uint8_t>& labels, const LogisticOptions& options) {
    if (dimension == 0 || rows.size() != labels.size() * dimension) {
        return makeError(ErrorCode::InvalidArgument, "logistic regression: " + std::to_string(rows.size()) +
                                                         " feature values do not fit " + std::to_string(labels.size()) +
                                                         " samples of dimension " + std::to_string(dimension));
    }
    std::size_t mates = 0;
    for (std::uint8_t label : labels) mates += label ? 1 : 0;
    if (mates == 0 || mates == labels.size()) {
        return makeError(ErrorCode::InvalidArgument, "logistic regression needs samples of both classes");
    }
    const Problem problem{rows, dimension, labels, classWeights(labels, options.balanceClasses, mates), options.ridge};
    std::vector<double> beta(dimension + 1, 0.0), gradient, hessian;
    double current = problem.loss(beta);
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        problem.derivatives(beta, gradient, hessian);
        const std::vector<double> step = solve(hessian, gradient);
        double scale = 1.0, next = current;
        std::vector<double> candidate(beta.size());
        for (int halving = 0; halving < 40; ++halving, scale /= 2) {
            for (std::size_t j = 0; j < beta.size(); ++j) candidate[j] = beta[j] - scale * step[j];
            next = problem.loss(candidate);
            if (next <= current) break;
        }
        if (!(next <= current)) break;
        beta = candidate;
        const double improvement = current - next;
        current = next;
        if (improvement < options.tolerance) break;
    }
    LogisticModel model;
    model.weights.assign(beta.begin(), beta.begin() + static_cast<std::ptrdiff_t>(dimension));
    model.intercept = beta[dimension];
    return model;
}

}  // namespace reunite
