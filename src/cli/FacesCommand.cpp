#include <iostream>

#include "age/estimation/AgeEstimator.h"
#include "cli/JsonOutput.h"
#include "core/pipeline/BatchProcessor.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/PipelineLoader.h"

namespace reunite::cli {

// reunite-cli faces [--embedding] [--no-landmarks] [--threads N] IMAGE...
// Each face carries its estimated age (the shipped AgeEstimator: a lead, with its cross-validated error).
int runFacesCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"embedding", "no-landmarks"}, {"threads"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().empty()) return usageError("faces needs at least one IMAGE");
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    auto ageEstimator = AgeEstimator::discover();  // optional: without it, faces carry no estimated age
    if (!ageEstimator) std::cerr << "reunite-cli: note: no estimated ages: " << ageEstimator.error().message << "\n";
    const bool estimatesAges = ageEstimator && ageEstimator.value().reads(pipeline.value()->embeddingModelId());
    if (ageEstimator && !estimatesAges) std::cerr << "reunite-cli: note: no estimated ages: the estimator was trained on another face model\n";

    std::vector<std::filesystem::path> files(args.positional().begin(), args.positional().end());
    BatchOptions batchOptions;
    if (auto threads = args.value("threads")) batchOptions.threads = std::atoi(threads->c_str());
    BatchProcessor batch(*pipeline.value(), batchOptions);

    std::vector<nlohmann::json> items(files.size());
    int exitCode = ExitOk;
    const bool withEmbedding = args.flag("embedding");
    const bool withLandmarks = !args.flag("no-landmarks");
    auto run = batch.run(files, [&](BatchItemResult&& item) {
        nlohmann::json j;
        j["file"] = item.path.string();
        if (!item.faces) {
            j["error"] = {{"code", errorCodeName(item.faces.error().code)}, {"message", item.faces.error().message}};
            std::cerr << "reunite-cli: error: " << item.faces.error().message << "\n";
            exitCode = std::max(exitCode, exitCodeFor(item.faces.error()));
        } else {
            const ImageFaces& faces = item.faces.value();
            j["width"] = faces.imageWidth;
            j["height"] = faces.imageHeight;
            j["faces"] = nlohmann::json::array();
            for (const FaceRecord& face : faces.faces) {
                nlohmann::json described = faceToJson(face, withEmbedding, withLandmarks);
                if (estimatesAges) {
                    const AgeEstimate age = ageEstimator.value().estimate(face.embedding, face.landmarks);
                    described["estimated_age"] = {{"years", age.years}, {"plus_minus", age.plusMinus}};
                }
                j["faces"].push_back(std::move(described));
            }
        }
        items[item.index] = std::move(j);
    });
    if (!run) return fail(run.error());
    return printJson(nlohmann::json(items), exitCode);
}

}  // namespace reunite::cli
