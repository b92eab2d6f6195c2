// reunite-cli eval progression DIR: does age progression age a face, bring it closer to the adult,
// and help a search? Measured on a cross-age set (index file,subject,age_group[,age]); ages the
// index does not give are estimated from the photos (AgeEstimator).
#include <atomic>
#include <iomanip>
#include <iostream>
#include <map>
#include <thread>

#include "age/estimation/AgeEstimator.h"
#include "age/model/AgeModel.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "cli/PipelineLoader.h"
#include "crossage/AgeInvariantTransform.h"
#include "domain/ResourceLocator.h"
#include "eval/CrossAgeDataset.h"
#include "eval/ProgressionEvaluation.h"
#include "workflows/search/ProgressedProbe.h"

namespace reunite::cli {
namespace {

constexpr const char* kUsage = "usage: eval progression [--folds 5] [--threads N] [--json] DIR";

// A photo of the set as the pipeline saw it: its main face, and the image when it is a childhood
// photo (to progress it).
struct SeenPhoto {
    bool found = false;
    Embedding embedding{};
    Landmarks landmarks{};
    Image image;
};

int threadCount(const Arguments& args) {
    const int asked = args.value("threads") ? std::atoi(args.value("threads")->c_str()) : 0;
    return asked > 0 ? asked : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Runs task(i, pipeline) for i in [0, count) on `threads` workers, each with its own pipeline clone.
template <typename Task>
void onAllCores(const FacePipeline& prototype, std::size_t count, int threads, const char* label, Task task) {
    std::atomic<std::size_t> next{0}, done{0};
    auto work = [&](std::unique_ptr<FacePipeline> pipeline) {
        for (std::size_t i = next++; i < count; i = next++) {
            task(i, *pipeline);
            if (++done % 200 == 0) std::cerr << "\r" << label << " " << done << "/" << count << std::flush;
        }
    };
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) workers.emplace_back(work, prototype.clone());
    for (std::thread& worker : workers) worker.join();
    std::cerr << "\r" << label << " " << count << "/" << count << "\n";
}

std::vector<SeenPhoto> seePhotos(const FacePipeline& prototype, const CrossAgeDataset& set, int threads) {
    std::vector<SeenPhoto> seen(set.entries.size());
    onAllCores(prototype, seen.size(), threads, "photos", [&](std::size_t i, FacePipeline& pipeline) {
        auto decoded = pipeline.decoder().decodeFile(set.entries[i].file);
        if (!decoded) return;
        const FaceRecord* face = primaryFace(pipeline.processDecoded(decoded.value()));
        if (!face) return;
        seen[i] = {true, face->embedding, face->landmarks, set.entries[i].young ? decoded.value().image : Image{}};
    });
    return seen;
}

nlohmann::json ratesJson(const RankRates& r) {
    return {{"probes", r.probes}, {"rank1", r.rank1}, {"rank10", r.rank10}, {"rank30", r.rank30}};
}

void printRates(const char* name, const RankRates& r) {
    std::cout << "  " << std::left << std::setw(22) << name << std::right << std::fixed << std::setprecision(1) << std::setw(8)
              << r.rank1 * 100 << " %" << std::setw(8) << r.rank10 * 100 << " %" << std::setw(8) << r.rank30 * 100 << " %\n";
}

}  // namespace

// reunite-cli eval progression [--folds 5] [--threads N] [--json] DIR
int runEvalProgressionCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json"}, {"folds", "threads"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 2 || args.positional()[0] != "progression") return usageError(kUsage);
    const int folds = args.value("folds") ? std::atoi(args.value("folds")->c_str()) : 5;
    if (folds < 2) return usageError("--folds must be at least 2");
    auto set = CrossAgeDataset::load(args.positional()[1]);
    if (!set) return fail(set.error());
    auto estimator = AgeEstimator::discover();
    if (!estimator) return fail(estimator.error());
    auto model = AgeModel::discover();
    if (!model) return fail(model.error());
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    const AgeProgressor progressor(model.value());
    const int threads = threadCount(args);

