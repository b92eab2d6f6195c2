#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <map>
#include <limits>
#include <optional>
#include <thread>

#include "BatchProcessor.h"
#include "CandidateRepository.h"
#include "GalleryImporter.h"
#include "GalleryLoader.h"
#include "TemporaryFolder.h"
#include "CliCommon.h"
#include "Commands.h"
#include "CrossAgeDataset.h"
#include "IdentificationMetrics.h"
#include "PipelineLoader.h"

namespace reunite::cli {
namespace {

const std::vector<int> kRanks{1, 5, 10, 30};


// Embeds every photo on all cores, keeping the main face of each.
Result<std::vector<std::optional<Embedding>>> embedAll(FacePipeline& pipeline, const std::vector<std::filesystem::path>& files,
                                                       int threads, std::size_t& failures, double& facesPerSecond) {
    std::vector<std::optional<Embedding>> embeddings(files.size());
    BatchOptions options;
    options.threads = threads;
    BatchProcessor batch(pipeline, options);
    failures = 0;
    auto progress = batch.run(
        files,
        [&](BatchItemResult&& item) {
            if (!item.faces) {
                ++failures;
                return;
            }
            if (const FaceRecord* face = primaryFace(item.faces.value())) embeddings[item.index] = face->embedding;
        },
        [&](const BatchProgress& p) {
            if (p.done % 200 == 0 || p.done == p.total) {
                std::cerr << "\rembedded " << p.done << "/" << p.total << " (" << std::fixed << std::setprecision(1)
                          << p.imagesPerSecond << " images/s)" << std::flush;
            }
        });
    std::cerr << "\n";
    if (!progress) return progress.error();
    facesPerSecond = progress.value().facesPerSecond;
    return embeddings;
}

}  // namespace

// reunite-cli eval cross-age [--method direct] [--distractors DIR2] [--threads N] [--json] [--db PATH] DIR
// The gallery (adult photos and distractors) goes through the photo database exactly as an import
// does: stored, loaded into the search index, and every young photo is searched against it.
int runEvalCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json"}, {"method", "distractors", "threads", "db"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 2 || args.positional()[0] != "cross-age") {
        return usageError("usage: eval cross-age [--method direct] [--distractors DIR2] DIR");
    }
    const std::string method = args.value("method").value_or("direct");
    if (method != "direct") return usageError("unknown --method " + method + " (available: direct)");
    Result<CrossAgeDataset> dataset = CrossAgeDataset::load(args.positional()[1]);
    if (!dataset) return fail(dataset.error());

    // Gallery manifest: one candidate per adult subject, one per distractor photo.
    ImportManifest gallery;
    std::vector<std::filesystem::path> probeFiles;
    std::vector<std::string> probeSubjects;
    for (const CrossAgeEntry& entry : dataset.value().entries) {
        if (entry.young) {
            probeFiles.push_back(entry.file);
            probeSubjects.push_back(entry.subject);
            continue;
        }
        ImportItem item;
        item.file = entry.file;
        item.candidate.externalRef = entry.subject;
        gallery.items.push_back(std::move(item));
    }
    if (auto distractorDir = args.value("distractors")) {
        auto distractors = listImagesRecursively(*distractorDir);
        if (!distractors) return fail(distractors.error());
        for (const auto& file : distractors.value()) {
            ImportItem item;
            item.file = file;
            item.candidate.externalRef = "distractor:" + std::filesystem::relative(file, *distractorDir).string();
            gallery.items.push_back(std::move(item));
        }
    }

    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    const int threads = args.value("threads") ? std::atoi(args.value("threads")->c_str()) : 0;
    const auto started = std::chrono::steady_clock::now();

    std::optional<TemporaryFolder> scratch;
    std::filesystem::path databaseFile;
    if (auto db = args.value("db")) {
        databaseFile = *db;
    } else {
        scratch.emplace("reunite-eval");
        databaseFile = scratch->path() / "eval.db";
    }
    auto database = db::Database::open(databaseFile);
    if (!database) return fail(database.error());
    ImportOptions importOptions;
    importOptions.threads = threads;
    importOptions.copyIntoStore = false;
    importOptions.userName = "evaluation";
    GalleryImporter importer(*database.value(), *pipeline.value(), PhotoStore::besideDatabase(databaseFile), importOptions);
    auto imported = importer.run(gallery, dataset.value().folder.string(), [](const ImportProgress& p) {
        if (p.done % 200 == 0 || p.done == p.total) {
            std::cerr << "\rgallery " << p.done << "/" << p.total << " (" << std::fixed << std::setprecision(1)
                      << p.facesPerSecond << " faces/s)" << std::flush;
        }
    });
    std::cerr << "\n";
    if (!imported) return fail(imported.error());
    GalleryIndex index;
    auto loaded = loadGallery(*database.value(), pipeline.value()->embeddingModelId(), index);
    if (!loaded) return fail(loaded.error());
    std::map<std::string, std::int64_t> candidateOfSubject;
    {
        db::CandidateRepository candidates(*database.value());
        auto all = candidates.list(0, std::numeric_limits<int>::max());
        if (!all) return fail(all.error());
        for (const auto& c : all.value()) candidateOfSubject[c.externalRef] = c.id;
    }

    std::size_t failures = 0;
    double probeFacesPerSecond = 0;
    auto probeEmbeddings = embedAll(*pipeline.value(), probeFiles, threads, failures, probeFacesPerSecond);
    if (!probeEmbeddings) return fail(probeEmbeddings.error());
    const double embedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double facesPerSecond =
        (imported.value().counts.facesAdded + static_cast<double>(probeFiles.size())) / std::max(1e-9, embedSeconds);
    failures += static_cast<std::size_t>(imported.value().counts.itemsFailed);

    const double threshold = pipeline.value()->distanceThreshold();
    std::vector<int> trueRanks;
    std::vector<double> genuine, closestImpostor;
    std::size_t probesWithoutFace = 0, probesWithoutMate = 0;
    for (std::size_t p = 0; p < probeFiles.size(); ++p) {
        const auto& embedding = probeEmbeddings.value()[p];
        if (!embedding) {
            ++probesWithoutFace;
            continue;
        }
        const auto mate = candidateOfSubject.find(probeSubjects[p]);
        if (mate == candidateOfSubject.end()) {
            ++probesWithoutMate;
            continue;
        }
        SearchQuery query;
        query.probes.push_back(Probe{0, "photo", *embedding});
        query.topK = loaded.value().candidates;
        query.threads = 1;
        auto outcome = index.search(query);
        if (!outcome) return fail(outcome.error());
        const auto& matches = outcome.value().matches;
        int rank = 0;
        double impostor = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < matches.size(); ++i) {
            if (matches[i].candidateId == mate->second) {
                rank = static_cast<int>(i) + 1;
                genuine.push_back(matches[i].distance);
            } else {
                impostor = std::min(impostor, matches[i].distance);
            }
        }
        trueRanks.push_back(rank);
        closestImpostor.push_back(impostor);
    }

    const auto rates = rankRates(trueRanks, kRanks);
    const DistanceStatistics genuineStats = describeDistances(genuine, threshold);
    const DistanceStatistics impostorStats = describeDistances(closestImpostor, threshold);
    nlohmann::json out;
    out["dataset"] = dataset.value().folder.string();
    out["method"] = method;
    out["probes"] = trueRanks.size();
    out["probes_without_face"] = probesWithoutFace;
    out["probes_without_adult_photo"] = probesWithoutMate;
    out["gallery_faces"] = loaded.value().faces;
    out["gallery_identities"] = loaded.value().candidates;
    out["unreadable_files"] = failures;
    for (const auto& [k, rate] : rates) out["rank_" + std::to_string(k)] = rate;
    auto statsJson = [](const DistanceStatistics& s) {
        return nlohmann::json{{"count", s.count}, {"mean", s.mean}, {"median", s.median},
                              {"std", s.standardDeviation}, {"min", s.minimum}, {"max", s.maximum},
                              {"fraction_below_threshold", s.fractionBelowThreshold}};
    };
    out["genuine_distance"] = statsJson(genuineStats);
    out["closest_impostor_distance"] = statsJson(impostorStats);
    out["threshold"] = threshold;
    out["embedding_seconds"] = embedSeconds;
    out["faces_per_second"] = facesPerSecond;
    out["threads"] = threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());

    if (args.flag("json")) {
        std::cout << out.dump(2) << "\n";
        return ExitOk;
    }
    std::cout << std::fixed << std::setprecision(1);
    std::cout << "cross-age identification on " << dataset.value().folder.string() << " (method: " << method
              << ", gallery through the photo database)\n"
              << "  probes (young photos):   " << trueRanks.size() << "  (" << probesWithoutFace << " without face, "
              << probesWithoutMate << " without an adult photo)\n"
              << "  gallery (adult photos):  " << loaded.value().faces << " faces of " << loaded.value().candidates
              << " identities\n";
    for (const auto& [k, rate] : rates) {
        std::cout << "  rank-" << std::left << std::setw(3) << k << std::right << "            " << std::setw(5)
                  << rate * 100 << " %\n";
    }
    std::cout << std::setprecision(3) << "  genuine distance:        mean " << genuineStats.mean << ", median "
              << genuineStats.median << ", std " << genuineStats.standardDeviation << "; below " << threshold << ": "
              << std::setprecision(1) << genuineStats.fractionBelowThreshold * 100 << " %\n"
              << std::setprecision(3) << "  closest impostor:        mean " << impostorStats.mean << ", median "
              << impostorStats.median << "\n"
              << std::setprecision(1) << "  faces: " << embedSeconds << " s, " << facesPerSecond << " faces/s on "
              << out["threads"].get<int>() << " threads\n";
    return ExitOk;
}

}  // namespace reunite::cli
