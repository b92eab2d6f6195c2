#include <iostream>
#include <sstream>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "workflows/search/CaseSearch.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/DatabaseOpener.h"
#include "workflows/gallery/GalleryLoader.h"
#include "cli/PipelineLoader.h"
#include "age/model/AgeModel.h"
#include "workflows/search/ProgressedProbe.h"
#include "domain/ResourceLocator.h"
#include "db/repositories/ReviewDecisionRepository.h"

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
    while (std::getline(stream, item, ',')) if (!item.empty()) items.insert(item);
    return items;
}

}  // namespace

// reunite-cli search --case NUMBER [--db P] [--top K] [--regions a,b] [--sources a,b] [--any-sex]
//                    [--year-tolerance N] [--format json|csv]
int runSearchCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"any-sex", "known-birth-year-only", "direct-only"},
                         {"db", "case", "top", "regions", "sources", "year-tolerance", "format", "threads"});
    if (!args.valid()) return usageError(args.error());
    const auto caseNumber = args.value("case");
    if (!caseNumber) return usageError("usage: search --case NUMBER [--top 30] [--format json|csv]");
    const std::string format = args.value("format").value_or("json");
    if (format != "json" && format != "csv") return usageError("--format must be json or csv");

    auto database = openDatabase(args.value("db"));
    if (!database) return fail(database.error());
    db::CaseRepository cases(*database.value());
    auto theCase = cases.findByCaseNumber(*caseNumber);
    if (!theCase) return fail(theCase.error());
    if (!theCase.value()) return fail(makeError(ErrorCode::NotFound, "no case numbered " + *caseNumber));
    auto pipeline = loadPipeline(false);
    if (!pipeline) return fail(pipeline.error());

    GalleryIndex gallery;
    std::shared_ptr<const AgeInvariantTransform> ageInvariant;
    if (!args.flag("direct-only")) {
        auto file = locateResource(kAgeInvariantTransformResource);
        auto transform = file ? AgeInvariantTransform::load(file.value()) : Result<AgeInvariantTransform>(file.error());
        if (transform) {
            ageInvariant = std::make_shared<AgeInvariantTransform>(std::move(transform).value());
            gallery.setAgeInvariantTransform(ageInvariant);
        } else {
            std::cerr << "warning: " << transform.error().message << "; comparing directly only\n";
        }
    }
    auto loaded = loadGallery(*database.value(), pipeline.value()->embeddingModelId(), gallery);
    if (!loaded) return fail(loaded.error());

    CaseSearchRequest request;
    request.caseId = theCase.value()->id;
    request.modelId = pipeline.value()->embeddingModelId();
    request.modelVersion = pipeline.value()->embeddingModelVersion();
    request.userName = currentUserName();
    if (auto top = args.value("top")) request.topK = static_cast<std::size_t>(std::max(1, std::atoi(top->c_str())));
    if (auto tolerance = args.value("year-tolerance")) request.birthYearTolerance = std::atoi(tolerance->c_str());
    if (auto threads = args.value("threads")) request.threads = std::atoi(threads->c_str());
    request.filterBySex = !args.flag("any-sex");
    request.includeUnknownBirthYear = !args.flag("known-birth-year-only");
    request.regions = splitList(args.value("regions"));
    request.sources = splitList(args.value("sources"));
    request.ageInvariant = ageInvariant;
    if (ageInvariant && ageInvariant->weights().progressed > 0) {
        auto model = AgeModel::discover();
        auto embedding = model ? loadPipeline(true) : Result<std::unique_ptr<FacePipeline>>(model.error());
        if (!embedding) {
            std::cerr << "warning: no age-progressed probes: " << embedding.error().message << "\n";
        } else {
            const AgeProgressor progressor(model.value());
            auto progressed = progressedProbesForCase(*database.value(), *embedding.value(), progressor, request.caseId,
                                                      request.modelId);
            if (!progressed) return fail(progressed.error());
            request.progressedProbes = std::move(progressed).value();
        }
    }
    auto result = runCaseSearch(*database.value(), gallery, request);
    if (!result) return fail(result.error());

    db::CandidateRepository candidates(*database.value());
    const db::SearchRunRecord& run = result.value().run;
    if (format == "csv") {
        std::cout << "rank,candidate_id,score,distance,given_names,family_name,sex,birth_year,region,source,reference,best_face_id\n";
    }
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < run.results.size(); ++i) {
        const db::SearchResultRow& row = run.results[i];
        const CandidateMatch& match = result.value().outcome.matches[i];
        auto candidate = candidates.get(row.candidateId);
        if (!candidate) return fail(candidate.error());
        const db::CandidateRecord& c = candidate.value();
        const std::string birthYear = c.birthYear ? (c.birthYearIsEstimate ? "~" : "") + std::to_string(*c.birthYear) : "";
        if (format == "csv") {
            std::cout << row.rank << "," << row.candidateId << "," << row.score << "," << match.distance << ","
                      << csvField(c.givenNames) << "," << csvField(c.familyName) << "," << db::toDatabaseText(c.sex) << ","
                      << birthYear << "," << csvField(c.region) << "," << db::toDatabaseText(c.source) << ","
                      << csvField(c.externalRef) << "," << (row.bestFaceId ? std::to_string(*row.bestFaceId) : "") << "\n";
        } else {
            rows.push_back({{"rank", row.rank},
                            {"candidate_id", row.candidateId},
                            {"score", row.score},
                            {"given_names", c.givenNames},
                            {"family_name", c.familyName},
                            {"sex", std::string(db::toDatabaseText(c.sex))},
                            {"birth_year", birthYear},
                            {"region", c.region},
                            {"source", std::string(db::toDatabaseText(c.source))},
                            {"reference", c.externalRef},
                            {"breakdown", nlohmann::json::parse(row.breakdownJson)}});
        }
    }
    if (format == "json") {
        nlohmann::json out{{"search_run", run.id},
                           {"case", *caseNumber},
                           {"gallery_faces_compared", run.gallerySize},
                           {"gallery_faces_loaded", loaded.value().faces},
                           {"duration_ms", run.durationMs},
                           {"parameters", nlohmann::json::parse(run.parametersJson)},
                           {"note", "ranked investigative leads, never identifications; confirm by DNA"},
                           {"results", rows}};
        std::cout << out.dump(2) << "\n";
    }
    return ExitOk;
}

