// reunite-cli report / poster: a case report or a missing-child alert poster as PDF. Thin: the
// document is built, rendered and written whole by workflows/report/ReportExportActions; this file
// parses options and maps errors to exit codes.
#include <iostream>
#include <memory>
#include <optional>

#include "cli/CaseLookup.h"
#include "cli/CliCommon.h"
#include "cli/CommandSession.h"
#include "cli/Commands.h"
#include "report/ReportTimestamp.h"
#include "workflows/report/KinshipResultFile.h"
#include "workflows/report/ReportExportActions.h"

namespace reunite::cli {
namespace {

// What both commands share: the case, the output file, the language and the timestamp (the
// document part's case id is filled once the case is found).
struct ExportOptions {
    std::string caseNumber;
    std::filesystem::path out;
    workflows::DocumentRequest document;
};

Result<ExportOptions> exportOptions(const Arguments& args, const std::string& usage) {
    if (!args.valid()) return makeError(ErrorCode::InvalidArgument, args.error());
    ExportOptions options;
    const auto caseNumber = args.value("case");
    const auto out = args.value("out");
    if (!caseNumber || caseNumber->empty() || !out || out->empty() || !args.positional().empty()) {
        return makeError(ErrorCode::InvalidArgument, usage);
    }
    options.caseNumber = *caseNumber;
    options.out = *out;
    if (const auto lang = args.value("lang")) {
        const auto parsed = report::parseReportLanguage(*lang);
        if (!parsed) return makeError(ErrorCode::InvalidArgument, "--lang must be en or zh_CN");
        options.document.language = *parsed;
    }
    if (const auto timestamp = args.value("timestamp")) {
        Result<std::string> normalised = report::normaliseReportTimestamp(*timestamp);
        if (!normalised) return normalised.error();
        options.document.timestamp = normalised.value();
    }
    return options;
}

// Both commands start alike: the options checked, the database opened as the acting user, the case found.
struct ExportStart {
    ExportOptions options;
    std::unique_ptr<CommandSession> session;
};

// The start of an export, or nothing with exitCode set (usage errors print the usage).
std::optional<ExportStart> startExport(const Arguments& args, const std::string& usage, int& exitCode) {
    Result<ExportOptions> options = exportOptions(args, usage);
    if (!options) {
        exitCode = options.error().code == ErrorCode::InvalidArgument ? usageError(options.error().message) : fail(options.error());
        return std::nullopt;
    }
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) {
        exitCode = fail(opened.error());
        return std::nullopt;
    }
    Result<db::CaseRecord> theCase = caseNamed(opened.value()->session(), options.value().caseNumber);
    if (!theCase) {
        exitCode = fail(theCase.error());
        return std::nullopt;
    }
    options.value().document.caseId = theCase.value().id;
    return ExportStart{std::move(options).value(), std::move(opened).value()};
}

int exported(const Result<workflows::ExportedDocument>& document) {
    if (!document) return fail(document.error());
    for (const Notice& note : document.value().notes) std::cerr << "reunite-cli: note: " << noticeText(note) << "\n";
    std::cout << document.value().file.string() << "\n";
    return ExitOk;
}

}  // namespace

int runReportCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"no-progressions"}, {"db", "user", "case", "out", "lang", "timestamp", "classification", "dna-result", "top-leads"});
    int exitCode = ExitOk;
    std::optional<ExportStart> start = startExport(
        args,
        "usage: report --case NUMBER --out FILE.pdf [--lang en|zh_CN] [--timestamp ISO8601] [--classification TEXT]\n"
        "         [--no-progressions] [--top-leads N] [--dna-result FILE.json] [--db PATH] [--user NAME]",
        exitCode);
    if (!start) return exitCode;

    workflows::CaseReportRequest request;
    request.document = start->options.document;
    request.classification = args.value("classification").value_or("");
    request.progressions = !args.flag("no-progressions");
    Result<std::optional<std::int64_t>> top = args.integer("top-leads", 1, 10000);
    if (!top) return usageError(top.error().message);
    if (top.value()) request.topLeads = static_cast<int>(*top.value());
    if (const auto dnaResult = args.value("dna-result")) {
        Result<report::KinshipAnalysisEntry> analysis = workflows::readKinshipResultFile(*dnaResult);
        if (!analysis) return fail(analysis.error());
        request.dna = report::DnaSection{{}, {}, {std::move(analysis).value()}, ""};
    }
    return exported(workflows::ReportExportActions(start->session->session()).exportCaseReport(request, start->options.out));
}

int runPosterCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "user", "case", "out", "lang", "timestamp", "contact"});
    int exitCode = ExitOk;
    std::optional<ExportStart> start = startExport(
        args, "usage: poster --case NUMBER --out FILE.pdf [--lang en|zh_CN] [--contact TEXT] [--timestamp ISO8601] [--db PATH]",
        exitCode);
    if (!start) return exitCode;

    workflows::PosterRequest request;
    request.document = start->options.document;
    request.contact = args.value("contact").value_or("");
    return exported(workflows::ReportExportActions(start->session->session()).exportPoster(request, start->options.out));
}

}  // namespace reunite::cli
