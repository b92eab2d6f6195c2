#include "workflows/photos/FaceRowFactory.h"

namespace reunite {

db::FaceRow faceRowOf(const FaceRecord& face, std::int64_t photoId, int faceIndex, const FacePipeline& pipeline) {
    db::FaceRow row;
    row.photoId = photoId;
    row.faceIndex = faceIndex;
    row.modelId = pipeline.embeddingModelId();
    row.modelVersion = pipeline.embeddingModelVersion();
    row.detection = face.detection;
    row.landmarks = face.landmarks;
    row.quality = face.quality;
    row.embedding = face.embedding;
    return row;
}

}  // namespace reunite
