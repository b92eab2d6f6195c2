// reunite-cli progress: one age-progressed image of the main face of a photo.
#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/JsonOutput.h"
#include "age/model/AgeModel.h"
#include "age/progression/AgeProgressor.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/PipelineLoader.h"
#include "age/progression/ProgressionMark.h"

namespace reunite::cli {
namespace {

const char* const kUsage =
    "usage: progress IMAGE --age YEARS --target YEARS --out FILE.png [--sex f|m|u]\n"
    "       [--parent IMAGE --parent-age YEARS [--parent-weight 0.3]] [--age-model DIR]";


// The main face of a photo, as a FacePhoto of the given age.
Result<FacePhoto> facePhoto(FacePipeline& pipeline, const std::string& path, double age, bool& fallbackBox) {
    Result<DecodedImage> decoded = pipeline.decoder().decodeFile(path);
    if (!decoded) return decoded.error();
    const ImageFaces faces = pipeline.processDecoded(decoded.value());
    const FaceRecord* face = primaryFace(faces);
    if (!face) return makeError(ErrorCode::NoFace, "no face found in " + path);
    fallbackBox = face->detection.fallback;
    return FacePhoto{std::move(decoded).value().image, face->landmarks, age};
}

}  // namespace

int runProgressCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"age", "target", "out", "sex", "parent", "parent-age", "parent-weight", "age-model"});
    if (!args.valid()) return usageError(args.error());
    const std::optional<double> age = parseNumber(args.value("age"));
    const std::optional<double> target = parseNumber(args.value("target"));
    const auto out = args.value("out");
    if (args.positional().size() != 1 || !age || !target || !out) return usageError(kUsage);
    ProgressionRequest request;
    request.targetAge = *target;
    if (const auto sexText = args.value("sex")) {
        const std::optional<Sex> sex = parseSex(*sexText);
        if (!sex) return usageError("--sex must be f, m or u");
        request.sex = *sex;
    }
    const bool withParent = args.value("parent").has_value();
    std::optional<double> parentAge = parseNumber(args.value("parent-age"));
    if (withParent && !parentAge) return usageError("--parent needs --parent-age YEARS");
    if (args.value("parent-weight")) {
        const std::optional<double> weight = parseNumber(args.value("parent-weight"));
        if (!weight) return usageError("--parent-weight must be a number between 0 and 1");
        request.parentWeight = *weight;
    }

    Result<AgeModel> model = args.value("age-model") ? AgeModel::load(*args.value("age-model")) : AgeModel::discover();
    if (!model) return fail(model.error());
    auto pipeline = loadPipeline(false);
    if (!pipeline) return fail(pipeline.error());

    bool fallback = false;
    Result<FacePhoto> face = facePhoto(*pipeline.value(), args.positional()[0], *age, fallback);
    if (!face) return fail(face.error());
    std::optional<FacePhoto> parent;
    bool parentFallback = false;
    if (withParent) {
        Result<FacePhoto> parentFace = facePhoto(*pipeline.value(), *args.value("parent"), *parentAge, parentFallback);
        if (!parentFace) return fail(parentFace.error());
        parent = std::move(parentFace).value();
    }

    const AgeProgressor progressor(model.value());
    Result<ProgressionResult> result = progressor.progress(face.value(), request, parent ? &*parent : nullptr);
    if (!result) return fail(result.error());
    if (Status written = writeProgressedPng(*out, result.value().image, result.value().record); !written) {
        return fail(written.error());
    }

    nlohmann::json summary;
    summary["output"] = *out;
    summary["notice"] = kAgeProgressedMark;
    summary["source_age"] = *age;
    summary["target_age"] = *target;
    summary["sex"] = sexName(request.sex);
    summary["parent_weight"] = parent ? request.parentWeight : 0.0;
    summary["age_model"] = model.value().id();
    nlohmann::json warnings = nlohmann::json::array();
    if (fallback) warnings.push_back("no face detected: landmarks were fitted to the whole image");
    if (parentFallback) warnings.push_back("no face detected in the parent photo: landmarks fitted to the whole image");
    const double youngest = model.value().youngestKnotAge(), oldest = model.value().oldestKnotAge();
    if (*target > oldest || *target < youngest || *age > oldest || *age < youngest) {
        warnings.push_back("an age lies outside the model's data (" + std::to_string(static_cast<int>(youngest)) + " to " +
                           std::to_string(static_cast<int>(oldest)) + " years): the change is held at the nearest end");
    }
    if (result.value().foldedTriangles > 0) warnings.push_back("the shape change folded the warp mesh: check the image");
    summary["warnings"] = warnings;
    return printJson(summary);
}

}  // namespace reunite::cli
