// Top-30 query latency of GalleryIndex against FAISS IndexFlatL2 on the same synthetic vectors in
// the same run, for 10k, 100k and 1M gallery faces; also the index memory per million faces.
// Usage: reunite-bench-search [--sizes 10000,100000,1000000] [--queries 20] [--threads N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <faiss/IndexFlat.h>

#include "BenchArguments.h"
#include "search/GalleryIndex.h"

using namespace reunite;
using Clock = std::chrono::steady_clock;
using reunite::bench::median;
using reunite::bench::parseSizes;

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes{10'000, 100'000, 1'000'000};
    int queries = 20;
    int threads = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--sizes") sizes = parseSizes(argv[i + 1]);
        else if (arg == "--queries") queries = std::atoi(argv[i + 1]);
        else if (arg == "--threads") threads = std::atoi(argv[i + 1]);
    }
    std::printf("| gallery faces | Reunite top-30 median ms | FAISS IndexFlatL2 top-30 median ms | same top-30 | index MB |\n");
    std::printf("|---:|---:|---:|:---:|---:|\n");
    for (std::size_t n : sizes) {
        std::mt19937 rng(12345);
        std::normal_distribution<float> normal(0.0f, 0.1f);
        std::vector<float> data(n * kEmbeddingSize);
        for (float& v : data) v = normal(rng);

        GalleryIndex index;
        index.reserve(n, n);
        for (std::size_t i = 0; i < n; ++i) {
            GalleryCandidate candidate;
            candidate.candidateId = static_cast<std::int64_t>(i);
            candidate.source = "national_db";
            index.upsertCandidate(candidate);
            Embedding e;
            std::copy_n(data.begin() + static_cast<std::ptrdiff_t>(i * kEmbeddingSize), kEmbeddingSize, e.begin());
            (void)index.addFace(static_cast<std::int64_t>(i), static_cast<std::int64_t>(i), e);
        }
        faiss::IndexFlatL2 flat(kEmbeddingSize);
        flat.add(static_cast<faiss::Index::idx_t>(n), data.data());

        std::vector<double> ours, theirs;
        bool agree = true;
        for (int q = 0; q < queries; ++q) {
            Probe probe;
            for (float& v : probe.embedding) v = normal(rng);
            SearchQuery query;
            query.probes.push_back(probe);
            query.threads = threads;
            auto t0 = Clock::now();
            auto outcome = index.search(query);
            auto t1 = Clock::now();
            std::vector<float> distances(30);
            std::vector<faiss::Index::idx_t> labels(30);
            flat.search(1, probe.embedding.data(), 30, distances.data(), labels.data());
            auto t2 = Clock::now();
            ours.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            theirs.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
            if (!outcome) return 1;
            for (std::size_t k = 0; k < 30 && k < outcome.value().matches.size(); ++k)
                agree = agree && outcome.value().matches[k].candidateId == labels[k];
        }
        std::printf("| %zu | %.2f | %.2f | %s | %.1f |\n", n, median(ours), median(theirs), agree ? "yes" : "NO",
                    index.memoryBytes() / 1048576.0);
    }
    std::printf("\nthreads: %u hardware, faiss omp default; queries per size: %d\n",
                std::thread::hardware_concurrency(), queries);
    return 0;
}
