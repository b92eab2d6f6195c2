#include <atomic>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include "domain/PhotoFiles.h"
#include "crossage/AgeInvariantTrainer.h"
#include "age/model/AgeModel.h"
#include "workflows/search/ProgressedProbe.h"
#include "db/repositories/CandidateRepository.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "eval/CrossAgeDataset.h"
#include "domain/CsvReader.h"
#include "db/repositories/FaceRepository.h"
#include "workflows/gallery/GalleryImporter.h"
#include "workflows/gallery/GalleryLoader.h"
#include "eval/IdentificationMetrics.h"
#include "cli/MainFaceEmbedding.h"
#include "cli/PipelineLoader.h"
#include "domain/TemporaryFolder.h"

namespace reunite::cli {
namespace {

const std::vector<int> kRanks{1, 5, 10, 30};

// Fold of a subject for k-fold cross-validation by identity: FNV-1a of the name, so the split is
// the same on every machine and run.
int foldOf(const std::string& subject, int folds) {
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : subject) hash = (hash ^ c) * 1099511628211ull;
    return static_cast<int>(hash % static_cast<std::uint64_t>(folds));
}

struct ProbePhoto {
    std::filesystem::path file;
    std::string subject;
    std::optional<Embedding> embedding;
    std::optional<Embedding> progressed;
};

// Age-progressed probes on all cores: each worker has its own pipeline clone.
void progressProbes(const FacePipeline& prototype, const AgeProgressor& progressor, std::vector<ProbePhoto>& probes,
                    double probeAge, double targetAge, int threads) {
    std::atomic<std::size_t> next{0}, done{0};
    auto work = [&](std::unique_ptr<FacePipeline> pipeline) {
        for (std::size_t i = next++; i < probes.size(); i = next++) {
            ++done;
            if (done % 100 == 0) std::cerr << "\rprogressed " << done << "/" << probes.size() << std::flush;
            if (!probes[i].embedding) continue;
            auto decoded = pipeline->decoder().decodeFile(probes[i].file);
            if (!decoded) continue;
            const ImageFaces faces = pipeline->processImage(decoded.value().image);
            const FaceRecord* face = primaryFace(faces);
            if (!face) continue;
            auto probe = makeProgressedProbe(*pipeline, progressor, decoded.value().image, face->landmarks, probeAge,
                                             targetAge, Sex::Unknown);
            if (probe) probes[i].progressed = probe.value().embedding;
        }
    };
    const int count = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> workers;
    for (int t = 0; t < count; ++t) workers.emplace_back(work, prototype.clone());
    for (std::thread& worker : workers) worker.join();
    std::cerr << "\n";
}

struct RankingTally {
    std::vector<int> trueRanks;
    std::vector<double> genuine;
    std::vector<double> closestImpostor;
    std::size_t withoutFace = 0;
    std::size_t withoutMate = 0;
};

// Searches each probe against the whole gallery and records the rank of its true identity.
Status rankProbes(const GalleryIndex& index, const std::vector<ProbePhoto>& probes, const std::vector<std::size_t>& which,
                  const std::map<std::string, std::int64_t>& candidateOfSubject, std::size_t candidates,
                  const std::string& method, const AgeInvariantTransform* transform, RankingTally& tally) {
    for (std::size_t p : which) {
        const ProbePhoto& probe = probes[p];
        if (!probe.embedding) {
            ++tally.withoutFace;
            continue;
        }
        const auto mate = candidateOfSubject.find(probe.subject);
        if (mate == candidateOfSubject.end()) {
            ++tally.withoutMate;
            continue;
        }
        SearchQuery query;
        query.topK = candidates;
        query.threads = 1;
        if (method == "direct" || method == "fused") query.probes.push_back(Probe{0, "photo", *probe.embedding});
        if ((method == "progressed" || (method == "fused" && transform->weights().progressed > 0)) && probe.progressed) {
            query.probes.push_back(Probe{0, "progressed", *probe.progressed});
        }
        if (method == "progressed" && !probe.progressed) query.probes.push_back(Probe{0, "photo", *probe.embedding});
        if (method == "invariant" || method == "fused") {
            query.probes.push_back(Probe{0, "age_invariant", transform->projectProbe(*probe.embedding), EmbeddingSpace::AgeInvariant});
        }
        if (method == "fused") {
            const FusionWeights& w = transform->weights();
            query.weighting = {{"photo", {w.direct, w.directScale}},
                               {"age_invariant", {w.ageInvariant, w.ageInvariantScale}},
                               {"progressed", {w.progressed, w.progressedScale}}};
        }
        auto outcome = index.search(query);
        if (!outcome) return outcome.error();
        int rank = 0;
        double impostor = std::numeric_limits<double>::infinity();
        const auto& matches = outcome.value().matches;
        for (std::size_t i = 0; i < matches.size(); ++i) {
            if (matches[i].candidateId == mate->second) {
                rank = static_cast<int>(i) + 1;
                tally.genuine.push_back(matches[i].distance);
            } else {
                impostor = std::min(impostor, matches[i].distance);
            }
        }
        tally.trueRanks.push_back(rank);
        tally.closestImpostor.push_back(impostor);
    }
    return Ok{};
}

// Distractor photos: with an index.csv that has file and age columns, the adults (18+) only;
// otherwise every image below the folder.
Result<std::vector<std::filesystem::path>> distractorPhotos(const std::filesystem::path& folder) {
    auto index = readCsvFile(folder / "index.csv");
    if (!index || index.value().column("file") < 0 || index.value().column("age") < 0) return listPhotoFilesRecursively(folder);
    const int fileColumn = index.value().column("file"), ageColumn = index.value().column("age");
    std::vector<std::filesystem::path> adults;
    for (const auto& row : index.value().rows) {
        if (static_cast<int>(row.size()) <= std::max(fileColumn, ageColumn)) continue;
        if (std::atof(row[ageColumn].c_str()) >= 18) adults.push_back(folder / row[fileColumn]);
    }
    return adults;
}

}  // namespace

