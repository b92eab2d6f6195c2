#pragma once
// The database row of a face the pipeline found: the one place that decides what is stored of a
// FaceRecord (box, landmarks, quality, embedding and the model that made it).
// Thread safety: pure function.
#include "core/pipeline/FacePipeline.h"
#include "db/records/FaceRow.h"

namespace reunite {

db::FaceRow faceRowOf(const FaceRecord& face, std::int64_t photoId, int faceIndex, const FacePipeline& pipeline);

}  // namespace reunite
