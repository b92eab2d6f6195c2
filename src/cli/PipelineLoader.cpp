#include "cli/PipelineLoader.h"

namespace reunite::cli {

Result<std::unique_ptr<FacePipeline>> loadPipeline(bool withEmbeddings) {
    Result<ModelLocator> models = ModelLocator::discover();
    if (!models) return models.error();
    PipelineOptions options;
    options.computeEmbeddings = withEmbeddings;
    return FacePipeline::create(models.value(), options);
}

const FaceRecord* primaryFace(const ImageFaces& faces) {
    const FaceRecord* best = nullptr;
    for (const FaceRecord& face : faces.faces) {
        if (!best) {
            best = &face;
            continue;
        }
        const bool better = best->detection.fallback != face.detection.fallback
                                ? !face.detection.fallback
                                : face.quality.faceSizePx > best->quality.faceSizePx;
        if (better) best = &face;
    }
    return best;
}

}  // namespace reunite::cli
