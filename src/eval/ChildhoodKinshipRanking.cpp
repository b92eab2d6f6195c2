#include "eval/ChildhoodKinshipRanking.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "eval/IdentificationMetrics.h"

namespace reunite {
namespace {

struct SyntheticCase {
    std::size_t probeRow = 0;                 // row of the childhood photo in the identity matrix
    std::vector<std::size_t> adultColumns;    // the grown-up child's adult photos
    const KinshipPair* family = nullptr;
};

std::vector<SyntheticCase> makeCases(const std::vector<CrossAgeSample>& crossAge, const IdentityCalibrationStudy& identity,
                                     const std::vector<KinshipPair>& related) {
    std::map<std::string, SyntheticCase> bySubject;
    for (std::size_t r = 0; r < identity.probes.size(); ++r) {
        auto [it, inserted] = bySubject.try_emplace(crossAge[identity.probes[r]].subject);
        if (inserted) it->second.probeRow = r;
    }
    for (std::size_t c = 0; c < identity.gallery.size(); ++c) {
        const auto it = bySubject.find(crossAge[identity.gallery[c]].subject);
        if (it != bySubject.end()) it->second.adultColumns.push_back(c);
    }
    std::map<std::string, const KinshipPair*> byFamily;
    for (const KinshipPair& p : related) byFamily.try_emplace(p.elderFamily, &p);
    std::vector<SyntheticCase> cases;
    auto family = byFamily.begin();
    for (auto& [subject, c] : bySubject) {
        if (c.adultColumns.empty()) continue;
        if (family == byFamily.end()) break;
        c.family = (family++)->second;
        cases.push_back(c);
    }
    return cases;
}

int rankOf(std::size_t mate, std::size_t count, const std::function<double(std::size_t)>& score) {
    const double own = score(mate);
    int rank = 1;
    for (std::size_t j = 0; j < count; ++j)
        if (j != mate && score(j) >= own) ++rank;
    return rank;
}

constexpr std::size_t kWeightFolds = 5;

// Ranks of every case's mate with identity + weight x kinship.
std::vector<int> weightedRanks(std::size_t n, const std::vector<double>& identity, const std::vector<double>& kinship, double weight) {
    std::vector<int> ranks;
    for (std::size_t i = 0; i < n; ++i) {
        ranks.push_back(rankOf(i, n, [&](std::size_t j) { return identity[i * n + j] + weight * kinship[i * n + j]; }));
    }
    return ranks;
}

double meanReciprocal(const std::vector<int>& ranks, std::size_t fold, bool inFold) {
    double sum = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        if ((i % kWeightFolds == fold) != inFold) continue;
        sum += 1.0 / ranks[i];
        ++count;
    }
    return count ? sum / count : 0;
}

// Per fold: the grid weight that ranks the other folds' cases best; the test cases get its ranks.
void chooseKinshipWeight(std::size_t n, const std::vector<double>& identity, const std::vector<double>& kinship,
                         ChildhoodKinshipRanking& out) {
    std::map<double, std::vector<int>> ranksByWeight;
    for (double w : kKinshipWeightGrid) {
        ranksByWeight[w] = weightedRanks(n, identity, kinship, w);
        out.meanReciprocalRank[w] = meanReciprocal(ranksByWeight[w], kWeightFolds, false);
    }
    std::vector<int> chosenRanks(n);
    for (std::size_t fold = 0; fold < kWeightFolds; ++fold) {
        double best = kKinshipWeightGrid.front(), bestScore = -1;
        for (double w : kKinshipWeightGrid) {
            const double score = meanReciprocal(ranksByWeight[w], fold, false);
            if (score > bestScore + 1e-12 || (std::abs(score - bestScore) <= 1e-12 && std::abs(w - 1) < std::abs(best - 1))) {
                best = w;
                bestScore = score;
            }
        }
        out.chosenWeights.push_back(best);
        for (std::size_t i = fold; i < n; i += kWeightFolds) chosenRanks[i] = ranksByWeight[best][i];
    }
    out.combinedWeighted = rankRates(chosenRanks, {1, 5, 10, 30});
}

}  // namespace

Result<ChildhoodKinshipRanking> rankChildhoodPhotoWithParents(const std::vector<CrossAgeSample>& crossAge,
                                                              const IdentityCalibrationStudy& identity,
                                                              const std::vector<KinshipPair>& related,
                                                              const KinshipFoldModels& kinship) {
    const std::vector<SyntheticCase> cases = makeCases(crossAge, identity, related);
    if (cases.size() < 2) return makeError(ErrorCode::InvalidArgument, "too few subjects and families to rank");
    const std::size_t n = cases.size(), columns = identity.gallery.size();
    std::vector<double> identityScore(n * n), kinshipScore(n * n);
    std::map<const KinshipModel*, std::vector<KinshipProjection>> childrenByModel;  // each child projected once per model
    for (std::size_t i = 0; i < n; ++i) {
        const KinshipPair& parent = *cases[i].family;
        const KinshipModel& model = kinship.forFamily(parent.elderFamily);
        const KinshipProjection projectedParent = model.space().project(parent.elder, parent.elderRole);
        std::vector<KinshipProjection>& children = childrenByModel[&model];
        if (children.empty()) {
            for (const SyntheticCase& c : cases) children.push_back(model.space().project(c.family->younger, c.family->youngerRole));
        }
        for (std::size_t j = 0; j < n; ++j) {
            double best = -std::numeric_limits<double>::infinity();
            for (std::size_t c : cases[j].adultColumns)
                best = std::max(best, static_cast<double>(identity.fusedLog10[cases[i].probeRow * columns + c]));
            identityScore[i * n + j] = best;
            kinshipScore[i * n + j] = model.log10LikelihoodRatio(projectedParent, children[j]);
        }
    }
    std::vector<int> identityRanks, kinshipRanks, combinedRanks;
    for (std::size_t i = 0; i < n; ++i) {
        identityRanks.push_back(rankOf(i, n, [&](std::size_t j) { return identityScore[i * n + j]; }));
        kinshipRanks.push_back(rankOf(i, n, [&](std::size_t j) { return kinshipScore[i * n + j]; }));
        combinedRanks.push_back(rankOf(i, n, [&](std::size_t j) { return identityScore[i * n + j] + kinshipScore[i * n + j]; }));
    }
    const std::vector<int> ks{1, 5, 10, 30};
    ChildhoodKinshipRanking out;
    out.cases = n;
    out.identityOnly = rankRates(identityRanks, ks);
    out.kinshipOnly = rankRates(kinshipRanks, ks);
    out.combined = rankRates(combinedRanks, ks);
    chooseKinshipWeight(n, identityScore, kinshipScore, out);
    return out;
}

}  // namespace reunite
