#pragma once
// Loads the face pipeline for a CLI command, choosing the best face of an image.
#include <memory>

#include "core/pipeline/FacePipeline.h"
#include "domain/Result.h"

namespace reunite::cli {

Result<std::unique_ptr<FacePipeline>> loadPipeline(bool withEmbeddings = true);

// A single-face command takes the image's primaryFace (core/pipeline/FacePipeline.h).

}  // namespace reunite::cli
