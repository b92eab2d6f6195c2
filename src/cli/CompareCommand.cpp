#include <iostream>

#include "cli/JsonOutput.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/PipelineLoader.h"

namespace reunite::cli {
namespace {

struct ComparedFace {
    FaceRecord face;
    std::size_t facesInImage = 0;
};

Result<ComparedFace> faceOf(FacePipeline& pipeline, const std::string& path) {
    Result<ImageFaces> faces = pipeline.processFile(path);
    if (!faces) return faces.error();
    const FaceRecord* face = primaryFace(faces.value());
    if (!face) return makeError(ErrorCode::NoFace, "no face found in " + path);
    return ComparedFace{*face, faces.value().faces.size()};
}

}  // namespace

// reunite-cli compare A B: distance of the main faces, verdict at the manifest threshold.
int runCompareCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 2) return usageError("compare needs exactly two images: compare A B");
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());

    const std::string& pathA = args.positional()[0];
    const std::string& pathB = args.positional()[1];
    Result<ComparedFace> a = faceOf(*pipeline.value(), pathA);
    if (!a) return fail(a.error());
    Result<ComparedFace> b = faceOf(*pipeline.value(), pathB);
    if (!b) return fail(b.error());

    const double threshold = pipeline.value()->distanceThreshold();
    const double distance = euclideanDistance(a.value().face.embedding, b.value().face.embedding);
    nlohmann::json out;
    out["a"] = {{"file", pathA}, {"faces_in_image", a.value().facesInImage}, {"face", faceToJson(a.value().face, false, false)}};
    out["b"] = {{"file", pathB}, {"faces_in_image", b.value().facesInImage}, {"face", faceToJson(b.value().face, false, false)}};
    out["distance"] = distance;
    out["threshold"] = threshold;
    out["verdict"] = distance < threshold ? "possible-match" : "no-match";
    out["note"] = "an investigative lead, never an identification; confirm by DNA";
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto* side : {&a.value(), &b.value()}) {
        const std::string& file = side == &a.value() ? pathA : pathB;
        if (side->face.quality.flags & QualityPossiblyChild) {
            warnings.push_back(file + ": the face looks like a child's; the threshold is calibrated on adults and "
                                      "cross-age distances are larger than same-age ones");
        }
        if (side->facesInImage > 1) {
            warnings.push_back(file + ": " + std::to_string(side->facesInImage) + " faces; the largest was used");
        }
        for (const std::string& flag : qualityFlagNames(side->face.quality.flags & ~QualityPossiblyChild)) {
            warnings.push_back(file + ": quality warning: " + flag);
        }
    }
    out["warnings"] = warnings;
    printJson(out);
    for (const auto& w : warnings) std::cerr << "warning: " << w.get<std::string>() << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
