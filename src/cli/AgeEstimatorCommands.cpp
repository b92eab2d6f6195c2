// reunite-cli eval age and build-age-estimator: the age of a face from its embedding, measured by
// cross-validation by person on age-labelled sets and as shipped on any other.
#include <iomanip>
#include <iostream>
#include <sstream>

#include "age/estimation/AgeEstimatorTrainer.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "cli/MainFaceEmbedding.h"
#include "cli/PipelineLoader.h"
#include "eval/AgeErrorTable.h"
#include "eval/AgeLabelledSet.h"
#include "workflows/gallery/GalleryAgeEstimation.h"

namespace reunite::cli {
namespace {

// The faces of one or more age-labelled sets with their embeddings (photos without a face left out).
struct EmbeddedAgeFaces {
    std::vector<AgeTrainingFace> faces;
    std::size_t photos = 0;
    std::size_t withoutFace = 0;
    std::string embeddingModelId;
};

Result<EmbeddedAgeFaces> embedAgeSets(const std::vector<std::filesystem::path>& folders, int threads) {
    auto pipeline = loadPipeline(true);
    if (!pipeline) return pipeline.error();
    EmbeddedAgeFaces out;
    out.embeddingModelId = pipeline.value()->embeddingModelId();
    for (const std::filesystem::path& folder : folders) {
        auto set = AgeLabelledSet::load(folder);
        if (!set) return set.error();
        std::vector<std::filesystem::path> files;
        for (const AgeLabelledPhoto& photo : set.value().photos) files.push_back(photo.file);
        auto embedded = embedMainFaces(*pipeline.value(), files, threads, "age-labelled photos");
        if (!embedded) return embedded.error();
        const std::string source = folder.filename().string();
        for (std::size_t i = 0; i < files.size(); ++i) {
            ++out.photos;
            const auto& embedding = embedded.value().embeddings[i];
            if (!embedding) {
                ++out.withoutFace;
                continue;
            }
            out.faces.push_back({*embedding, embedded.value().landmarks[i], set.value().photos[i].age, source + "/" + set.value().photos[i].person});
        }
    }
    return out;
}

nlohmann::json tableJson(const std::vector<AgeBandError>& table) {
    nlohmann::json rows = nlohmann::json::array();
    for (const AgeBandError& r : table) {
        nlohmann::json row{{"band", r.band}, {"faces", r.faces}, {"mean_absolute_error", r.meanAbsoluteError}, {"within_5_years", r.withinFiveYears}};
        if (r.withinMargin >= 0) row["within_birth_year_filter_margin"] = r.withinMargin;
        rows.push_back(row);
    }
    return rows;
}

void printTable(const std::string& title, const std::vector<AgeBandError>& table) {
    const bool margins = !table.empty() && table.front().withinMargin >= 0;
    std::cout << title << "\n  band      faces   MAE (years)   within 5 years" << (margins ? "   within the filter's margin" : "") << "\n";
    for (const AgeBandError& r : table) {
        std::cout << "  " << std::left << std::setw(8) << r.band << std::right << std::setw(7) << r.faces << std::fixed
                  << std::setprecision(2) << std::setw(14) << r.meanAbsoluteError << std::setprecision(1) << std::setw(15)
                  << r.withinFiveYears * 100 << " %";
        if (margins) std::cout << std::setw(28) << r.withinMargin * 100 << " %";
        std::cout << "\n";
    }
}

std::vector<double> agesOf(const std::vector<AgeTrainingFace>& faces) {
    std::vector<double> ages;
    for (const AgeTrainingFace& f : faces) ages.push_back(f.age);
    return ages;
}

std::vector<double> yearsOf(const std::vector<AgeEstimate>& estimates) {
    std::vector<double> years;
    for (const AgeEstimate& e : estimates) years.push_back(e.years);
    return years;
}

// The birth-year filter's margin around each estimate (GalleryAgeEstimation.h), in years of age.
std::vector<double> filterMarginsOf(const std::vector<AgeEstimate>& estimates) {
    std::vector<double> margins;
    for (const AgeEstimate& e : estimates) margins.push_back(kBirthYearMarginPerError * e.plusMinus);
    return margins;
}

int threadsOf(const Arguments& args) { return args.value("threads") ? std::atoi(args.value("threads")->c_str()) : 0; }

}  // namespace

// reunite-cli eval age [--model FILE] [--threads N] [--json] DIR
int runEvalAgeCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json"}, {"model", "threads"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 2 || args.positional()[0] != "age") return usageError("usage: eval age [--model FILE] [--json] DIR");
    auto estimator = args.value("model") ? AgeEstimator::load(*args.value("model")) : AgeEstimator::discover();
    if (!estimator) return fail(estimator.error());
    auto embedded = embedAgeSets({args.positional()[1]}, threadsOf(args));
    if (!embedded) return fail(embedded.error());
    std::vector<AgeEstimate> estimates;
    for (const AgeTrainingFace& f : embedded.value().faces) estimates.push_back(estimator.value().estimate(f.embedding, f.landmarks));
    const std::vector<AgeBandError> table = ageErrorTable(agesOf(embedded.value().faces), yearsOf(estimates), filterMarginsOf(estimates));
    if (args.flag("json")) {
        return printJson({{"dataset", args.positional()[1]},
                          {"model", args.value("model").value_or("shipped")},
                          {"photos", embedded.value().photos},
                          {"photos_without_face", embedded.value().withoutFace},
                          {"bands", tableJson(table)}});
    }
    printTable("age estimation (" + std::string(args.value("model") ? *args.value("model") : "shipped estimator") + ", no fitting): " +
                   std::to_string(embedded.value().photos) + " photos, " + std::to_string(embedded.value().withoutFace) + " without face",
               table);
    return ExitOk;
}

