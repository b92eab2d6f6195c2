#include <iomanip>
#include <iostream>

#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/DatabaseOpener.h"
#include "workflows/gallery/GalleryImporter.h"
#include "db/repositories/ImportRunRepository.h"
#include "cli/PipelineLoader.h"

namespace reunite::cli {

// reunite-cli import [--db P] [--source S] [--threads N] [--no-copy] (MANIFEST.csv | FOLDER)
int runImportCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"no-copy", "quiet"}, {"db", "source", "threads", "user", "commit-every"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 1) return usageError("usage: import [--db PATH] [--source SOURCE] MANIFEST.csv|FOLDER");
    const std::filesystem::path input = args.positional()[0];
    const auto source = db::parseCandidateSource(args.value("source").value_or("national_db"));
    if (!source) return usageError("unknown --source (national_db, self_registered, flyer, tip_off)");

    std::error_code ec;
    Result<ImportManifest> manifest = std::filesystem::is_directory(input, ec) ? ImportManifest::fromFolder(input, *source)
                                                                               : ImportManifest::fromCsv(input, *source);
    if (!manifest) return fail(manifest.error());
    auto database = openDatabase(args.value("db"));
    if (!database) return fail(database.error());
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());

    ImportOptions options;
    options.userName = args.value("user").value_or(currentUserName());
    options.copyIntoStore = !args.flag("no-copy");
    if (auto threads = args.value("threads")) options.threads = std::atoi(threads->c_str());
    if (auto every = args.value("commit-every")) options.commitEvery = std::max(1, std::atoi(every->c_str()));
    GalleryImporter importer(*database.value(), *pipeline.value(), PhotoStore::besideDatabase(database.value()->path()), options);
    const bool quiet = args.flag("quiet");
    auto summary = importer.run(manifest.value(), std::filesystem::absolute(input).string(), [&](const ImportProgress& p) {
        if (quiet) return;
        std::cerr << "\rimported " << p.done << "/" << p.total << " photos, " << p.faces << " faces, " << std::fixed
                  << std::setprecision(1) << p.facesPerSecond << " faces/s, ETA " << std::setprecision(0) << p.etaSeconds
                  << " s   " << std::flush;
    });
    if (!quiet) std::cerr << "\n";
    if (!summary) return fail(summary.error());

    const db::ImportCounts& c = summary.value().counts;
    nlohmann::json out{{"import_run", summary.value().runId},
                       {"status", summary.value().cancelled ? "cancelled" : "finished"},
                       {"seen", c.itemsSeen},
                       {"imported", c.itemsImported},
                       {"skipped_already_stored", c.itemsSkipped},
                       {"failed", c.itemsFailed},
                       {"photos_added", c.photosAdded},
                       {"faces_added", c.facesAdded},
                       {"seconds", summary.value().seconds},
                       {"faces_per_second", summary.value().seconds > 0 ? c.facesAdded / summary.value().seconds : 0.0}};
    db::ImportRunRepository runs(*database.value());
    if (auto errors = runs.errors(summary.value().runId); errors) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& e : errors.value()) {
            list.push_back({{"file", e.file}, {"row", e.rowNumber ? nlohmann::json(*e.rowNumber) : nlohmann::json()}, {"message", e.message}});
        }
        out["errors"] = list;
    }
    std::cout << out.dump(2) << "\n";
    return summary.value().cancelled ? ExitCancelled : ExitOk;
}

// reunite-cli backup [--db P] DESTINATION
int runBackupCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 1) return usageError("usage: backup [--db PATH] DESTINATION");
    auto database = openDatabase(args.value("db"));
    if (!database) return fail(database.error());
    if (Status done = database.value()->backupTo(args.positional()[0]); !done) return fail(done.error());
    std::cout << args.positional()[0] << "\n";
    return ExitOk;
}

// reunite-cli check [--db P]: full integrity and foreign-key check of the database.
int runCheckCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db"});
    if (!args.valid() || !args.positional().empty()) return usageError("usage: check [--db PATH]");
    if (Status models = checkModelsFully(std::cout); !models) return fail(models.error());
    auto database = openDatabase(args.value("db"));
    if (!database) return fail(database.error());
    if (Status checked = database.value()->integrityCheck(); !checked) return fail(checked.error());
    std::cout << database.value()->path().string() << ": ok\n";
    return ExitOk;
}

}  // namespace reunite::cli
