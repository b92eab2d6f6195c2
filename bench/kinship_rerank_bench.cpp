// What the relatives' photos add to a case search's time (issue 14): for galleries of 10k, 100k and
// 1M synthetic faces (one face per candidate, half of them male), the distance search of the
// kinship shortlist (kKinshipShortlist candidates), the likelihood ratios of that shortlist with and
// without two parents' faces (assessMatches, shipped models), and the re-ranking by evidence.
// --relatives-only: a case without a childhood photo instead: the two parents' faces are the
// probes and the shortlist is kRelativesOnlyShortlist candidates.
// Usage: reunite-bench-kinship [--sizes 10000,100000,1000000] [--queries 10] [--threads N] [--relatives-only]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kinship/LikelihoodModels.h"
#include "search/CrossAgeQuery.h"
#include "BenchArguments.h"
#include "search/GalleryIndex.h"
#include "workflows/search/LeadEvidence.h"

using namespace reunite;
using Clock = std::chrono::steady_clock;
using reunite::bench::median;
using reunite::bench::parseSizes;

namespace {

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

Embedding randomFace(std::mt19937& rng) {
    std::normal_distribution<float> normal(0.0f, 0.1f);
    Embedding face{};
    for (float& v : face) v = normal(rng);
    return face;
}

void fillGallery(GalleryIndex& index, std::size_t faces, std::mt19937& rng) {
    index.reserve(faces, faces);
    std::vector<GalleryIndex::FaceEntry> entries;
    entries.reserve(faces);
    for (std::size_t i = 0; i < faces; ++i) {
        const auto id = static_cast<std::int64_t>(i + 1);
        index.upsertCandidate(GalleryCandidate{id, i % 2 ? Sex::Male : Sex::Female, 0, 0, "", "national_db"});
        entries.push_back(GalleryIndex::FaceEntry{id, id, randomFace(rng)});
    }
    if (Status added = index.addFaces(entries); !added) {
        std::fprintf(stderr, "reunite-bench-kinship: %s\n", added.error().message.c_str());
        std::exit(1);
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes{10'000, 100'000, 1'000'000};
    int queries = 10;
    int threads = 0;
    bool relativesOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--relatives-only") relativesOnly = true;
        else if (i + 1 >= argc) break;
        else if (arg == "--sizes") sizes = parseSizes(argv[++i]);
        else if (arg == "--queries") queries = std::atoi(argv[++i]);
        else if (arg == "--threads") threads = std::atoi(argv[++i]);
    }
    Result<LikelihoodModels> models = LikelihoodModels::discover();
    if (!models) {
        std::fprintf(stderr, "reunite-bench-kinship: %s\n", models.error().message.c_str());
        return 1;
    }
    std::printf("| gallery faces | shortlist search ms | LRs, no relatives ms | LRs, two parents ms | re-rank ms |\n");
    std::printf("|---:|---:|---:|---:|---:|\n");
    for (std::size_t n : sizes) {
        std::mt19937 rng(4242);
        GalleryIndex index;
        fillGallery(index, n, rng);
        const std::vector<RelativeFaces> parents{{1, KinRelation::Father, 'M', {randomFace(rng)}},
                                                 {2, KinRelation::Mother, 'F', {randomFace(rng)}}};
        std::vector<double> searchMs, plainMs, parentsMs, rerankMs;
        for (int q = 0; q < queries; ++q) {
            SearchQuery query;
            if (relativesOnly) {
                for (const RelativeFaces& parent : parents) query.probes.push_back(Probe{0, kRelativeKind, parent.faces.front()});
                query.probeFusion = ProbeFusion::Mean;
                query.topK = kRelativesOnlyShortlist;
            } else {
                addCaseFaceProbes(query, 0, randomFace(rng), true, nullptr);
                query.topK = kKinshipShortlist;
            }
            query.threads = threads;
            auto start = Clock::now();
            Result<SearchOutcome> outcome = index.search(query);
            searchMs.push_back(millisecondsSince(start));
            if (!outcome) return 1;
            start = Clock::now();
            const std::vector<LeadEvidence> identityOnly = assessMatches(outcome.value().matches, index, models.value(), {});
            plainMs.push_back(millisecondsSince(start));
            if (identityOnly.size() != outcome.value().matches.size()) return 1;
            start = Clock::now();
            std::vector<LeadEvidence> evidence = assessMatches(outcome.value().matches, index, models.value(), parents);
            parentsMs.push_back(millisecondsSince(start));
            start = Clock::now();
            rankByEvidence(outcome.value().matches, evidence, 30);
            rerankMs.push_back(millisecondsSince(start));
        }
        std::printf("| %zu | %.1f | %.2f | %.1f | %.2f |\n", n, median(searchMs), median(plainMs), median(parentsMs), median(rerankMs));
    }
    return 0;
}
