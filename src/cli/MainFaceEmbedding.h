#pragma once
// Embeds the main face of every photo of a list on all cores (evaluation and training commands).
#include <filesystem>
#include <optional>
#include <vector>

#include "core/pipeline/FacePipeline.h"
#include "domain/Result.h"

namespace reunite::cli {

struct MainFaceEmbeddings {
    std::vector<std::optional<Embedding>> embeddings;  // one per file; empty when no face
    std::vector<Landmarks> landmarks;                  // one per file, of the same face (zero when none)
    std::size_t unreadable = 0;
    double facesPerSecond = 0;
};

Result<MainFaceEmbeddings> embedMainFaces(FacePipeline& pipeline, const std::vector<std::filesystem::path>& files,
                                          int threads, const char* label);

// The same with mirror augmentation (see crossage/MirrorAugmentation): each main face's embedding
// is averaged with that of its mirrored chip, embedded on `threads` workers afterwards.
Result<MainFaceEmbeddings> embedMainFacesMirrored(FacePipeline& pipeline, const std::vector<std::filesystem::path>& files,
                                                  int threads, const char* label);

}  // namespace reunite::cli
