#include "eval/ProgressionEvaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "calibration/CrossValidationFolds.h"

namespace reunite {
namespace {

double distance(const Embedding& a, const Embedding& b) {
    double sum = 0;
    for (int i = 0; i < kEmbeddingSize; ++i) sum += (static_cast<double>(a[i]) - b[i]) * (static_cast<double>(a[i]) - b[i]);
    return std::sqrt(sum);
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle), values.end());
    return values[middle];
}

// Per probe: distance of the original and of the progressed probe to every person with adult
// photos (nearest of their photos), and the index of the probe's own person.
struct ProbeDistances {
    std::vector<double> original, progressed;
    std::size_t own = 0;
    int fold = 0;
};

std::vector<ProbeDistances> distancesPerProbe(const std::vector<ProgressionPhoto>& photos, const std::vector<ProgressedSearchProbe>& probes,
                                              const ProgressionSpace& space, int folds) {
    std::map<std::string, std::size_t> people;
    std::vector<std::vector<Embedding>> adults;
    for (const ProgressionPhoto& p : photos) {
        if (p.young) continue;
        auto [it, added] = people.emplace(p.subject, adults.size());
        if (added) adults.emplace_back();
        adults[it->second].push_back(space.gallery(p.embedding));
    }
    std::vector<ProbeDistances> out;
    for (const ProgressedSearchProbe& probe : probes) {
        const ProgressionPhoto& young = photos[probe.young];
        const auto own = people.find(young.subject);
        if (own == people.end()) continue;
        ProbeDistances d;
        d.own = own->second;
        d.fold = crossValidationFold(young.subject, folds);
        const Embedding original = space.probe(young.embedding), progressed = space.probe(probe.progressed);
        for (const std::vector<Embedding>& person : adults) {
            double bestOriginal = std::numeric_limits<double>::infinity(), bestProgressed = bestOriginal;
            for (const Embedding& adult : person) {
                bestOriginal = std::min(bestOriginal, distance(original, adult));
                bestProgressed = std::min(bestProgressed, distance(progressed, adult));
            }
            d.original.push_back(bestOriginal);
            d.progressed.push_back(bestProgressed);
        }
        out.push_back(std::move(d));
    }
    return out;
}

int rankAt(const ProbeDistances& d, double weight) {
    const auto fused = [&](std::size_t i) { return (1 - weight) * d.original[i] + weight * d.progressed[i]; };
    const double own = fused(d.own);
    int rank = 1;
    for (std::size_t i = 0; i < d.original.size(); ++i)
        if (i != d.own && fused(i) < own) ++rank;
    return rank;
}

void count(RankRates& rates, int rank) {
    ++rates.probes;
    rates.rank1 += rank <= 1;
    rates.rank10 += rank <= 10;
    rates.rank30 += rank <= 30;
}

void normalise(RankRates& rates) {
    if (rates.probes == 0) return;
    rates.rank1 /= static_cast<double>(rates.probes);
    rates.rank10 /= static_cast<double>(rates.probes);
    rates.rank30 /= static_cast<double>(rates.probes);
}

double chooseWeight(const std::vector<ProbeDistances>& all, int heldFold, const std::vector<double>& grid) {
    double bestWeight = 0, bestRate = -1;
    for (double w : grid) {
        double rate = 0;
        for (const ProbeDistances& d : all)
            if (d.fold != heldFold) rate += rankAt(d, w) <= 10;
        if (rate > bestRate) {
            bestRate = rate;
            bestWeight = w;
        }
    }
    return bestWeight;
}

}  // namespace

ProgressionAgeFigures progressionAgeFigures(const std::vector<ProgressionPhoto>& photos, const std::vector<ProgressedPair>& pairs) {
    ProgressionAgeFigures f;
    f.pairs = pairs.size();
    if (pairs.empty()) return f;
    std::vector<double> sources, targets, estimates, original, progressed;
    double within = 0, error = 0, closer = 0;
    for (const ProgressedPair& pair : pairs) {
        const double miss = std::abs(pair.progressedEstimatedAge - pair.targetAge);
        within += miss <= 5;
        error += miss;
        sources.push_back(photos[pair.young].age);
        targets.push_back(pair.targetAge);
        estimates.push_back(pair.progressedEstimatedAge);
        const Embedding& adult = photos[pair.adult].embedding;
        original.push_back(distance(photos[pair.young].embedding, adult));
        progressed.push_back(distance(pair.progressed, adult));
        closer += progressed.back() < original.back();
    }
    const double n = static_cast<double>(pairs.size());
    f.withinFiveYears = within / n;
    f.meanAbsoluteError = error / n;
    f.closerShare = closer / n;
    f.medianSourceAge = median(sources);
    f.medianTargetAge = median(targets);
    f.medianProgressedAge = median(estimates);
    f.medianDistanceOriginal = median(original);
    f.medianDistanceProgressed = median(progressed);
    return f;
}

ProgressionRanking progressionRanking(const std::vector<ProgressionPhoto>& photos, const std::vector<ProgressedSearchProbe>& probes,
                                      const ProgressionSpace& space, int folds, const std::vector<double>& weightGrid) {
    ProgressionRanking ranking;
    ranking.space = space.name;
    const std::vector<ProbeDistances> all = distancesPerProbe(photos, probes, space, folds);
    for (int fold = 0; fold < folds; ++fold) {
        const double weight = chooseWeight(all, fold, weightGrid);
        ranking.chosenWeights.push_back(weight);
        for (const ProbeDistances& d : all) {
            if (d.fold != fold) continue;
            count(ranking.original, rankAt(d, 0));
            count(ranking.progressed, rankAt(d, 1));
            count(ranking.fused, rankAt(d, weight));
        }
    }
    for (RankRates* rates : {&ranking.original, &ranking.progressed, &ranking.fused}) normalise(*rates);
    return ranking;
}

}  // namespace reunite
