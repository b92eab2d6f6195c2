#include <filesystem>
#include <fstream>
#include <system_error>
#include <iostream>

#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/PipelineLoader.h"

namespace reunite::cli {

// reunite-cli chip IMAGE --out FILE.ppm: the aligned 150x150 chip of the main face as binary PPM.
int runChipCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"out"});
    if (!args.valid()) return usageError(args.error());
    const auto out = args.value("out");
    if (args.positional().size() != 1 || !out) return usageError("usage: chip IMAGE --out FILE.ppm");
    auto pipeline = loadPipeline(false);
    if (!pipeline) return fail(pipeline.error());
    Result<ImageFaces> faces = pipeline.value()->processFile(args.positional()[0]);
    if (!faces) return fail(faces.error());
    const FaceRecord* face = primaryFace(faces.value());
    if (!face) return fail(makeError(ErrorCode::NoFace, "no face found in " + args.positional()[0]));

    std::error_code ec;
    if (const std::filesystem::path parent = std::filesystem::path(*out).parent_path(); !parent.empty()) {
        std::filesystem::create_directories(parent, ec);
    }
    std::ofstream file(*out, std::ios::binary);
    file << "P6\n" << face->chip.width << " " << face->chip.height << "\n255\n";
    file.write(reinterpret_cast<const char*>(face->chip.pixels.data()), static_cast<std::streamsize>(face->chip.pixels.size()));
    if (!file) return fail(makeError(ErrorCode::Unreadable, "could not write " + *out));
    std::cout << *out << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
