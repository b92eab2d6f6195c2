#include <filesystem>
#include <iostream>

#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/PipelineLoader.h"
#include "domain/FileBytes.h"
#include "domain/PrivateFiles.h"

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

    const std::filesystem::path target(*out);
    if (Status folder = createMissingFoldersPrivately(target.parent_path()); !folder) return fail(folder.error());
    std::string ppm = "P6\n" + std::to_string(face->chip.width) + " " + std::to_string(face->chip.height) + "\n255\n";
    ppm.append(reinterpret_cast<const char*>(face->chip.pixels.data()), face->chip.pixels.size());
    if (Status written = writeFileAtomically(target, ppm); !written) return fail(written.error());
    std::cout << *out << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
