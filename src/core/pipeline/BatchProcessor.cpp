#include "core/pipeline/BatchProcessor.h"

#include <mutex>
#include <thread>

namespace reunite {

BatchProcessor::BatchProcessor(const FacePipeline& prototype, BatchOptions options)
    : prototype_(prototype), options_(options) {}

Result<Progress> BatchProcessor::run(const std::vector<std::filesystem::path>& files, const ResultCallback& onResult,
                                     const ProgressCallback& onProgress) {
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threadCount = std::max(1, std::min<int>(options_.threads > 0 ? options_.threads : hardware,
                                                      static_cast<int>(std::max<std::size_t>(1, files.size()))));

    std::atomic<std::size_t> next{0};
    std::mutex reportMutex;
    Progress progress;
    progress.total = files.size();
    const auto started = std::chrono::steady_clock::now();

    auto report = [&](BatchItemResult&& item) {
        std::lock_guard<std::mutex> lock(reportMutex);
        ++progress.processed;
        if (item.faces) {
            progress.faces += item.faces.value().faces.size();
        } else {
            ++progress.failed;
        }
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (elapsed > 0) {
            progress.facesPerSecond = progress.faces / elapsed;
            progress.itemsPerSecond = progress.processed / elapsed;
            progress.etaSeconds =
                progress.itemsPerSecond > 0 ? (progress.total - progress.processed) / progress.itemsPerSecond : 0;
        }
        if (onResult) onResult(std::move(item));
        if (onProgress) onProgress(progress);
    };

    auto work = [&](FacePipeline& pipeline) {
        while (!options_.cancel.isCancelled()) {
            const std::size_t index = next.fetch_add(1);
            if (index >= files.size()) break;
            BatchItemResult item;
            item.index = index;
            item.path = files[index];
            try {
                item.faces = pipeline.processFile(files[index]);
            } catch (const std::exception& e) {
                item.faces = makeError(ErrorCode::Internal, files[index].string() + ": " + e.what());
            }
            report(std::move(item));
        }
    };

    std::vector<std::unique_ptr<FacePipeline>> pipelines;
    for (int i = 0; i < threadCount; ++i) pipelines.push_back(prototype_.clone());
    std::vector<std::thread> workers;
    for (int i = 1; i < threadCount; ++i) workers.emplace_back(work, std::ref(*pipelines[i]));
    work(*pipelines[0]);
    for (std::thread& worker : workers) worker.join();

    if (options_.cancel.isCancelled() && progress.processed < progress.total) {
        return makeError(ErrorCode::Cancelled, "cancelled after " + std::to_string(progress.processed) + " of " +
                                                   std::to_string(progress.total) + " images");
    }
    return progress;
}

}  // namespace reunite
