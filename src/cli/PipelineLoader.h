#pragma once
// Loads the face pipeline for a CLI command, choosing the best face of an image.
#include <memory>

#include "core/pipeline/FacePipeline.h"
#include "domain/Result.h"

namespace reunite::cli {

Result<std::unique_ptr<FacePipeline>> loadPipeline(bool withEmbeddings = true);

// The face a single-face command should use: real detections before fallback boxes, then the
// largest. Returns nullptr when there is none.
const FaceRecord* primaryFace(const ImageFaces& faces);

}  // namespace reunite::cli
