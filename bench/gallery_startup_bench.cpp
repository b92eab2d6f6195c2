// Start-up of the search gallery: opening the workstation database and loading every gallery face
// into the in-memory index, for a database of N synthetic faces (created on first use), plus the
// index's memory per million faces and the process's resident memory.
// Usage: reunite-bench-startup --db PATH [--faces 1000000]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include "SyntheticGallery.h"
#include "db/sqlite/Transaction.h"
#include "workflows/gallery/GalleryLoader.h"
#include "workflows/storage/WorkstationDatabase.h"

using namespace reunite;
using Clock = std::chrono::steady_clock;

namespace {

long residentKiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
    }
    return 0;
}

constexpr const char* kModel = "synthetic:benchmark";

int createDatabase(const std::string& path, long faces) {
    auto database = openWorkstationDatabase(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", database.error().message.c_str());
        return 1;
    }
    std::mt19937 rng(2024);
    const bench::SyntheticFaceSpec spec{kModel, "1", 0.1f};
    const long perTransaction = 20000;
    for (long start = 0; start < faces; start += perTransaction) {
        auto transaction = db::Transaction::begin(*database.value());
        if (!transaction) return 1;
        Status added = bench::addSyntheticCandidates(*database.value(), start, std::min(faces, start + perTransaction) - start, spec, rng);
        if (!added) {
            std::fprintf(stderr, "%s\n", added.error().message.c_str());
            return 1;
        }
        if (!transaction.value().commit()) return 1;
        std::fprintf(stderr, "\rcreated %ld / %ld faces", std::min(faces, start + perTransaction), faces);
    }
    std::fprintf(stderr, "\n");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string path;
    long faces = 1'000'000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--db") path = argv[i + 1];
        else if (arg == "--faces") faces = std::atol(argv[i + 1]);
    }
    if (path.empty()) {
        std::fprintf(stderr, "usage: reunite-bench-startup --db PATH [--faces N]\n");
        return 2;
    }
    if (!std::ifstream(path)) {
        if (int failed = createDatabase(path, faces)) return failed;
    }
    const long rssBefore = residentKiB();
    const auto t0 = Clock::now();
    auto database = openWorkstationDatabase(path);
    if (!database) { std::fprintf(stderr, "%s\n", database.error().message.c_str()); return 1; }
    const auto t1 = Clock::now();
    GalleryIndex index;
    auto loaded = loadGallery(*database.value(), kModel, index);
    if (!loaded) { std::fprintf(stderr, "%s\n", loaded.error().message.c_str()); return 1; }
    const auto t2 = Clock::now();
    const double openSeconds = std::chrono::duration<double>(t1 - t0).count();
    const double loadSeconds = std::chrono::duration<double>(t2 - t1).count();
    std::printf("| gallery faces | open s | load s (candidates s) | start-up s | index MB | MB per 1M faces | process RSS growth MB |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|\n");
    const double indexMb = index.memoryBytes() / 1048576.0;
    std::printf("| %zu | %.2f | %.2f (%.2f) | %.2f | %.0f | %.0f | %.0f |\n", loaded.value().faces, openSeconds, loadSeconds,
                loaded.value().candidateSeconds,
                openSeconds + loadSeconds, indexMb, indexMb * 1e6 / std::max<std::size_t>(1, loaded.value().faces),
                (residentKiB() - rssBefore) / 1024.0);
    return 0;
}
