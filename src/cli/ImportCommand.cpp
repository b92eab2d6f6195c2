#include <iomanip>
#include <iostream>

#include "cli/JsonOutput.h"
#include "cli/CliCommon.h"
#include "cli/CommandSession.h"
#include "cli/Commands.h"
#include "cli/RecordJson.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/maintenance/MaintenanceActions.h"

namespace reunite::cli {
namespace {

Result<workflows::GalleryImportRequest> importRequest(const Arguments& args) {
    workflows::GalleryImportRequest request;
    request.input = args.positional()[0];
    const auto source = db::parseCandidateSource(args.value("source").value_or("national_db"));
    if (!source) return makeError(ErrorCode::InvalidArgument, "unknown --source (national_db, self_registered, flyer, tip_off)");
    request.source = *source;
    request.copyIntoStore = !args.flag("no-copy");
    if (args.flag("allow-outside-paths")) request.manifestPaths = ManifestPaths::Anywhere;
    Result<std::optional<std::int64_t>> threads = args.integer("threads", 0, 256);
    if (!threads) return threads.error();
    if (threads.value()) request.threads = static_cast<int>(*threads.value());
    Result<std::optional<std::int64_t>> every = args.integer("commit-every", 1, 100000);
    if (!every) return every.error();
    if (every.value()) request.commitEvery = static_cast<std::size_t>(*every.value());
    return request;
}

void printProgress(const Progress& p) {
    std::cerr << "\rprocessed " << p.processed << "/" << p.total << " photos, saved " << p.saved << ", " << p.faces
              << " faces, " << std::fixed << std::setprecision(1) << p.facesPerSecond << " faces/s, ETA "
              << std::setprecision(0) << p.etaSeconds << " s   " << std::flush;
}

}  // namespace

// reunite-cli import [--db P] [--source S] [--threads N] [--no-copy] [--allow-outside-paths] [--quiet]
//                    (MANIFEST.csv | FOLDER)
int runImportCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"no-copy", "quiet", "allow-outside-paths"}, {"db", "source", "threads", "user", "commit-every"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 1) return usageError("usage: import [--db PATH] [--source SOURCE] MANIFEST.csv|FOLDER");
    Result<workflows::GalleryImportRequest> request = importRequest(args);
    if (!request) return fail(request.error());
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    workflows::GalleryActions gallery(opened.value()->session());
    const bool quiet = args.flag("quiet");
    Result<ImportSummary> summary = gallery.import(request.value(), [&](const Progress& p) {
        if (!quiet) printProgress(p);
    });
    if (!quiet) std::cerr << "\n";
    if (!summary) return fail(summary.error());
    Result<std::vector<db::ImportErrorRecord>> errors = gallery.importErrors(summary.value().runId);
    if (!errors) return fail(errors.error());
    printJson(importSummaryToJson(summary.value(), errors.value()));
    return summary.value().cancelled ? ExitCancelled : ExitOk;
}

// reunite-cli backup [--db P] DESTINATION
int runBackupCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "user"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 1) return usageError("usage: backup [--db PATH] DESTINATION");
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    if (Status done = workflows::MaintenanceActions(opened.value()->session()).backup(args.positional()[0]); !done) {
        return fail(done.error());
    }
    std::cout << args.positional()[0] << "\n";
    return ExitOk;
}

// reunite-cli check [--db P]: full integrity and foreign-key check of the database.
int runCheckCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "user"});
    if (!args.valid() || !args.positional().empty()) return usageError("usage: check [--db PATH]");
    if (Status models = checkModelsFully(std::cout); !models) return fail(models.error());
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    if (Status checked = workflows::MaintenanceActions(opened.value()->session()).check(); !checked) return fail(checked.error());
    std::cout << opened.value()->database().path().string() << ": ok\n";
    return ExitOk;
}

}  // namespace reunite::cli