// reunite-cli eval cross-age [--method direct|invariant|fused] [--folds 5] [--distractors DIR2]
//                            [--threads N] [--json] [--db PATH] DIR
// The gallery (adult photos and distractors) goes through the photo database exactly as an import
// does: stored, loaded into the search index, and every young photo is searched against it.
// Learned methods are scored by k-fold cross-validation by subject: each fold's probes are ranked
// with a transform fitted only on the other folds' people.
int runEvalCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json"},
                         {"method", "distractors", "threads", "db", "folds", "probe-age", "target-age", "progressed-weight"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 2 || args.positional()[0] != "cross-age") {
        return usageError("usage: eval cross-age [--method direct|progressed|invariant|fused] [--distractors DIR2] DIR");
    }
    const std::string method = args.value("method").value_or("direct");
    if (method != "direct" && method != "progressed" && method != "invariant" && method != "fused") {
        return usageError("unknown --method " + method + " (available: direct, progressed, invariant, fused)");
    }
    // The set gives no ages: young photos are taken as childhood photos at --probe-age, progressed
    // to --target-age.
    const double probeAge = args.value("probe-age") ? std::atof(args.value("probe-age")->c_str()) : 10.0;
    const double targetAge = args.value("target-age") ? std::atof(args.value("target-age")->c_str()) : 30.0;
    std::optional<double> progressedWeight;
    if (auto w = args.value("progressed-weight")) progressedWeight = std::atof(w->c_str());
    const int folds = args.value("folds") ? std::atoi(args.value("folds")->c_str()) : 5;
    if (folds < 2) return usageError("--folds must be at least 2");
    Result<CrossAgeDataset> dataset = CrossAgeDataset::load(args.positional()[1]);
    if (!dataset) return fail(dataset.error());

    ImportManifest gallery;
    std::vector<std::filesystem::path> probeFiles;
    std::vector<ProbePhoto> probes;
    for (const CrossAgeEntry& entry : dataset.value().entries) {
        if (entry.young) {
            probeFiles.push_back(entry.file);
            probes.push_back(ProbePhoto{entry.file, entry.subject, std::nullopt, std::nullopt});
            continue;
        }
        ImportItem item;
        item.file = entry.file;
        item.candidate.externalRef = entry.subject;
        gallery.items.push_back(std::move(item));
    }
    std::size_t distractorCount = 0;
    if (auto distractorDir = args.value("distractors")) {
        auto distractors = distractorPhotos(*distractorDir);
        if (!distractors) return fail(distractors.error());
        for (const auto& file : distractors.value()) {
            ImportItem item;
            item.file = file;
            item.candidate.externalRef = "distractor:" + std::filesystem::relative(file, *distractorDir).string();
            gallery.items.push_back(std::move(item));
        }
        distractorCount = distractors.value().size();
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
    auto imported = importer.run(gallery, dataset.value().folder.string(), [](const Progress& p) {
        if (p.processed % 200 == 0 || p.processed == p.total) {
            std::cerr << "\rgallery " << p.processed << "/" << p.total << " (" << std::fixed << std::setprecision(1)
                      << p.facesPerSecond << " faces/s)" << std::flush;
        }
    });
    std::cerr << "\n";
    if (!imported) return fail(imported.error());
    auto probeEmbeddings = embedMainFaces(*pipeline.value(), probeFiles, threads, "probes");
    if (!probeEmbeddings) return fail(probeEmbeddings.error());
    for (std::size_t i = 0; i < probes.size(); ++i) probes[i].embedding = probeEmbeddings.value().embeddings[i];
    const bool wantProgressed = method == "progressed" || (method == "fused" && progressedWeight.value_or(0) > 0);
    if (wantProgressed) {
        auto model = AgeModel::discover();
        if (!model) return fail(model.error());
        const AgeProgressor progressor(model.value());
        progressProbes(*pipeline.value(), progressor, probes, probeAge, targetAge, threads);
    }
    const double embedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double facesPerSecond =
        (imported.value().counts.facesAdded + static_cast<double>(probeFiles.size())) / std::max(1e-9, embedSeconds);

    GalleryIndex index;
    auto loaded = loadGallery(*database.value(), pipeline.value()->embeddingModelId(), index);
    if (!loaded) return fail(loaded.error());
    std::map<std::string, std::int64_t> candidateOfSubject;
    std::map<std::int64_t, std::string> subjectOfCandidate;
    {
        db::CandidateRepository candidates(*database.value());
        auto all = candidates.list(0, std::numeric_limits<int>::max());
        if (!all) return fail(all.error());
        for (const auto& c : all.value()) {
            candidateOfSubject[c.externalRef] = c.id;
            subjectOfCandidate[c.id] = c.externalRef;
        }
    }

    RankingTally tally;
    std::vector<std::size_t> allProbes(probes.size());
    for (std::size_t i = 0; i < probes.size(); ++i) allProbes[i] = i;
    if (method == "direct" || method == "progressed") {
        if (Status ranked = rankProbes(index, probes, allProbes, candidateOfSubject, loaded.value().candidates, method,
                                       nullptr, tally);
            !ranked) {
            return fail(ranked.error());
        }
    } else {
        // Training material: the dataset's own people (distractors have no young photos).
        std::vector<LabelledEmbedding> adults;
        db::FaceRepository faces(*database.value());
        auto scanned = faces.forEachGalleryFace(pipeline.value()->embeddingModelId(), [&](const db::GalleryFace& face) {
            const std::string& subject = subjectOfCandidate[face.candidateId];
            if (subject.rfind("distractor:", 0) != 0) adults.push_back(LabelledEmbedding{subject, false, face.embedding});
            return db::ScanStep::Continue;
        });
        if (!scanned) return fail(scanned.error());
        for (int fold = 0; fold < folds; ++fold) {
            std::vector<LabelledEmbedding> training;
            for (const LabelledEmbedding& adult : adults)
                if (foldOf(adult.subject, folds) != fold) training.push_back(adult);
            std::vector<std::size_t> testProbes;
            for (std::size_t p = 0; p < probes.size(); ++p) {
                if (foldOf(probes[p].subject, folds) == fold) {
                    testProbes.push_back(p);
                } else if (probes[p].embedding) {
                    training.push_back(LabelledEmbedding{probes[p].subject, true, *probes[p].embedding});
                }
            }
            AgeInvariantTrainingOptions options;
            options.provenance = "fold " + std::to_string(fold + 1) + " of " + std::to_string(folds);
            if (progressedWeight) options.fusion.progressed = *progressedWeight;
            auto transform = trainAgeInvariantTransform(training, options);
            if (!transform) return fail(transform.error());
            auto shared = std::make_shared<AgeInvariantTransform>(std::move(transform).value());
            index.setAgeInvariantTransform(shared);
            if (Status ranked = rankProbes(index, probes, testProbes, candidateOfSubject, loaded.value().candidates,
                                           method, shared.get(), tally);
                !ranked) {
                return fail(ranked.error());
            }
        }
    }

    const bool plainSpace = method == "direct" || method == "progressed";
    const double threshold = plainSpace ? pipeline.value()->distanceThreshold() : 1.0;
    const auto rates = rankRates(tally.trueRanks, kRanks);
    const DistanceStatistics genuineStats = describeDistances(tally.genuine, threshold);
    const DistanceStatistics impostorStats = describeDistances(tally.closestImpostor, threshold);
    nlohmann::json out;
    out["dataset"] = dataset.value().folder.string();
    out["method"] = method;
    out["cross_validation_folds"] = plainSpace ? 0 : folds;
    if (wantProgressed) out["progression"] = {{"probe_age_assumed", probeAge}, {"target_age", targetAge}};
    out["probes"] = tally.trueRanks.size();
    out["probes_without_face"] = tally.withoutFace;
    out["probes_without_adult_photo"] = tally.withoutMate;
    out["gallery_faces"] = loaded.value().faces;
    out["gallery_identities"] = loaded.value().candidates;
    out["distractor_photos"] = distractorCount;
    out["unreadable_files"] = probeEmbeddings.value().unreadable + static_cast<std::size_t>(imported.value().counts.itemsFailed);
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
              << (plainSpace ? "" : ", " + std::to_string(folds) + "-fold cross-validation by subject")
              << (wantProgressed ? ", progressed from age " + std::to_string(static_cast<int>(probeAge)) + " to " +
                                       std::to_string(static_cast<int>(targetAge))
                                 : "")
              << "; gallery through the photo database)\n"
              << "  probes (young photos):   " << tally.trueRanks.size() << "  (" << tally.withoutFace << " without face, "
              << tally.withoutMate << " without an adult photo)\n"
              << "  gallery:                 " << loaded.value().faces << " faces of " << loaded.value().candidates
              << " identities (" << distractorCount << " distractor photos)\n";
    for (const auto& [k, rate] : rates) {
        std::cout << "  rank-" << std::left << std::setw(3) << k << std::right << "            " << std::setw(5)
                  << rate * 100 << " %\n";
    }
    std::cout << std::setprecision(3) << "  genuine distance:        mean " << genuineStats.mean << ", median "
              << genuineStats.median << ", std " << genuineStats.standardDeviation;
    if (plainSpace) {
        std::cout << "; below " << threshold << ": " << std::setprecision(1) << genuineStats.fractionBelowThreshold * 100 << " %";
    }
    std::cout << "\n" << std::setprecision(3) << "  closest impostor:        mean " << impostorStats.mean << ", median "
              << impostorStats.median << "\n"
              << std::setprecision(1) << "  faces: " << embedSeconds << " s, " << facesPerSecond << " faces/s on "
              << out["threads"].get<int>() << " threads\n";
    return ExitOk;
}

