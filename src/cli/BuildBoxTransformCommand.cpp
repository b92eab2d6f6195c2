// reunite-cli build-box-transform [--aaf DIR] [--out FILE]: fits the mapping from BlazeFace's face
// boxes to dlib HOG's (what the 68-point landmark model was trained on) on the even rows of the
// All-Age-Faces index (the odd rows are left for measuring it: reunite-bench-detection) and writes
// its four numbers to FILE (default resources/detection/blazeface_to_hog_box.json).
#include <fstream>
#include <iomanip>
#include <iostream>

#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "core/detection/BoxTransformFitting.h"
#include "core/models/ModelLocator.h"

namespace reunite::cli {
namespace {

// The first column of every even data row of a CSV index (paths relative to its folder).
Result<std::vector<std::filesystem::path>> evenRowFiles(const std::filesystem::path& folder) {
    std::ifstream index(folder / "index.csv");
    if (!index) return makeError(ErrorCode::NotFound, "no index.csv in " + folder.string());
    std::vector<std::filesystem::path> files;
    std::string line;
    std::getline(index, line);
    for (int row = 0; std::getline(index, line); ++row) {
        if (row % 2 == 0 && !line.empty()) files.push_back(folder / line.substr(0, line.find(',')));
    }
    return files;
}

}  // namespace

int runBuildBoxTransformCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"aaf", "out"});
    if (!args.valid() || !args.positional().empty()) {
        return usageError("usage: build-box-transform [--aaf DIR] [--out resources/" + std::string(kCnnBoxTransformResource) + "]");
    }
    const std::filesystem::path folder = args.value("aaf").value_or("../shared/data/aaf");
    const std::filesystem::path out = args.value("out").value_or(std::string("resources/") + kCnnBoxTransformResource);
    Result<std::vector<std::filesystem::path>> photos = evenRowFiles(folder);
    if (!photos) return fail(photos.error());
    Result<ModelLocator> models = ModelLocator::discover();
    if (!models) return fail(models.error());
    Result<BoxTransformFit> fit = fitCnnToHogBoxes(models.value(), photos.value());
    if (!fit) return fail(fit.error());

    BoxTransformFile content;
    content.transform = fit.value().transform;
    content.sourceModelSha256 = fit.value().detectionModelSha256;
    content.pairs = fit.value().pairs;
    content.fittedOn = "even rows of the All-Age-Faces index (" + std::to_string(fit.value().photos) +
                       " photos), faces found by both BlazeFace and dlib HOG";
    content.rebuildCommand = "reunite-cli build-box-transform --aaf ../shared/data/aaf";
    if (Status saved = saveBoxTransform(out, content); !saved) return fail(saved.error());
    const BoxTransform& t = content.transform;
    std::cout << std::setprecision(4) << out.string() << ": " << content.pairs << " faces from " << fit.value().photos
              << " photos (" << fit.value().unreadable << " unreadable); centre shift " << t.centerShiftX << ", "
              << t.centerShiftY << " box sizes, scale " << t.widthScale << " x " << t.heightScale << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
