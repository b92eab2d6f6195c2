#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/JsonOutput.h"
#include "cli/CliCommon.h"
#include "cli/CommandSession.h"
#include "cli/CaseLookup.h"
#include "cli/Commands.h"
#include "cli/RecordJson.h"
#include "workflows/review/ReviewActions.h"
#include "workflows/search/CaseSearchActions.h"

namespace reunite::cli {
namespace {

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::set<std::string> splitList(const std::optional<std::string>& text) {
    std::set<std::string> items;
    if (!text) return items;
    std::stringstream stream(*text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (!item.empty()) items.insert(item);
    }
    return items;
}

Result<workflows::CaseSearchOptions> searchOptions(const Arguments& args) {
    workflows::CaseSearchOptions options;
    Result<std::optional<std::int64_t>> top = args.integer("top", 1, 10000);
    if (!top) return top.error();
    if (top.value()) options.topK = static_cast<std::size_t>(*top.value());
    Result<std::optional<std::int64_t>> tolerance = args.integer("year-tolerance", -1, 100);
    if (!tolerance) return tolerance.error();
    if (tolerance.value()) options.birthYearTolerance = static_cast<int>(*tolerance.value());
    Result<std::optional<std::int64_t>> threads = args.integer("threads", 0, 256);
    if (!threads) return threads.error();
    if (threads.value()) options.threads = static_cast<int>(*threads.value());
    options.filterBySex = !args.flag("any-sex");
    options.includeUnknownBirthYear = !args.flag("known-birth-year-only");
    options.useEstimatedBirthYears = !args.flag("no-estimated-birth-years");
    options.regions = splitList(args.value("regions"));
    options.sources = splitList(args.value("sources"));
    return options;
}

// The stored combined log10 LR and its words ("" without likelihood ratios).
std::pair<std::string, std::string> likelihoodColumns(const std::string& breakdownJson) {
    const nlohmann::json breakdown = nlohmann::json::parse(breakdownJson, nullptr, false);
    if (!breakdown.is_object() || !breakdown.contains("likelihood")) return {};
    const nlohmann::json& l = breakdown["likelihood"];
    if (!l.contains("combined_log10") || !l["combined_log10"].is_number()) return {};
    std::ostringstream value;
    value << std::fixed << std::setprecision(2) << l["combined_log10"].get<double>();
    return {value.str(), l.value("statement", std::string())};
}

void printCsv(const workflows::RankedLeads& leads) {
    std::cout << "rank,candidate_id,score,distance,given_names,family_name,sex,birth_year,estimated_birth_years,region,source,"
                 "reference,best_face_id,log10_lr,lr_words\n";
    for (const workflows::Lead& lead : leads.leads) {
        const db::CandidateRecord& c = lead.candidate;
        const std::string birthYear = c.birthYear ? (c.birthYearIsEstimate ? "~" : "") + std::to_string(*c.birthYear) : "";
        const double distance = lead.match ? lead.match->distance : 0;
        const BirthYearRange& looks = lead.estimatedBirthYears;
        const std::string estimated = looks.known() ? std::to_string(looks.fromYear) + "-" + std::to_string(looks.toYear) : "";
        std::cout << lead.row.rank << "," << lead.row.candidateId << "," << lead.row.score << "," << distance << ","
                  << csvField(c.givenNames) << "," << csvField(c.familyName) << "," << db::toDatabaseText(c.sex) << ","
                  << birthYear << "," << estimated << "," << csvField(c.region) << "," << db::toDatabaseText(c.source) << ","
                  << csvField(c.externalRef) << "," << (lead.row.bestFaceId ? std::to_string(*lead.row.bestFaceId) : "");
        const auto [log10, words] = likelihoodColumns(lead.row.breakdownJson);
        std::cout << "," << log10 << "," << csvField(words) << "\n";
    }
}

}  // namespace

// reunite-cli search --case NUMBER [--db P] [--top K] [--regions a,b] [--sources a,b] [--any-sex]
//                    [--year-tolerance N] [--known-birth-year-only] [--no-estimated-birth-years]
//                    [--format json|csv] [--direct-only]
int runSearchCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"any-sex", "known-birth-year-only", "no-estimated-birth-years", "direct-only"},
                         {"db", "user", "case", "top", "regions", "sources", "year-tolerance", "format", "threads"});
    if (!args.valid()) return usageError(args.error());
    const auto caseNumber = args.value("case");
    if (!caseNumber || !args.positional().empty()) return usageError("usage: search --case NUMBER [--top 30] [--format json|csv]");
    const std::string format = args.value("format").value_or("json");
    if (format != "json" && format != "csv") return usageError("--format must be json or csv");
    Result<workflows::CaseSearchOptions> options = searchOptions(args);
    if (!options) return fail(options.error());

    workflows::EngineOptions engine;
    engine.useAgeInvariantSpace = !args.flag("direct-only");
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args, engine);
    if (!opened) return fail(opened.error());
    workflows::Session& session = opened.value()->session();
    Result<db::CaseRecord> theCase = caseNamed(session, caseNumber);
    if (!theCase) return fail(theCase.error());
    Result<workflows::RankedLeads> leads = workflows::CaseSearchActions(session).search(theCase.value().id, options.value());
    if (!leads) return fail(leads.error());
    for (const Notice& note : leads.value().notes) std::cerr << "note: " << noticeText(note) << "\n";
    if (format == "csv") {
        printCsv(leads.value());
    } else {
        printJson(rankedLeadsToJson(leads.value(), *caseNumber));
    }
    return ExitOk;
}

// reunite-cli review --case NUMBER --candidate ID --decision rejected|kept|dna_requested --note TEXT [--search-run ID]
// reunite-cli review --case NUMBER --candidate ID --history
int runReviewCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"history"}, {"db", "user", "case", "candidate", "decision", "note", "search-run"});
    if (!args.valid()) return usageError(args.error());
    const auto caseNumber = args.value("case");
    Result<std::optional<std::int64_t>> candidate = args.integer("candidate", 1, INT64_MAX);
    if (!candidate) return fail(candidate.error());
    Result<std::optional<std::int64_t>> run = args.integer("search-run", 1, INT64_MAX);
    if (!run) return fail(run.error());
    const auto decision = args.value("decision");
    if (!caseNumber || !candidate.value() || (!decision && !args.flag("history"))) {
        return usageError("usage: review --case NUMBER --candidate ID --decision rejected|kept|dna_requested --note TEXT");
    }
    const auto parsed = decision ? db::parseReviewDecision(*decision) : std::optional<db::ReviewDecision>();
    if (decision && !parsed) return usageError("--decision must be rejected, kept or dna_requested");

    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    workflows::Session& session = opened.value()->session();
    Result<db::CaseRecord> theCase = caseNamed(session, caseNumber);
    if (!theCase) return fail(theCase.error());
    workflows::ReviewActions reviews(session);
    if (args.flag("history")) {
        Result<std::vector<db::ReviewDecisionRecord>> history = reviews.history(theCase.value().id, *candidate.value());
        if (!history) return fail(history.error());
        nlohmann::json out = nlohmann::json::array();
        for (const auto& entry : history.value()) out.push_back(decisionToJson(entry));
        return printJson(out);
    }
    workflows::ReviewRequest request{.caseId = theCase.value().id, .candidateId = *candidate.value(), .decision = *parsed,
                                     .note = args.value("note").value_or(""), .searchRunId = run.value()};
    Result<db::ReviewDecisionRecord> stored = reviews.decide(request);
    if (!stored) return fail(stored.error());
    return printJson(decisionToJson(stored.value()));
}

}  // namespace reunite::cli
