#include <cmath>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <iomanip>
#include <iostream>

#include "domain/PhotoFiles.h"
#include "core/pipeline/BatchProcessor.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "eval/CrossAgeDataset.h"
#include "cli/PipelineLoader.h"

#ifndef REUNITE_DEFAULT_SAMPLES_DIR
#define REUNITE_DEFAULT_SAMPLES_DIR ""
#endif

namespace reunite::cli {

// reunite-cli demo [DIR]: finds the faces in the redistributable sample photos setup fetched and
// prints how far apart their main faces are.
int runDemoCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {});
    if (!args.valid()) return usageError(args.error());
    std::filesystem::path folder = REUNITE_DEFAULT_SAMPLES_DIR;
    if (const char* env = std::getenv("REUNITE_SAMPLES_DIR"); env && *env) folder = env;
    if (!args.positional().empty()) folder = args.positional()[0];
    auto files = listPhotoFilesRecursively(folder);
    if (!files) return fail(makeError(ErrorCode::NotFound, files.error().message + "; run: " + kSetupCommand));
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());

    std::vector<std::optional<FaceRecord>> mainFaces(files.value().size());
    std::vector<std::string> lines(files.value().size());
    BatchProcessor batch(*pipeline.value());
    auto run = batch.run(files.value(), [&](BatchItemResult&& item) {
        std::ostringstream line;
        line << std::left << std::setw(28) << item.path.filename().string();
        if (!item.faces) {
            line << "error: " << item.faces.error().message;
        } else {
            const ImageFaces& faces = item.faces.value();
            line << faces.imageWidth << "x" << faces.imageHeight << "  " << faces.faces.size() << " face(s)";
            if (const FaceRecord* face = primaryFace(faces)) {
                mainFaces[item.index] = *face;
                line << ", main face " << std::lround(face->quality.faceSizePx) << " px";
                for (const std::string& flag : qualityFlagNames(face->quality.flags)) line << " [" << flag << "]";
            }
        }
        lines[item.index] = line.str();
    });
    if (!run) return fail(run.error());

    std::cout << "Reunite face engine demo: " << folder.string() << "\n\n";
    for (const std::string& line : lines) std::cout << "  " << line << "\n";
    std::cout << "\nDistances between main faces (below " << pipeline.value()->distanceThreshold()
              << " = possible match; a lead, never an identification):\n";
    std::cout << std::fixed << std::setprecision(2);
    for (std::size_t i = 0; i < mainFaces.size(); ++i) {
        for (std::size_t j = i + 1; j < mainFaces.size(); ++j) {
            if (!mainFaces[i] || !mainFaces[j]) continue;
            const double d = euclideanDistance(mainFaces[i]->embedding, mainFaces[j]->embedding);
            std::cout << "  " << std::left << std::setw(22) << files.value()[i].filename().string() << " "
                      << std::setw(22) << files.value()[j].filename().string() << std::right << " " << d
                      << (d < pipeline.value()->distanceThreshold() ? "  possible match" : "") << "\n";
        }
    }
    std::cout << "\nTry: reunite-cli faces IMAGE..., reunite-cli compare A B, reunite-cli --help\n";
    return ExitOk;
}

}  // namespace reunite::cli
