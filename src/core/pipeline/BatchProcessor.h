#pragma once
// BatchProcessor: runs a FacePipeline over many files on all cores.
// Each worker owns a clone of the pipeline. Results arrive through onResult in completion order
// (called from worker threads, serialised by an internal mutex); onProgress likewise.
// cancel() (any thread) stops workers after their current file; run() then returns Cancelled.
// Thread safety: run() once at a time per instance; cancel() and progress reads from any thread.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/pipeline/FacePipeline.h"
#include "domain/Result.h"

namespace reunite {

struct BatchProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    std::size_t faces = 0;
    std::size_t failed = 0;
    double facesPerSecond = 0;
    double imagesPerSecond = 0;
    double etaSeconds = 0;
};

struct BatchItemResult {
    std::size_t index = 0;               // position in the input list
    std::filesystem::path path;
    Result<ImageFaces> faces = Error{ErrorCode::Internal, "not processed"};
};

struct BatchOptions {
    int threads = 0;  // 0: all hardware threads
};

class BatchProcessor {
public:
    BatchProcessor(const FacePipeline& prototype, BatchOptions options = {});

    using ResultCallback = std::function<void(BatchItemResult&&)>;
    using ProgressCallback = std::function<void(const BatchProgress&)>;

    Result<BatchProgress> run(const std::vector<std::filesystem::path>& files, const ResultCallback& onResult,
                              const ProgressCallback& onProgress = {});
    void cancel() { cancelled_.store(true); }
    bool cancelled() const { return cancelled_.load(); }

private:
    const FacePipeline& prototype_;
    BatchOptions options_;
    std::atomic<bool> cancelled_{false};
};

}  // namespace reunite