// reunite-cli build-cross-age-model [--lag DIR] [--out FILE]: fits the age-invariant transform on
// every young/adult photo of a cross-age set and writes its numbers (no faces) to FILE.
int runBuildCrossAgeModelCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"lag", "out", "threads"});
    if (!args.valid() || !args.positional().empty()) {
        return usageError("usage: build-cross-age-model [--lag DIR] [--out resources/cross_age/age_invariant.json]");
    }
    const std::filesystem::path folder = args.value("lag").value_or("../shared/data/lag");
    const std::filesystem::path out = args.value("out").value_or("resources/cross_age/age_invariant.json");
    Result<CrossAgeDataset> dataset = CrossAgeDataset::load(folder);
    if (!dataset) return fail(dataset.error());
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    std::vector<std::filesystem::path> files;
    for (const CrossAgeEntry& entry : dataset.value().entries) files.push_back(entry.file);
    const int threads = args.value("threads") ? std::atoi(args.value("threads")->c_str()) : 0;
    auto embedded = embedMainFaces(*pipeline.value(), files, threads, "photos");
    if (!embedded) return fail(embedded.error());
    std::vector<LabelledEmbedding> samples;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!embedded.value().embeddings[i]) continue;
        const CrossAgeEntry& entry = dataset.value().entries[i];
        samples.push_back(LabelledEmbedding{entry.subject, entry.young, *embedded.value().embeddings[i]});
    }
    AgeInvariantTrainingOptions options;
    options.provenance = "reunite-cli build-cross-age-model on " + folder.filename().string() + " (" +
                         pipeline.value()->embeddingModelId() + ")";
    auto transform = trainAgeInvariantTransform(samples, options);
    if (!transform) return fail(transform.error());
    if (Status saved = transform.value().save(out); !saved) return fail(saved.error());
    std::cout << out.string() << ": " << transform.value().provenance() << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
