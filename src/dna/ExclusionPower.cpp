#include "dna/ExclusionPower.h"

namespace reunite::dna {
namespace {

std::vector<double> rescaledFrequencies(const MarkerFrequencies& marker) {
    std::vector<double> p;
    const double total = marker.sum();
    for (const auto& [allele, frequency] : marker.alleles) p.push_back(total > 0.0 ? frequency / total : 0.0);
    return p;
}

double square(double x) { return x * x; }

}  // namespace

double duoExclusionPower(const MarkerFrequencies& marker) {
    const std::vector<double> p = rescaledFrequencies(marker);
    double pe = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        pe += square(p[i]) * square(1.0 - p[i]);
        for (std::size_t j = i + 1; j < p.size(); ++j) pe += 2.0 * p[i] * p[j] * square(1.0 - p[i] - p[j]);
    }
    return pe;
}

double trioExclusionPower(const MarkerFrequencies& marker) {
    const std::vector<double> p = rescaledFrequencies(marker);
    double pe = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        pe += p[i] * square(1.0 - p[i]);
        for (std::size_t j = 0; j < p.size(); ++j)
            if (j != i) pe -= 0.5 * square(p[i]) * square(p[j]) * (4.0 - 3.0 * p[i] - 3.0 * p[j]);
    }
    return pe;
}

double bothParentsExclusionPower(const MarkerFrequencies& marker) {
    const std::vector<double> p = rescaledFrequencies(marker);
    std::vector<double> carries(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) carries[i] = 1.0 - square(1.0 - p[i]);
    double pe = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        pe += square(p[i]) * (1.0 - square(carries[i]));
        for (std::size_t j = i + 1; j < p.size(); ++j) {
            const double coupleCan = 2.0 * carries[i] * carries[j] - square(2.0 * p[i] * p[j]);
            pe += 2.0 * p[i] * p[j] * (1.0 - coupleCan);
        }
    }
    return pe;
}

double cumulativeExclusionPower(const std::vector<double>& perMarker) {
    double notExcluded = 1.0;
    for (const double pe : perMarker) notExcluded *= 1.0 - pe;
    return 1.0 - notExcluded;
}

}  // namespace reunite::dna