// reunite-cli review --case NUMBER --candidate ID --decision rejected|kept|dna_requested --note TEXT
int runReviewCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "case", "candidate", "decision", "note", "search-run"});
    if (!args.valid()) return usageError(args.error());
    const auto caseNumber = args.value("case"), candidate = args.value("candidate"), decision = args.value("decision");
    if (!caseNumber || !candidate || !decision) {
        return usageError("usage: review --case NUMBER --candidate ID --decision rejected|kept|dna_requested --note TEXT");
    }
    const auto parsed = db::parseReviewDecision(*decision);
    if (!parsed) return usageError("--decision must be rejected, kept or dna_requested");
    auto database = openDatabase(args.value("db"));
    if (!database) return fail(database.error());
    db::CaseRepository cases(*database.value());
    auto theCase = cases.findByCaseNumber(*caseNumber);
    if (!theCase) return fail(theCase.error());
    if (!theCase.value()) return fail(makeError(ErrorCode::NotFound, "no case numbered " + *caseNumber));
    db::ReviewDecisionRecord record;
    record.caseId = theCase.value()->id;
    record.candidateId = std::stoll(*candidate);
    record.decision = *parsed;
    record.note = args.value("note").value_or("");
    if (auto run = args.value("search-run")) record.searchRunId = std::stoll(*run);
    db::ReviewDecisionRepository reviews(*database.value());
    auto stored = reviews.record(record, currentUserName());
    if (!stored) return fail(stored.error());
    std::cout << nlohmann::json{{"decision_id", stored.value().id}, {"decided_by", stored.value().decidedBy},
                                {"decided_at", stored.value().decidedAt}}.dump(2) << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
