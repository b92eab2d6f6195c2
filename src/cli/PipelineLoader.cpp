#include "cli/PipelineLoader.h"

namespace reunite::cli {

Result<std::unique_ptr<FacePipeline>> loadPipeline(bool withEmbeddings) {
    Result<ModelLocator> models = ModelLocator::discover();
    if (!models) return models.error();
    PipelineOptions options;
    options.computeEmbeddings = withEmbeddings;
    return FacePipeline::create(models.value(), options);
}


}  // namespace reunite::cli
