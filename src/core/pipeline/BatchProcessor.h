#pragma once
// BatchProcessor: runs a FacePipeline over many files on all cores.
// Each worker owns a clone of the pipeline. Results arrive through onResult in completion order
// (called from worker threads, serialised by an internal mutex); onProgress likewise.
// Cancelling the options' CancellationToken (any thread) stops workers after their current file;
// run() then returns Cancelled. Progress is the shared domain Progress (processed = files done).
// Thread safety: run() once at a time per instance; cancel() and progress reads from any thread.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/pipeline/FacePipeline.h"
#include "domain/CancellationToken.h"
#include "domain/Progress.h"
#include "domain/Result.h"

namespace reunite {

struct BatchItemResult {
    std::size_t index = 0;               // position in the input list
    std::filesystem::path path;
    Result<ImageFaces> faces = Error{ErrorCode::Internal, "not processed"};
};

struct BatchOptions {
    int threads = 0;  // 0: all hardware threads
    CancellationToken cancel;
};

class BatchProcessor {
public:
    BatchProcessor(const FacePipeline& prototype, BatchOptions options = {});

    using ResultCallback = std::function<void(BatchItemResult&&)>;

    Result<Progress> run(const std::vector<std::filesystem::path>& files, const ResultCallback& onResult,
                         const ProgressCallback& onProgress = {});
    void cancel() const { options_.cancel.cancel(); }
    bool cancelled() const { return options_.cancel.isCancelled(); }

private:
    const FacePipeline& prototype_;
    BatchOptions options_;
};

}  // namespace reunite
