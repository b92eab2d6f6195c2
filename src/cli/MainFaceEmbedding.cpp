#include "cli/MainFaceEmbedding.h"

#include <iomanip>
#include <iostream>

#include "core/pipeline/BatchProcessor.h"
#include "cli/PipelineLoader.h"

namespace reunite::cli {

Result<MainFaceEmbeddings> embedMainFaces(FacePipeline& pipeline, const std::vector<std::filesystem::path>& files,
                                          int threads, const char* label) {
    MainFaceEmbeddings result;
    result.embeddings.resize(files.size());
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
            if (const FaceRecord* face = primaryFace(item.faces.value())) result.embeddings[item.index] = face->embedding;
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

}  // namespace reunite::cli
