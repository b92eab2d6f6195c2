// Start-up of the search gallery: opening the workstation database and loading every gallery face
// into the in-memory index, for a database of N synthetic faces (created on first use), plus the
// index's memory per million faces and the process's resident memory.
// --sealed yes: the database is an encrypted one (every value sealed as the workstation seals it,
// embeddings included), opened with its data key (kept for the benchmark in PATH.benchkey).
// --seal-copy-of PLAIN: the sealed database is made from a copy of the plain benchmark database
// PLAIN, sealed as `encrypt` seals one (quicker than writing a million sealed records anew).
// Usage: reunite-bench-startup --db PATH [--faces 1000000] [--sealed yes|no] [--seal-copy-of PLAIN]
//        [--estimate-ages yes|no]   (first: time estimating every face's birth years, GalleryAgeEstimation.h)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "SyntheticGallery.h"
#include "security/SecretKey.h"
#include "workflows/encryption/DataKeySealer.h"
#include "db/repositories/StoredRowSealing.h"
#include "db/sqlite/Transaction.h"
#include "workflows/gallery/GalleryAgeEstimation.h"
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

// The benchmark database's data key: made on first use, then read from PATH.benchkey.
security::DataKey benchmarkKey(const std::string& path) {
    const std::string keyFile = path + ".benchkey";
    std::vector<std::uint8_t> bytes(security::kSecretKeyBytes);
    if (std::ifstream in{keyFile, std::ios::binary}) {
        in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        Result<security::SecretKey> key = security::SecretKey::fromBytes(bytes);
        return key ? std::make_shared<const security::SecretKey>(std::move(key).value()) : nullptr;
    }
    Result<security::SecretKey> key = security::SecretKey::random();
    if (!key) return nullptr;
    std::ofstream(keyFile, std::ios::binary).write(reinterpret_cast<const char*>(key.value().bytes().data()), security::kSecretKeyBytes);
    return std::make_shared<const security::SecretKey>(std::move(key).value());
}

// PATH as a sealed copy of the plain database `plain`.
int sealCopy(const std::string& plain, const std::string& path, const security::DataKey& key) {
    std::error_code error;
    std::filesystem::copy_file(plain, path, error);
    if (error) {
        std::fprintf(stderr, "cannot copy %s: %s\n", plain.c_str(), error.message().c_str());
        return 1;
    }
    auto database = openWorkstationDatabase(path);
    if (!database) return 1;
    workflows::useKey(*database.value(), key);
    const auto start = Clock::now();
    Result<std::int64_t> sealed = db::sealStoredRows(*database.value());
    if (!sealed) {
        std::fprintf(stderr, "%s\n", sealed.error().message.c_str());
        return 1;
    }
    std::fprintf(stderr, "sealed %lld values in %.1f s\n", static_cast<long long>(sealed.value()),
                 std::chrono::duration<double>(Clock::now() - start).count());
    return database.value()->execute("VACUUM").ok() ? 0 : 1;
}

int createDatabase(const std::string& path, long faces, const security::DataKey& key) {
    auto database = openWorkstationDatabase(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", database.error().message.c_str());
        return 1;
    }
    workflows::useKey(*database.value(), key);
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

// Estimates the birth years of every face (the one-time work after an upgrade or an estimator
// change), then once more with nothing left to do (what every later start-up pays).
int estimateAges(db::Database& database) {
    Result<AgeEstimator> estimator = AgeEstimator::discover();
    if (!estimator) { std::fprintf(stderr, "%s\n", estimator.error().message.c_str()); return 1; }
    estimator.value().setEmbeddingModelId(kModel);  // the synthetic faces' model
    const auto t0 = Clock::now();
    Result<std::size_t> first = estimateGalleryBirthYears(database, estimator.value(), kModel);
    const auto t1 = Clock::now();
    Result<std::size_t> second = estimateGalleryBirthYears(database, estimator.value(), kModel);
    const auto t2 = Clock::now();
    if (!first || !second) { std::fprintf(stderr, "%s\n", (first ? second.error() : first.error()).message.c_str()); return 1; }
    const double firstSeconds = std::chrono::duration<double>(t1 - t0).count();
    std::printf("| faces estimated | first pass s | faces/s | next start-up's pass ms (faces left) |\n|---:|---:|---:|---:|\n");
    std::printf("| %zu | %.1f | %.0f | %.1f (%zu) |\n\n", first.value(), firstSeconds, first.value() / std::max(1e-9, firstSeconds),
                std::chrono::duration<double, std::milli>(t2 - t1).count(), second.value());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string path;
    long faces = 1'000'000;
    bool sealed = false;
    bool ages = false;
    std::string plainSource;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--db") path = argv[i + 1];
        else if (arg == "--faces") faces = std::atol(argv[i + 1]);
        else if (arg == "--sealed") sealed = std::string(argv[i + 1]) == "yes";
        else if (arg == "--seal-copy-of") plainSource = argv[i + 1];
        else if (arg == "--estimate-ages") ages = std::string(argv[i + 1]) == "yes";
    }
    if (path.empty()) {
        std::fprintf(stderr, "usage: reunite-bench-startup --db PATH [--faces N] [--sealed yes|no] [--seal-copy-of PLAIN] [--estimate-ages yes|no]\n");
        return 2;
    }
    const security::DataKey key = sealed ? benchmarkKey(path) : nullptr;
    if (sealed && !key) {
        std::fprintf(stderr, "no data key for the sealed benchmark database\n");
        return 1;
    }
    if (!std::ifstream(path)) {
        const int failed = sealed && !plainSource.empty() ? sealCopy(plainSource, path, key) : createDatabase(path, faces, key);
        if (failed) return failed;
    }
    const long rssBefore = residentKiB();
    const auto t0 = Clock::now();
    auto database = openWorkstationDatabase(path);
    if (!database) { std::fprintf(stderr, "%s\n", database.error().message.c_str()); return 1; }
    workflows::useKey(*database.value(), key);
    const auto opened = Clock::now();
    if (ages) {
        if (const int failed = estimateAges(*database.value())) return failed;
    }
    const auto t1 = Clock::now();
    const double estimateSeconds = std::chrono::duration<double>(t1 - opened).count();
    GalleryIndex index;
    auto loaded = loadGallery(*database.value(), kModel, index);
    if (!loaded) { std::fprintf(stderr, "%s\n", loaded.error().message.c_str()); return 1; }
    const auto t2 = Clock::now();
    const double openSeconds = std::chrono::duration<double>(t1 - t0).count() - estimateSeconds;
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
