// reunite-cli dna request|sample|custody|import|import-table|analyse|close|status: a case's DNA
// work in the database. Thin: parses arguments, calls workflows::DnaActions, prints the result
// (a short text, or JSON with --json).
#include "cli/JsonOutput.h"
#include "cli/DnaCaseCommand.h"

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "cli/CaseLookup.h"
#include "cli/CliCommon.h"
#include "cli/CommandSession.h"
#include "cli/DnaJson.h"
#include "dna/KinshipCalculator.h"
#include "workflows/dna/DnaActions.h"

namespace reunite::cli {
namespace {

using workflows::DnaActions;
using workflows::Session;

const char* const kUsage =
    "usage: dna ACTION --case NUMBER [--db PATH] [--user NAME] [--json] ...\n"
    "  dna request --case N --candidate ID --reason TEXT\n"
    "  dna sample --case N [--request ID] --sample-id CODE --donor candidate|mother|father|full-sibling|half-sibling|other-relative\n"
    "             --type buccal-swab|blood-card|blood|hair|other --collected-at WHEN --collected-by NAME\n"
    "             [--collected-place TEXT] [--donor-name TEXT] [--relative ID] [--note TEXT]\n"
    "  dna custody --case N --sample-id CODE --event sealed|sent|received-by-lab|analysed|collected --at WHEN --person NAME [--note TEXT]\n"
    "  dna import --case N [--request ID] [--kit TEXT] [--lab TEXT] [--report-id TEXT] FILE\n"
    "  dna import-table [--name TEXT] FILE\n"
    "  dna analyse --case N [--request ID] [--hypothesis duo|trio|both-parents|full-sibling|half-sibling]\n"
    "             [--table ID] [--theta T] [--prior P] [--mutation-rate MU] [--mutation-model stepwise|aabb]\n"
    "  dna close --case N [--request ID] --outcome confirmed|excluded|more-loci --note TEXT\n"
    "  dna status --case N";

// "full-sibling" -> "full_sibling": the command line uses dashes, the records underscores.
std::string underscored(std::string text) {
    for (char& c : text) {
        if (c == '-') c = '_';
    }
    return text;
}

int printResult(const Arguments& args, const nlohmann::json& json, const std::string& text) {
    if (args.flag("json")) printJson(json);
    else std::cout << text << "\n";
    return ExitOk;
}

// The request the command means: --request ID (of this case), else the case's only open request.
Result<db::DnaRequestRecord> requestOf(const Arguments& args, DnaActions& dna, const db::CaseRecord& theCase) {
    Result<std::optional<std::int64_t>> id = args.integer("request", 1, INT64_MAX);
    if (!id) return id.error();
    Result<workflows::DnaCaseFile> file = dna.caseFile(theCase.id);
    if (!file) return file.error();
    std::optional<db::DnaRequestRecord> chosen;
    int open = 0;
    for (const workflows::DnaRequestFile& r : file.value().requests) {
        if (id.value() && r.request.id == *id.value()) return r.request;
        if (!db::isFinal(r.request.status)) {
            ++open;
            chosen = r.request;
        }
    }
    if (id.value()) return makeError(ErrorCode::InvalidArgument, "case " + theCase.caseNumber + " has no DNA request " + std::to_string(*id.value()));
    if (open == 1) return *chosen;
    if (open == 0) return makeError(ErrorCode::InvalidArgument, "case " + theCase.caseNumber + " has no open DNA request: run dna request first");
    return makeError(ErrorCode::InvalidArgument, "case " + theCase.caseNumber + " has several open DNA requests: give --request ID");
}

int request(const Arguments& args, DnaActions& dna, const db::CaseRecord& theCase) {
    Result<std::optional<std::int64_t>> candidate = args.integer("candidate", 1, INT64_MAX);
    if (!candidate) return fail(candidate.error());
    if (!candidate.value() || !args.value("reason")) return usageError("dna request needs --candidate ID and --reason TEXT");
    Result<workflows::OpenedDnaRequest> opened = dna.request({theCase.id, *candidate.value(), *args.value("reason"), std::nullopt});
    if (!opened) return fail(opened.error());
    nlohmann::json out = dnaRequestToJson(opened.value().request);
    out["created"] = opened.value().created;
    return printResult(args, out,
                       (opened.value().created ? "DNA request " : "DNA request already open: ") + std::to_string(opened.value().request.id));
}

int registerSample(const Arguments& args, DnaActions& dna, const db::CaseRecord& theCase) {
    const auto donor = db::parseDonorRole(underscored(args.value("donor").value_or("")));
    if (!donor) return usageError("--donor must be candidate, mother, father, full-sibling, half-sibling or other-relative");
    const auto type = db::parseSampleType(underscored(args.value("type").value_or("")));
    if (!type) return usageError("--type must be buccal-swab, blood-card, blood, hair or other");
    if (!args.value("sample-id") || !args.value("collected-at") || !args.value("collected-by")) {
        return usageError("dna sample needs --sample-id, --collected-at and --collected-by");
    }
    Result<std::optional<std::int64_t>> relative = args.integer("relative", 1, INT64_MAX);
    if (!relative) return fail(relative.error());
    Result<db::DnaRequestRecord> target = requestOf(args, dna, theCase);
    if (!target) return fail(target.error());
    workflows::SampleRegistration input;
    input.requestId = target.value().id;
    input.sampleCode = *args.value("sample-id");
    input.donorRole = *donor;
    input.relativeId = relative.value();
    input.donorName = args.value("donor-name").value_or("");
    input.sampleType = *type;
    input.collectedAt = *args.value("collected-at");
    input.collectedPlace = args.value("collected-place").value_or("");
    input.collectedBy = *args.value("collected-by");
    input.note = args.value("note").value_or("");
    Result<db::DnaSampleRecord> sample = dna.registerSample(input);
    if (!sample) return fail(sample.error());
    return printResult(args, dnaSampleToJson(sample.value()),
                       "sample " + sample.value().sampleCode + " registered for DNA request " + std::to_string(input.requestId));
}

// The sample of the case with this code.
Result<db::DnaSampleRecord> sampleOf(DnaActions& dna, const db::CaseRecord& theCase, const std::string& code) {
    Result<workflows::DnaCaseFile> file = dna.caseFile(theCase.id);
    if (!file) return file.error();
    for (const workflows::DnaRequestFile& r : file.value().requests) {
        for (const workflows::DnaSampleFile& s : r.samples) {
            if (s.sample.sampleCode == code) return s.sample;
        }
    }
    return makeError(ErrorCode::InvalidArgument, "case " + theCase.caseNumber + " has no sample '" + code + "'");
}

int custody(const Arguments& args, DnaActions& dna, const db::CaseRecord& theCase) {
    const auto event = db::parseCustodyEventKind(underscored(args.value("event").value_or("")));
    if (!event) return usageError("--event must be collected, sealed, sent, received-by-lab or analysed");
    if (!args.value("sample-id") || !args.value("at") || !args.value("person")) {
        return usageError("dna custody needs --sample-id, --at and --person");
    }
    Result<db::DnaSampleRecord> sample = sampleOf(dna, theCase, *args.value("sample-id"));
    if (!sample) return fail(sample.error());
    Result<db::CustodyEventRecord> recorded =
        dna.addCustodyEvent({.sampleId = sample.value().id, .event = *event, .occurredAt = *args.value("at"),
                             .person = *args.value("person"), .note = args.value("note").value_or("")});
    if (!recorded) return fail(recorded.error());
    return printResult(args, custodyEventToJson(recorded.value()),
                       std::string(toDatabaseText(*event)) + " recorded for sample " + sample.value().sampleCode);
}

void printProblems(const std::vector<dna::ImportProblem>& problems, const std::string& file) {
    for (const dna::ImportProblem& problem : problems) std::cerr << dna::describe(problem, file) << "\n";
}

int importLab(const Arguments& args, DnaActions& dna, const db::CaseRecord& theCase) {
    if (args.positional().size() != 2) return usageError("usage: dna import --case N [--request ID] [--kit ..] [--lab ..] [--report-id ..] FILE");
    Result<db::DnaRequestRecord> target = requestOf(args, dna, theCase);
    if (!target) return fail(target.error());
    workflows::LabFileImportRequest input{target.value().id, args.positional()[1], args.value("kit").value_or(""),
                                          args.value("lab").value_or(""), args.value("report-id").value_or("")};
    Result<workflows::LabImportReport> report = dna.importLabFile(input);
    if (!report) return fail(report.error());
    printProblems(report.value().problems, report.value().fileName);
    if (args.flag("json")) printJson(labImportToJson(report.value()));
    if (!report.value().imported()) {
        std::cerr << "reunite-cli: error: " << report.value().fileName << " has " << dna::countErrors(report.value().problems)
                  << " error(s); nothing was imported\n";
        return ExitBadInput;
    }
    if (!args.flag("json")) {
        std::cout << report.value().stored.size() << " profile(s) imported from " << report.value().fileName << " into DNA request "
                  << target.value().id << "\n";
    }
    return ExitOk;
}

int importTable(const Arguments& args, DnaActions& dna) {
    if (args.positional().size() != 2) return usageError("usage: dna import-table [--name TEXT] FILE");
    Result<workflows::FrequencyTableImportReport> report = dna.importFrequencyTable({args.positional()[1], args.value("name").value_or("")});
    if (!report) return fail(report.error());
    printProblems(report.value().problems, report.value().fileName);
    if (args.flag("json")) printJson(frequencyTableImportToJson(report.value()));
    if (!report.value().stored) {
        std::cerr << "reunite-cli: error: " << report.value().fileName << " has errors; nothing was stored\n";
        return ExitBadInput;
    }
    if (!args.flag("json")) std::cout << "frequency table " << report.value().stored->id << ": " << report.value().stored->name << "\n";
    return ExitOk;
}

Result<workflows::KinshipAnalysisRequest> analysisRequest(const Arguments& args, std::int64_t requestId) {
    workflows::KinshipAnalysisRequest input;
    input.requestId = requestId;
    if (const auto text = args.value("hypothesis")) {
        input.hypothesis = dna::parseHypothesis(*text);
        if (!input.hypothesis) return makeError(ErrorCode::InvalidArgument, "--hypothesis must be duo, trio, both-parents, full-sibling or half-sibling");
    }
    Result<std::optional<std::int64_t>> table = args.integer("table", 1, INT64_MAX);
    if (!table) return table.error();
    input.frequencyTableId = table.value();
    for (const auto& [name, target] : {std::pair{"theta", &input.options.theta}, std::pair{"prior", &input.options.prior},
                                       std::pair{"mutation-rate", &input.options.mutationRate}}) {
        Result<std::optional<double>> value = args.number(name, 0.0, 1.0);
        if (!value) return value.error();
        if (value.value()) *target = *value.value();
    }
    if (const auto model = args.value("mutation-model")) {
        const auto kind = dna::parseMutationModel(*model);
        if (!kind) return makeError(ErrorCode::InvalidArgument, "--mutation-model must be stepwise or aabb");
        input.options.mutationModel = *kind;
    }
    if (Status valid = dna::KinshipCalculator::validate(input.options); !valid) return valid.error();
    return input;
}

std::string analysisText(const db::KinshipAnalysisRecord& a) {
    char text[512];
    std::snprintf(text, sizeof text,
                  "analysis %lld (%s): %d loci, %d inconsistent; combined index %.6g (log10 %.3f); probability %.8f with prior %g; "
                  "conclusion %s (%s)\nrule: %s",
                  static_cast<long long>(a.id), a.hypothesis.c_str(), a.lociCompared, a.inconsistentLoci, a.combinedLr, a.log10CombinedLr,
                  a.probability, a.prior, a.conclusion.c_str(), a.conclusionReason.c_str(), a.rule.c_str());
    return text;
}

int analyse(const Arguments& args, DnaActions& dna, const db::CaseRecord& theCase) {
    Result<db::DnaRequestRecord> target = requestOf(args, dna, theCase);
    if (!target) return fail(target.error());
    Result<workflows::KinshipAnalysisRequest> input = analysisRequest(args, target.value().id);
    if (!input) return fail(input.error());
    Result<db::KinshipAnalysisRecord> analysis = dna.analyse(input.value());
    if (!analysis) return fail(analysis.error());
    return printResult(args, kinshipAnalysisToJson(analysis.value()), analysisText(analysis.value()));
}

int close(const Arguments& args, DnaActions& dna, const db::CaseRecord& theCase) {
    const std::string outcomeText = underscored(args.value("outcome").value_or(""));
    const auto outcome = db::parseDnaOutcome(outcomeText == "more_loci" ? "more_loci_requested" : outcomeText);
    if (!outcome) return usageError("--outcome must be confirmed, excluded or more-loci");
    if (!args.value("note")) return usageError("dna close needs --note TEXT (why)");
    Result<db::DnaRequestRecord> target = requestOf(args, dna, theCase);
    if (!target) return fail(target.error());
    Result<workflows::ClosedDnaRequest> closed = dna.close({target.value().id, *outcome, *args.value("note")});
    if (!closed) return fail(closed.error());
    nlohmann::json out = caseOutcomeToJson(closed.value().outcome);
    out["request_status"] = toDatabaseText(closed.value().request.status);
    if (closed.value().closedCase) out["case_status"] = toDatabaseText(closed.value().closedCase->status);
    if (closed.value().rejection) out["review_decision_id"] = closed.value().rejection->id;
    return printResult(args, out, "DNA request " + std::to_string(target.value().id) + ": " + std::string(toDatabaseText(*outcome)));
}

int status(const Arguments& args, DnaActions& dna, const db::CaseRecord& theCase) {
    Result<workflows::DnaCaseFile> file = dna.caseFile(theCase.id);
    if (!file) return fail(file.error());
    std::string text = "case " + theCase.caseNumber + " (" + std::string(toDatabaseText(theCase.status)) + "): " +
                       std::to_string(file.value().requests.size()) + " DNA request(s)";
    for (const workflows::DnaRequestFile& r : file.value().requests) {
        text += "\n  request " + std::to_string(r.request.id) + ", candidate " + std::to_string(r.candidate.id) + " " + r.candidate.externalRef +
                ": " + std::string(toDatabaseText(r.request.status)) + ", " + std::to_string(r.samples.size()) + " sample(s)";
        for (const workflows::DnaSampleFile& s : r.samples) {
            text += "\n    " + s.sample.sampleCode + " (" + std::string(toDatabaseText(s.sample.donorRole)) + "): " +
                    std::to_string(s.timeline.size()) + " custody event(s), " + (s.latestProfile ? "typed" : "not typed");
        }
        if (const db::KinshipAnalysisRecord* latest = r.latestAnalysis()) text += "\n    latest " + analysisText(*latest);
    }
    return printResult(args, dnaCaseFileToJson(file.value(), theCase.caseNumber), text);
}

int runAction(const std::string& action, const Arguments& args, Session& session) {
    DnaActions dna(session);
    if (action == "import-table") return importTable(args, dna);
    Result<db::CaseRecord> theCase = caseNamed(session, args.value("case"));
    if (!theCase) return fail(theCase.error());
    if (action == "request") return request(args, dna, theCase.value());
    if (action == "sample") return registerSample(args, dna, theCase.value());
    if (action == "custody") return custody(args, dna, theCase.value());
    if (action == "import") return importLab(args, dna, theCase.value());
    if (action == "analyse") return analyse(args, dna, theCase.value());
    if (action == "close") return close(args, dna, theCase.value());
    return status(args, dna, theCase.value());
}

}  // namespace

int runDnaCaseCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json"},
                         {"db", "user", "case", "candidate", "reason", "request", "sample-id", "donor", "donor-name", "relative", "type",
                          "collected-at", "collected-by", "collected-place", "note", "event", "at", "person", "kit", "lab", "report-id",
                          "name", "hypothesis", "table", "theta", "prior", "mutation-rate", "mutation-model", "outcome"});
    if (!args.valid()) return usageError(args.error());
    const std::string action = args.positional().empty() ? "" : args.positional()[0];
    const bool known = action == "request" || action == "sample" || action == "custody" || action == "import" || action == "import-table" ||
                       action == "analyse" || action == "close" || action == "status";
    if (!known) return usageError(kUsage);
    if (action != "import" && action != "import-table" && args.positional().size() != 1) return usageError(kUsage);
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    return runAction(action, args, opened.value()->session());
}

}  // namespace reunite::cli
