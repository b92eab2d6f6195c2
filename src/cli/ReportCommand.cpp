// reunite-cli report / poster: a case report or a missing-child alert poster as PDF. Thin: the
// models are filled by workflows/report (CaseReportBuilder, PosterBuilder) and rendered by
// report/ (CaseReportPdf, PosterPdf); this file parses options, maps errors to exit codes and
// writes the file without ever leaving a partial one.
#include <iostream>

#include "cli/CliCommon.h"
#include "cli/CommandSession.h"
#include "cli/Commands.h"
#include "report/CaseReportPdf.h"
#include "report/OutputFile.h"
#include "report/PosterPdf.h"
#include "report/ReportTimestamp.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/report/CaseReportBuilder.h"
#include "workflows/report/PosterBuilder.h"

namespace reunite::cli {
namespace {

// What both commands share: the case, the output file, the language and the timestamp.
struct ExportOptions {
    std::string caseNumber;
    std::filesystem::path out;
    report::ReportLanguage language = report::ReportLanguage::English;
    std::string timestamp;
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
        options.language = *parsed;
    }
    if (const auto timestamp = args.value("timestamp")) {
        Result<std::string> normalised = report::normaliseReportTimestamp(*timestamp);
        if (!normalised) return normalised.error();
        options.timestamp = normalised.value();
    } else {
        options.timestamp = report::currentReportTimestamp();
    }
    return options;
}

// The case named by --case; an unknown number is a usage error (exit 2), not a missing file.
Result<db::CaseRecord> namedCase(workflows::Session& session, const std::string& caseNumber) {
    Result<db::CaseRecord> found = workflows::CaseActions(session).findByNumber(caseNumber);
    if (!found && found.error().code == ErrorCode::NotFound) {
        return makeError(ErrorCode::InvalidArgument, found.error().message + " (see: reunite-cli case list)");
    }
    return found;
}

int written(const std::filesystem::path& out, const Result<std::string>& pdf) {
    if (!pdf) return fail(pdf.error());
    if (Status saved = report::writeOutputFile(out, pdf.value()); !saved) return fail(saved.error());
    std::cout << out.string() << "\n";
    return ExitOk;
}

}  // namespace

int runReportCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"no-progressions"}, {"db", "user", "case", "out", "lang", "timestamp", "classification"});
    Result<ExportOptions> options = exportOptions(
        args, "usage: report --case NUMBER --out FILE.pdf [--lang en|zh_CN] [--timestamp ISO8601] [--db PATH] [--user NAME]");
    if (!options) return options.error().code == ErrorCode::InvalidArgument ? usageError(options.error().message) : fail(options.error());
    if (Status writable = report::checkOutputPath(options.value().out); !writable) return fail(writable.error());
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    workflows::Session& session = opened.value()->session();
    Result<db::CaseRecord> theCase = namedCase(session, options.value().caseNumber);
    if (!theCase) return fail(theCase.error());

    workflows::CaseReportRequest request;
    request.caseId = theCase.value().id;
    request.language = options.value().language;
    request.timestamp = options.value().timestamp;
    request.classification = args.value("classification").value_or("");
    request.progressions = !args.flag("no-progressions");
    Result<report::CaseReportModel> model = workflows::CaseReportBuilder(session).build(request);
    if (!model) return fail(model.error());
    for (const std::string& note : model.value().progressionNotes) std::cerr << "reunite-cli: note: " << note << "\n";
    return written(options.value().out, report::renderCaseReportPdf(model.value()));
}

int runPosterCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "user", "case", "out", "lang", "timestamp", "contact"});
    Result<ExportOptions> options = exportOptions(
        args, "usage: poster --case NUMBER --out FILE.pdf [--lang en|zh_CN] [--contact TEXT] [--timestamp ISO8601] [--db PATH]");
    if (!options) return options.error().code == ErrorCode::InvalidArgument ? usageError(options.error().message) : fail(options.error());
    if (Status writable = report::checkOutputPath(options.value().out); !writable) return fail(writable.error());
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    workflows::Session& session = opened.value()->session();
    Result<db::CaseRecord> theCase = namedCase(session, options.value().caseNumber);
    if (!theCase) return fail(theCase.error());

    workflows::PosterRequest request;
    request.caseId = theCase.value().id;
    request.language = options.value().language;
    request.timestamp = options.value().timestamp;
    request.contact = args.value("contact").value_or("");
    Result<workflows::BuiltPoster> poster = workflows::PosterBuilder(session).build(request);
    if (!poster) return fail(poster.error());
    for (const std::string& note : poster.value().notes) std::cerr << "reunite-cli: note: " << note << "\n";
    return written(options.value().out, report::renderPosterPdf(poster.value().model));
}

}  // namespace reunite::cli
