#include "cli/MainFaceEmbedding.h"

#include <iomanip>
#include <iostream>

#include <thread>

#include "cli/PipelineLoader.h"
#include "core/models/ModelLocator.h"
#include "core/pipeline/BatchProcessor.h"
#include "crossage/MirrorAugmentation.h"

namespace reunite::cli {

namespace {

using FaceCallback = std::function<void(std::size_t index, const FaceRecord& face)>;

Result<MainFaceEmbeddings> forEachMainFace(FacePipeline& pipeline, const std::vector<std::filesystem::path>& files,
                                           int threads, const char* label, const FaceCallback& onFace) {
    MainFaceEmbeddings result;
    result.embeddings.resize(files.size());
    result.landmarks.resize(files.size());
    BatchOptions options;
    options.threads = threads;
    BatchProcessor batch(pipeline, options);
    auto progress = batch.run(
        files,
        [&](BatchItemResult&& item) {
            if (!item.faces) {
                ++result.unreadable;
                return;
            }
            if (const FaceRecord* face = primaryFace(item.faces.value())) {
                result.embeddings[item.index] = face->embedding;
                result.landmarks[item.index] = face->landmarks;
                if (onFace) onFace(item.index, *face);
            }
        },
        [&](const Progress& p) {
            if (p.processed % 200 == 0 || p.processed == p.total) {
                std::cerr << "\r" << label << " " << p.processed << "/" << p.total << " (" << std::fixed << std::setprecision(1)
                          << p.facesPerSecond << " faces/s)" << std::flush;
            }
        });
    std::cerr << "\n";
    if (!progress) return progress.error();
    result.facesPerSecond = progress.value().facesPerSecond;
    return result;
}

Result<std::unique_ptr<FaceEmbedder>> loadEmbedder() {
    auto models = ModelLocator::discover();
    if (!models) return models.error();
    auto network = models.value().locate("face_recognition");
    if (!network) return network.error();
    return loadFaceEmbedder(network.value().path);
}

// Replaces each embedding of `indices` by its average with the mirrored chip's, on `threads` workers.
Status averageWithMirrors(std::vector<std::optional<Embedding>>& embeddings, const std::vector<std::size_t>& indices,
                          const std::vector<Image>& chips, int threads) {
    auto prototype = loadEmbedder();
    if (!prototype) return prototype.error();
    const int count = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    auto work = [&](int t, std::unique_ptr<FaceEmbedder> embedder) {
        constexpr std::size_t kBatch = 32;
        for (std::size_t begin = t * kBatch; begin < chips.size(); begin += kBatch * count) {
            const std::size_t end = std::min(chips.size(), begin + kBatch);
            std::vector<Image> batch(chips.begin() + begin, chips.begin() + end);
            std::vector<Embedding> plain;
            for (std::size_t i = begin; i < end; ++i) plain.push_back(*embeddings[indices[i]]);
            const auto augmented = mirrorAugmentedEmbeddings(*embedder, batch, plain);
            for (std::size_t i = begin; i < end; ++i) embeddings[indices[i]] = augmented[i - begin];
        }
    };
    std::vector<std::thread> workers;
    for (int t = 0; t < count; ++t) workers.emplace_back(work, t, prototype.value()->clone());
    for (std::thread& worker : workers) worker.join();
    return Ok{};
}

}  // namespace

Result<MainFaceEmbeddings> embedMainFaces(FacePipeline& pipeline, const std::vector<std::filesystem::path>& files,
                                          int threads, const char* label) {
    return forEachMainFace(pipeline, files, threads, label, {});
}

Result<MainFaceEmbeddings> embedMainFacesMirrored(FacePipeline& pipeline, const std::vector<std::filesystem::path>& files,
                                                  int threads, const char* label) {
    std::vector<std::size_t> indices;
    std::vector<Image> chips;
    auto embedded = forEachMainFace(pipeline, files, threads, label, [&](std::size_t index, const FaceRecord& face) {
        indices.push_back(index);
        chips.push_back(face.chip);
    });
    if (!embedded) return embedded.error();
    if (Status averaged = averageWithMirrors(embedded.value().embeddings, indices, chips, threads); !averaged) {
        return averaged.error();
    }
    return embedded;
}

}  // namespace reunite::cli
