// reunite-cli build-age-model: rebuilds resources/age_model from the research face sets.
#include <cstdio>
#include <iostream>
#include <system_error>

#include "age/model/AgeDatasetIndex.h"
#include "age/model/AgeModel.h"
#include "age/model/AgeModelBuilder.h"
#include "age/model/AgeModelFiles.h"
#include "domain/ResourceLocator.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/PipelineLoader.h"

namespace reunite::cli {
namespace {

const char* const kUsage =
    "usage: build-age-model [--aaf DIR] [--utkface DIR] [--out DIR] [--threads N]\n"
    "  defaults: <source tree>/../shared/data/aaf, .../utkface, out <source tree>/resources/age_model";

const char* const kModelDescription =
    "Mean 68-point face shapes and mean shape-free face textures per age band and sex, each averaged over "
    "the photos of many people (each photo also mirrored). No photo, crop or per-person landmark set is "
    "stored. Textures are colour-normalised per face before averaging, so bands differ in shading and "
    "detail, not in skin tone or lighting. Rebuild: reunite-cli build-age-model.";

// Removes texture PNGs of an earlier build so no stale band survives a change of bands.
void removeOldTextures(const std::filesystem::path& folder) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        const bool generated = name.rfind("texture_", 0) == 0 || name.rfind("detail_", 0) == 0;
        if (generated && entry.path().extension() == ".png") std::filesystem::remove(entry.path(), ec);
    }
}

}  // namespace

int runBuildAgeModelCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"aaf", "utkface", "out", "threads"});
    if (!args.valid() || !args.positional().empty()) return usageError(args.valid() ? kUsage : args.error());
    const std::filesystem::path data = defaultResearchDataFolder();
    const std::filesystem::path aafDir = args.value("aaf").value_or((data / "aaf").string());
    const std::filesystem::path utkDir = args.value("utkface").value_or((data / "utkface").string());
    const std::filesystem::path outDir = args.value("out").value_or(sourceTreeResource(kAgeModelResourceFolder).string());
    AgeModelBuildOptions options;
    if (const auto threads = args.value("threads")) {
        try {
            options.threads = std::stoi(*threads);
        } catch (const std::exception&) {
            return usageError("--threads needs a number");
        }
    }

    Result<std::vector<AgeSample>> aaf = readAafIndex(aafDir);
    if (!aaf) return fail(aaf.error());
    Result<std::vector<AgeSample>> utk = readUtkFaceIndex(utkDir);
    if (!utk) return fail(utk.error());
    std::vector<AgeSample> samples = std::move(aaf).value();
    samples.insert(samples.end(), utk.value().begin(), utk.value().end());

    auto pipeline = loadPipeline(false);
    if (!pipeline) return fail(pipeline.error());

    options.description = kModelDescription;
    options.sourceDescriptions = {
        {"aaf", "All-Age-Faces (Cheng et al., 2019): mostly East Asian faces, ages 2-80, gender coded 0 female / 1 male; "
                "research use, cite the paper"},
        {"utkface", "UTKFace (Zhang et al., CVPR 2017) crop_part1, all ages, gender coded 0 male / 1 female; "
                    "non-commercial research only"},
    };
    std::cerr << "building the age model from " << samples.size() << " photos (" << aafDir.string() << ", "
              << utkDir.string() << ")\n";
    int lastPercent = -1;
    std::string lastStage;
    const AgeModelBuilder builder(options);
    Result<AgeModelBuild> built = builder.build(*pipeline.value(), samples, [&](const std::string& stage, std::size_t done, std::size_t total) {
        const int percent = total ? static_cast<int>(100 * done / total) : 100;
        if (stage == lastStage && percent / 10 == lastPercent / 10) return;
        lastStage = stage;
        lastPercent = percent;
        std::cerr << "  " << stage << ": " << done << "/" << total << "\n";
    });
    if (!built) return fail(built.error());

    const AgeModelBuildReport& report = built.value().report;
    std::cout << "photos listed " << report.listed << ", used " << report.used << "; skipped: outside the bands "
              << report.outsideBands << ", sex unknown " << report.sexUnknown << ", unreadable " << report.unreadable << ", no face " << report.noFace
              << ", landmarks off the image " << report.landmarksOffImage << ", turned away " << report.turnedAway
              << ", degenerate landmarks " << report.degenerateLandmarks << "\n"
              << "band      female  male   (mean age f / m)\n";
    const std::vector<AgeModelEntry>& entries = built.value().model.entries;
    for (std::size_t e = 0; e + 1 < entries.size(); e += 2) {
        char line[96];
        std::snprintf(line, sizeof line, "%-8s %6d %6d   (%.1f / %.1f)\n", entries[e].band.label().c_str(), entries[e].count,
                      entries[e + 1].count, entries[e].meanAge, entries[e + 1].meanAge);
        std::cout << line;
    }
    removeOldTextures(outDir);
    if (Status written = writeAgeModelFiles(built.value().model, outDir); !written) return fail(written.error());
    Result<AgeModel> reloaded = AgeModel::load(outDir);
    if (!reloaded) return fail(reloaded.error());

    std::cout << "age model " << reloaded.value().id() << " written to " << outDir.string() << "\n";
    for (const std::string& imputed : reloaded.value().imputedEntries()) {
        std::cout << "too few photos for " << imputed << ": filled from the other sex plus the nearest measured difference\n";
    }
    return ExitOk;
}

}  // namespace reunite::cli
