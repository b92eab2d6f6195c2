#include "cli/ProgressedEmbeddings.h"

#include <atomic>
#include <iostream>
#include <thread>

#include "cli/PipelineLoader.h"
#include "workflows/search/ProgressedProbe.h"

namespace reunite::cli {

std::vector<std::optional<Embedding>> embedProgressedFaces(const FacePipeline& prototype, const AgeProgressor& progressor,
                                                           const std::vector<std::filesystem::path>& files,
                                                           double ageAtPhoto, double targetAge, int threads) {
    std::vector<std::optional<Embedding>> out(files.size());
    std::atomic<std::size_t> next{0}, done{0};
    auto work = [&](std::unique_ptr<FacePipeline> pipeline) {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            if (++done % 100 == 0) std::cerr << "\rprogressed " << done << "/" << files.size() << std::flush;
            auto decoded = pipeline->decoder().decodeFile(files[i]);
            if (!decoded) continue;
            const ImageFaces faces = pipeline->processDecoded(decoded.value());
            const FaceRecord* face = primaryFace(faces);
            if (!face) continue;
            auto probe = makeProgressedProbe(*pipeline, progressor, decoded.value().image, face->landmarks, ageAtPhoto,
                                             targetAge, Sex::Unknown);
            if (probe) out[i] = probe.value().embedding;
        }
    };
    const int count = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> workers;
    for (int t = 0; t < count; ++t) workers.emplace_back(work, prototype.clone());
    for (std::thread& worker : workers) worker.join();
    std::cerr << "\n";
    return out;
}

}  // namespace reunite::cli
