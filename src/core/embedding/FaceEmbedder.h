#pragma once
// FaceEmbedder: dlib's ResNet metric network, 150x150 aligned RGB chip in, 128 floats out.
// Pixels are normalised as dlib does (mean RGB subtracted, divided by 256).
// Factory: a fully loaded embedder or an error (missing or corrupt file) naming the setup command.
// Thread safety: NOT thread-safe (the network keeps activations); use clone() per thread.
#include <filesystem>
#include <memory>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"
#include "domain/Result.h"

namespace reunite {

class FaceEmbedder {
public:
    virtual ~FaceEmbedder() = default;
    // chips must all be 150x150.
    virtual std::vector<Embedding> embed(const std::vector<Image>& chips) = 0;
    virtual std::unique_ptr<FaceEmbedder> clone() const = 0;
};

Result<std::unique_ptr<FaceEmbedder>> loadFaceEmbedder(const std::filesystem::path& networkFile);

}  // namespace reunite
