#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <thread>

#include "BatchProcessor.h"
#include "CliCommon.h"
#include "Commands.h"
#include "CrossAgeDataset.h"
#include "IdentificationMetrics.h"
#include "PipelineLoader.h"

namespace reunite::cli {
namespace {

const std::vector<int> kRanks{1, 5, 10, 30};

struct EmbeddedPhoto {
    std::string subject;  // empty for distractors
    bool young = false;
    std::optional<Embedding> embedding;
};

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

// reunite-cli eval cross-age [--method direct] [--distractors DIR2] [--threads N] [--json] DIR
int runEvalCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json"}, {"method", "distractors", "threads"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 2 || args.positional()[0] != "cross-age") {
        return usageError("usage: eval cross-age [--method direct] [--distractors DIR2] DIR");
    }
    const std::string method = args.value("method").value_or("direct");
    if (method != "direct") return usageError("unknown --method " + method + " (available: direct)");
    Result<CrossAgeDataset> dataset = CrossAgeDataset::load(args.positional()[1]);
    if (!dataset) return fail(dataset.error());

    std::vector<std::filesystem::path> files;
    std::vector<EmbeddedPhoto> photos;
    for (const CrossAgeEntry& entry : dataset.value().entries) {
        files.push_back(entry.file);
        photos.push_back(EmbeddedPhoto{entry.subject, entry.young, std::nullopt});
    }
    if (auto distractorDir = args.value("distractors")) {
        auto distractors = listImagesRecursively(*distractorDir);
        if (!distractors) return fail(distractors.error());
        for (const auto& file : distractors.value()) {
            files.push_back(file);
            photos.push_back(EmbeddedPhoto{"", false, std::nullopt});
        }
    }

    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    const int threads = args.value("threads") ? std::atoi(args.value("threads")->c_str()) : 0;
    std::size_t failures = 0;
    double facesPerSecond = 0;
    const auto started = std::chrono::steady_clock::now();
    auto embeddings = embedAll(*pipeline.value(), files, threads, failures, facesPerSecond);
    if (!embeddings) return fail(embeddings.error());
    const double embedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    for (std::size_t i = 0; i < photos.size(); ++i) photos[i].embedding = embeddings.value()[i];

    // Gallery: adult photos and distractors, grouped by identity (distractors: one identity each).
    std::vector<std::size_t> gallery;
    std::vector<std::string> galleryIdentity;
    std::map<std::string, int> identityIndex;
    std::vector<int> galleryIdentityIndex;
    for (std::size_t i = 0; i < photos.size(); ++i) {
        if (photos[i].young || !photos[i].embedding) continue;
        const std::string identity = photos[i].subject.empty() ? "distractor:" + files[i].string() : photos[i].subject;
        auto [it, inserted] = identityIndex.emplace(identity, static_cast<int>(identityIndex.size()));
        gallery.push_back(i);
        galleryIdentityIndex.push_back(it->second);
    }
    const std::size_t identities = identityIndex.size();
    const double threshold = pipeline.value()->distanceThreshold();

    std::vector<int> trueRanks;
    std::vector<double> genuine, closestImpostor;
    std::size_t probesWithoutFace = 0, probesWithoutMate = 0;
    for (std::size_t p = 0; p < photos.size(); ++p) {
        if (!photos[p].young) continue;
        if (!photos[p].embedding) {
            ++probesWithoutFace;
            continue;
        }
        const auto mate = identityIndex.find(photos[p].subject);
        if (mate == identityIndex.end()) {
            ++probesWithoutMate;
            continue;
        }
        std::vector<float> best(identities, std::numeric_limits<float>::max());
        for (std::size_t g = 0; g < gallery.size(); ++g) {
            const float d = euclideanDistance(*photos[p].embedding, *photos[gallery[g]].embedding);
            float& slot = best[galleryIdentityIndex[g]];
            slot = std::min(slot, d);
        }
        const float mateDistance = best[mate->second];
        int rank = 1;
        float impostor = std::numeric_limits<float>::max();
        for (std::size_t id = 0; id < identities; ++id) {
            if (static_cast<int>(id) == mate->second) continue;
            if (best[id] < mateDistance) ++rank;
            impostor = std::min(impostor, best[id]);
        }
        trueRanks.push_back(rank);
        genuine.push_back(mateDistance);
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
    out["gallery_faces"] = gallery.size();
    out["gallery_identities"] = identities;
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
    std::cout << "cross-age identification on " << dataset.value().folder.string() << " (method: " << method << ")\n"
              << "  probes (young photos):   " << trueRanks.size() << "  (" << probesWithoutFace << " without face, "
              << probesWithoutMate << " without an adult photo)\n"
              << "  gallery (adult photos):  " << gallery.size() << " faces of " << identities << " identities\n";
    for (const auto& [k, rate] : rates) {
        std::cout << "  rank-" << std::left << std::setw(3) << k << std::right << "            " << std::setw(5)
                  << rate * 100 << " %\n";
    }
    std::cout << std::setprecision(3) << "  genuine distance:        mean " << genuineStats.mean << ", median "
              << genuineStats.median << ", std " << genuineStats.standardDeviation << "; below " << threshold << ": "
              << std::setprecision(1) << genuineStats.fractionBelowThreshold * 100 << " %\n"
              << std::setprecision(3) << "  closest impostor:        mean " << impostorStats.mean << ", median "
              << impostorStats.median << "\n"
              << std::setprecision(1) << "  embedding: " << embedSeconds << " s, " << facesPerSecond << " faces/s on "
              << out["threads"].get<int>() << " threads\n";
    return ExitOk;
}

}  // namespace reunite::cli