    const std::vector<SeenPhoto> seen = seePhotos(*pipeline.value(), set.value(), threads);
    std::vector<ProgressionPhoto> photos;
    std::vector<std::size_t> entryOf;
    std::size_t agesEstimated = 0;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        if (!seen[i].found) continue;
        const CrossAgeEntry& entry = set.value().entries[i];
        agesEstimated += !entry.age.has_value();
        photos.push_back({entry.subject, entry.young, entry.age.value_or(estimator.value().estimate(seen[i].embedding, seen[i].landmarks).years), seen[i].embedding});
        entryOf.push_back(i);
    }
    // Pairs: every childhood photo with every adult photo of the same person; probes: every
    // childhood photo progressed to its person's mean adult age.
    std::map<std::string, std::vector<std::size_t>> adultsOf;
    for (std::size_t p = 0; p < photos.size(); ++p)
        if (!photos[p].young) adultsOf[photos[p].subject].push_back(p);
    std::vector<ProgressedPair> pairs;
    std::vector<ProgressedSearchProbe> probes;
    std::vector<double> probeTargets;
    for (std::size_t p = 0; p < photos.size(); ++p) {
        if (!photos[p].young || !adultsOf.count(photos[p].subject)) continue;
        double sum = 0;
        for (std::size_t a : adultsOf[photos[p].subject]) {
            pairs.push_back({p, a, std::max(photos[p].age, photos[a].age), 0, {}});
            sum += photos[a].age;
        }
        probes.push_back({p, {}});
        probeTargets.push_back(std::max(photos[p].age, sum / static_cast<double>(adultsOf[photos[p].subject].size())));
    }
    std::vector<char> pairOk(pairs.size(), 0), probeOk(probes.size(), 0);
    const auto progressed = [&](FacePipeline& pipe, std::size_t photo, double target) {
        const SeenPhoto& s = seen[entryOf[photo]];
        return makeProgressedProbe(pipe, progressor, s.image, s.landmarks, photos[photo].age, target, Sex::Unknown);
    };
    onAllCores(*pipeline.value(), pairs.size() + probes.size(), threads, "progressed", [&](std::size_t i, FacePipeline& pipe) {
        if (i < pairs.size()) {
            auto made = progressed(pipe, pairs[i].young, pairs[i].targetAge);
            if (!made) return;
            pairs[i].progressed = made.value().embedding;
            pairs[i].progressedEstimatedAge = estimator.value().estimate(pairs[i].progressed, made.value().landmarks).years;
            pairOk[i] = 1;
        } else {
            const std::size_t k = i - pairs.size();
            auto made = progressed(pipe, probes[k].young, probeTargets[k]);
            if (!made) return;
            probes[k].progressed = made.value().embedding;
            probeOk[k] = 1;
        }
    });
    std::vector<ProgressedPair> keptPairs;
    for (std::size_t i = 0; i < pairs.size(); ++i)
        if (pairOk[i]) keptPairs.push_back(pairs[i]);
    std::vector<ProgressedSearchProbe> keptProbes;
    for (std::size_t i = 0; i < probes.size(); ++i)
        if (probeOk[i]) keptProbes.push_back(probes[i]);

    const ProgressionAgeFigures ages = progressionAgeFigures(photos, keptPairs);
    std::vector<double> grid;
    for (int w = 0; w <= 10; ++w) grid.push_back(w / 10.0);
    std::vector<ProgressionSpace> spaces{ProgressionSpace{"plain descriptor"}};
    auto transformFile = locateResource(kAgeInvariantTransformResource);
    std::shared_ptr<const AgeInvariantTransform> transform;
    if (transformFile) {
        if (auto loaded = AgeInvariantTransform::load(transformFile.value())) {
            transform = std::make_shared<const AgeInvariantTransform>(std::move(loaded).value());
            spaces.push_back({"age-invariant (shipped, fitted on this half of LAG: optimistic there)",
                              [transform](const Embedding& e) { return transform->projectProbe(e); },
                              [transform](const Embedding& e) { return transform->projectGallery(e); }});
        }
    }
    std::vector<ProgressionRanking> rankings;
    for (const ProgressionSpace& space : spaces) rankings.push_back(progressionRanking(photos, keptProbes, space, folds, grid));

    if (args.flag("json")) {
        nlohmann::json ranked = nlohmann::json::array();
        for (const ProgressionRanking& r : rankings)
            ranked.push_back({{"space", r.space}, {"original", ratesJson(r.original)}, {"progressed", ratesJson(r.progressed)},
                              {"fused_cross_validated", ratesJson(r.fused)}, {"chosen_weights", r.chosenWeights}});
        return printJson({{"dataset", args.positional()[1]},
                          {"photos", set.value().entries.size()},
                          {"photos_with_face", photos.size()},
                          {"ages_estimated", agesEstimated},
                          {"age_model", model.value().id()},
                          {"pairs", {{"count", ages.pairs},
                                     {"within_5_years", ages.withinFiveYears},
                                     {"mean_absolute_error", ages.meanAbsoluteError},
                                     {"median_source_age", ages.medianSourceAge},
                                     {"median_target_age", ages.medianTargetAge},
                                     {"median_progressed_estimated_age", ages.medianProgressedAge},
                                     {"median_distance_original", ages.medianDistanceOriginal},
                                     {"median_distance_progressed", ages.medianDistanceProgressed},
                                     {"closer_share", ages.closerShare}}},
                          {"ranking", ranked},
                          {"folds", folds}});
    }
    std::cout << std::fixed << std::setprecision(2) << "progression on " << args.positional()[1] << ": " << photos.size() << " of "
              << set.value().entries.size() << " photos with a face, " << agesEstimated << " ages estimated (no age column)\n"
              << "(a)+(b) " << ages.pairs << " childhood photos progressed to an adult photo's age:\n"
              << "  median age: photo " << ages.medianSourceAge << ", target " << ages.medianTargetAge << ", progressed face estimated "
              << ages.medianProgressedAge << "\n"
              << "  progressed faces estimated within 5 years of the target: " << std::setprecision(1) << ages.withinFiveYears * 100
              << " % (mean error " << std::setprecision(2) << ages.meanAbsoluteError << " years)\n"
              << "  median distance to the real adult photo: original " << std::setprecision(3) << ages.medianDistanceOriginal
              << ", progressed " << ages.medianDistanceProgressed << "; progressed closer for " << std::setprecision(1)
              << ages.closerShare * 100 << " %\n"
              << "(c) ranking, " << folds << "-fold cross-validation by subject for the fusion weight:\n";
    for (const ProgressionRanking& r : rankings) {
        std::cout << " " << r.space << " (" << r.original.probes << " probes)       rank-1  rank-10  rank-30\n";
        printRates("original", r.original);
        printRates("progressed alone", r.progressed);
        printRates("fused (weight by CV)", r.fused);
        std::cout << "  chosen progressed weights per fold:";
        for (double w : r.chosenWeights) std::cout << " " << std::setprecision(1) << w;
        std::cout << "\n";
    }
    return ExitOk;
}

}  // namespace reunite::cli