// reunite-cli build-age-estimator [--aaf DIR] [--utkface DIR] [--out FILE] [--folds 5] [--threads N]
int runBuildAgeEstimatorCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"aaf", "utkface", "out", "folds", "threads"});
    if (!args.valid() || !args.positional().empty())
        return usageError("usage: build-age-estimator [--aaf DIR] [--utkface DIR] [--out resources/age/age_estimator.json]");
    const std::filesystem::path aaf = args.value("aaf").value_or("../shared/data/aaf");
    const std::filesystem::path utkface = args.value("utkface").value_or("../shared/data/utkface");
    const std::filesystem::path out = args.value("out").value_or("resources/age/age_estimator.json");
    const int folds = args.value("folds") ? std::atoi(args.value("folds")->c_str()) : 5;
    if (folds < 2) return usageError("--folds must be at least 2");
    auto embedded = embedAgeSets({aaf, utkface}, threadsOf(args));
    if (!embedded) return fail(embedded.error());
    const std::vector<AgeTrainingFace>& faces = embedded.value().faces;
    const std::vector<double> ages = agesOf(faces);
    nlohmann::json figures{{"folds", folds}, {"split", "by person (aaf: person_id; utkface: one photo per file), FNV-1a"},
                           {"faces", faces.size()}};
    AgeEstimatorOptions linearSingle;
    linearSingle.principalComponents = 0;
    linearSingle.shapeScale = 0;
    linearSingle.bandEdges = {0, 101};
    AgeEstimatorOptions linearStages = linearSingle;
    linearStages.bandEdges = AgeEstimatorOptions{}.bandEdges;
    linearStages.margin = 4;
    AgeEstimatorOptions quadraticStages;
    quadraticStages.shapeScale = 0;
    for (const auto& [name, options] : {std::pair{"linear, one model", linearSingle}, std::pair{"linear, two stages", linearStages},
                                        std::pair{"quadratic features, two stages", quadraticStages},
                                        std::pair{"quadratic features and face proportions, two stages (shipped)", AgeEstimatorOptions{}}}) {
        auto estimates = crossValidateAgeEstimator(faces, folds, options);
        if (!estimates) return fail(estimates.error());
        const std::vector<AgeBandError> table = ageErrorTable(ages, yearsOf(estimates.value()), filterMarginsOf(estimates.value()));
        figures[name] = tableJson(table);
        printTable(std::string(name) + ", " + std::to_string(folds) + "-fold cross-validation by person, " + std::to_string(faces.size()) +
                       " faces:",
                   table);
    }
    std::ostringstream provenance;
    provenance << "reunite-cli build-age-estimator on " << aaf.filename().string() << " and " << utkface.filename().string() << " ("
               << faces.size() << " faces)";
    auto estimator = trainAgeEstimator(faces, AgeEstimatorOptions{}, provenance.str());
    if (!estimator) return fail(estimator.error());
    estimator.value().setEmbeddingModelId(embedded.value().embeddingModelId);
    if (Status saved = estimator.value().save(out, figures.dump()); !saved) return fail(saved.error());
    std::cout << out.string() << ": " << provenance.str() << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
