#include <atomic>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include "cli/ShippedCrossAgeOptions.h"
#include "cli/JsonOutput.h"
#include "age/estimation/AgeEstimator.h"
#include "age/model/AgeModel.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/MainFaceEmbedding.h"
#include "cli/PipelineLoader.h"
#include "crossage/AgeInvariantTrainer.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "domain/CsvReader.h"
#include "domain/PhotoFiles.h"
#include "domain/TemporaryFolder.h"
#include "eval/CrossAgeDataset.h"
#include "eval/CrossAgeRanker.h"
#include "eval/IdentificationMetrics.h"
#include "eval/SubjectFolds.h"
#include "workflows/gallery/GalleryImporter.h"
#include "workflows/gallery/GalleryLoader.h"
#include "workflows/search/ProgressedProbe.h"

namespace reunite::cli {
namespace {

const std::vector<int> kRanks{1, 5, 10, 30};
// The shipped fusion (see shippedTrainingOptions).
constexpr double kShippedDirectWeight = 0.05;
constexpr int kShippedCohortCentroids = 16;
constexpr double kShippedCohortWeight = 0.5;
constexpr const char* kUsage =
    "usage: eval cross-age [--method direct|progressed|invariant|fused] [--model FILE] [--folds 5] "
    "[--distractors DIR2] [--augment none|mirror] [--cohort N] [--cohort-weight W] [--probe-fusion closest|mean] "
    "[--shrinkage S] [--direct-weight W] [--probe-age A] [--target-age A] [--progressed-weight W] [--threads N] "
    "[--db PATH] [--json] DIR";

struct EvalOptions {
    RankingMethod method = RankingMethod::Direct;
    std::string methodName = "direct";
    std::optional<std::filesystem::path> model;  // evaluate this transform as shipped (no fitting)
    int folds = 5;
    std::optional<std::filesystem::path> distractors;
    // A young photo without an age column is progressed from the age its face looks (the shipped
    // estimator), or from --probe-age when given or when no estimator is installed.
    std::optional<double> probeAge;
    static constexpr double kProbeAgeWithoutEstimator = 10;
    double targetAge = 30;  // progression target without an age column
    std::optional<double> progressedWeight;
    std::optional<double> directWeight;  // overrides the fitted fusion's direct share
    std::optional<double> shrinkage;     // overrides the trainer's covariance shrinkage
    EmbeddingAugmentation augmentation = EmbeddingAugmentation::None;
    int cohortCentroids = 0;             // gallery normalisation of fitted transforms (0: off)
    double cohortWeight = 0.5;
    ProbeFusion probeFusion = ProbeFusion::Closest;
    int threads = 0;
    std::optional<std::filesystem::path> database;
    bool json = false;
    std::filesystem::path folder;
};

std::optional<RankingMethod> methodNamed(const std::string& name) {
    if (name == "direct") return RankingMethod::Direct;
    if (name == "progressed") return RankingMethod::Progressed;
    if (name == "invariant") return RankingMethod::Invariant;
    if (name == "fused") return RankingMethod::Fused;
    return std::nullopt;
}

// Parses the command line; an empty error string means the options are usable.
std::pair<EvalOptions, std::string> parseEvalOptions(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json"},
                         {"method", "model", "distractors", "threads", "db", "folds", "probe-age", "target-age",
                          "progressed-weight", "direct-weight", "shrinkage", "augment", "cohort", "cohort-weight",
                          "probe-fusion"});
    EvalOptions options;
    if (!args.valid()) return {options, args.error()};
    if (args.positional().size() != 2 || args.positional()[0] != "cross-age") return {options, kUsage};
    if (auto model = args.value("model")) options.model = *model;
    options.methodName = args.value("method").value_or(options.model ? "fused" : "direct");
    const auto method = methodNamed(options.methodName);
    if (!method) return {options, "unknown --method " + options.methodName + " (available: direct, progressed, invariant, fused)"};
    options.method = *method;
    auto number = [&](const char* name) { return parseNumber(args.value(name)); };
    if (args.value("folds")) options.folds = static_cast<int>(number("folds").value_or(0));
    if (options.folds < 2) return {options, "--folds must be a number of at least 2"};
    options.probeAge = number("probe-age");
    options.targetAge = number("target-age").value_or(options.targetAge);
    options.progressedWeight = number("progressed-weight");
    options.directWeight = number("direct-weight");
    options.shrinkage = number("shrinkage");
    if (options.shrinkage && (*options.shrinkage < 0 || *options.shrinkage > 1)) return {options, "--shrinkage must be in 0..1"};
    if (options.directWeight && (*options.directWeight < 0 || *options.directWeight > 1)) {
        return {options, "--direct-weight must be in 0..1"};
    }
    const std::string augment = args.value("augment").value_or("none");
    if (augment != "none" && augment != "mirror") return {options, "--augment must be none or mirror"};
    options.augmentation = augment == "mirror" ? EmbeddingAugmentation::Mirror : EmbeddingAugmentation::None;
    options.cohortCentroids = static_cast<int>(number("cohort").value_or(0));
    options.cohortWeight = number("cohort-weight").value_or(options.cohortWeight);
    const auto fusion = probeFusionNamed(args.value("probe-fusion").value_or("closest"));
    if (!fusion) return {options, "--probe-fusion must be closest or mean"};
    options.probeFusion = *fusion;
    const bool fitting = args.value("direct-weight") || args.value("shrinkage") || args.value("progressed-weight") ||
                         args.value("augment") || args.value("cohort") || args.value("cohort-weight") || args.value("probe-fusion");
    if (options.model && fitting) {
        return {options, "--model evaluates a transform as shipped: the fitting options (--augment, --cohort, --cohort-weight, "
                         "--probe-fusion, --direct-weight, --shrinkage, --progressed-weight) do not apply"};
    }
    options.threads = static_cast<int>(number("threads").value_or(0));
    if (auto distractors = args.value("distractors")) options.distractors = *distractors;
    if (auto db = args.value("db")) options.database = *db;
    options.json = args.flag("json");
    options.folder = args.positional()[1];
    return {options, ""};
}

bool needsTransform(const EvalOptions& options) {
    return options.method == RankingMethod::Invariant || options.method == RankingMethod::Fused;
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

// The photos of an evaluation: young photos are probes, adult photos (and distractors) the gallery.
struct EvalSet {
    CrossAgeDataset dataset;
    ImportManifest gallery;
    std::vector<EvalProbe> probes;
    std::size_t distractorCount = 0;
};

Status addDistractors(const std::filesystem::path& folder, EvalSet& set) {
    auto distractors = distractorPhotos(folder);
    if (!distractors) return distractors.error();
    for (const auto& file : distractors.value()) {
        ImportItem item;
        item.file = file;
        item.candidate.externalRef = "distractor:" + std::filesystem::relative(file, folder).string();
        set.gallery.items.push_back(std::move(item));
    }
    set.distractorCount = distractors.value().size();
    return Ok{};
}

Result<EvalSet> assembleEvalSet(const EvalOptions& options) {
    Result<CrossAgeDataset> dataset = CrossAgeDataset::load(options.folder);
    if (!dataset) return dataset.error();
    EvalSet set{std::move(dataset).value(), {}, {}, 0};
    for (const CrossAgeEntry& entry : set.dataset.entries) {
        if (entry.young) {
            set.probes.push_back(EvalProbe{entry.file, entry.subject, entry.age, std::nullopt, std::nullopt});
            continue;
        }
        ImportItem item;
        item.file = entry.file;
        item.candidate.externalRef = entry.subject;
        item.face = FaceChoice{std::nullopt, std::nullopt, true};  // a portrait: other detections are background
        set.gallery.items.push_back(std::move(item));
    }
    if (options.distractors) {
        if (Status added = addDistractors(*options.distractors, set); !added) return added.error();
    }
    return set;
}

// Imports the gallery through the photo database exactly as an import does (a re-run with the
// same --db resumes: photos already stored are skipped).
// The gallery of an evaluation, searchable, with who is who in it and the set's own adults as
// training material (distractors have no young photos).
struct EvalGallery {
    GalleryIndex index;
    GalleryLoadStats stats;
    CandidateOfSubject candidateOfSubject;
    std::set<std::int64_t> distractors;  // candidate ids of distractor photos
    std::vector<LabelledEmbedding> adults;
    std::size_t unreadable = 0;
    std::size_t facesAdded = 0;
    bool throughDatabase = true;
};

bool isDistractor(const std::string& subject) { return subject.rfind("distractor:", 0) == 0; }

// Imports the gallery through the photo database exactly as an import does (a re-run with the
// same --db resumes: photos already stored are skipped).
Result<ImportSummary> importGallery(db::Database& database, const std::filesystem::path& databaseFile,
                                    const FacePipeline& pipeline, const EvalSet& set, int threads) {
    ImportOptions importOptions;
    importOptions.threads = threads;
    importOptions.copyIntoStore = false;
    importOptions.userName = "evaluation";
    GalleryImporter importer(database, pipeline, PhotoStore::besideDatabase(databaseFile), importOptions);
    auto imported = importer.run(set.gallery, set.dataset.folder.string(), [](const Progress& p) {
        if (p.processed % 200 == 0 || p.processed == p.total) {
            std::cerr << "\rgallery " << p.processed << "/" << p.total << " (" << std::fixed << std::setprecision(1)
                      << p.facesPerSecond << " faces/s)" << std::flush;
        }
    });
    std::cerr << "\n";
    return imported;
}

Status readIdentities(db::Database& database, EvalGallery& gallery, std::map<std::int64_t, std::string>& subjectOf) {
    db::CandidateRepository candidates(database);
    auto all = candidates.list(0, std::numeric_limits<int>::max());
    if (!all) return all.error();
    for (const auto& c : all.value()) {
        if (c.groupPhotoOf) {  // a background face of a portrait: nobody's photo in the set
            subjectOf[c.id] = "distractor:" + c.externalRef;
            gallery.distractors.insert(c.id);
            continue;
        }
        gallery.candidateOfSubject[c.externalRef] = c.id;
        subjectOf[c.id] = c.externalRef;
        if (isDistractor(c.externalRef)) gallery.distractors.insert(c.id);
    }
    return Ok{};
}

Status readAdultSamples(db::Database& database, const std::string& modelId, const std::map<std::int64_t, std::string>& subjectOf,
                        EvalGallery& gallery) {
    db::FaceRepository faces(database);
    auto scanned = faces.forEachGalleryFace(modelId, [&](const db::GalleryFace& face) {
        const auto subject = subjectOf.find(face.candidateId);
        if (!face.damaged && subject != subjectOf.end() && !isDistractor(subject->second)) {
            gallery.adults.push_back(LabelledEmbedding{subject->second, false, face.embedding});
        }
        return db::ScanStep::Continue;
    });
    if (!scanned) return scanned.error();
    return Ok{};
}

// The gallery stored in the photo database (every face of every photo), then loaded as the
// workstation loads it.
Status galleryThroughDatabase(db::Database& database, const std::filesystem::path& databaseFile, FacePipeline& pipeline,
                              const EvalSet& set, int threads, EvalGallery& gallery) {
    auto imported = importGallery(database, databaseFile, pipeline, set, threads);
    if (!imported) return imported.error();
    gallery.unreadable = static_cast<std::size_t>(imported.value().counts.itemsFailed);
    gallery.facesAdded = static_cast<std::size_t>(imported.value().counts.facesAdded);
    auto loaded = loadGallery(database, pipeline.embeddingModelId(), gallery.index);
    if (!loaded) return loaded.error();
    gallery.stats = loaded.value();
    std::map<std::int64_t, std::string> subjectOf;
    if (Status read = readIdentities(database, gallery, subjectOf); !read) return read;
    return readAdultSamples(database, pipeline.embeddingModelId(), subjectOf, gallery);
}

// The gallery built in memory from each photo's main face, mirror-augmented (the importer stores
// plain embeddings, so an augmented gallery cannot come from the database).
Status galleryInMemory(FacePipeline& pipeline, const EvalSet& set, int threads, EvalGallery& gallery) {
    std::vector<std::filesystem::path> files;
    for (const ImportItem& item : set.gallery.items) files.push_back(item.file);
    auto embedded = embedMainFacesMirrored(pipeline, files, threads, "gallery");
    if (!embedded) return embedded.error();
    gallery.throughDatabase = false;
    gallery.unreadable = embedded.value().unreadable;
    std::vector<GalleryIndex::FaceEntry> faces;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string& subject = set.gallery.items[i].candidate.externalRef;
        const auto [it, added] = gallery.candidateOfSubject.emplace(subject, static_cast<std::int64_t>(gallery.candidateOfSubject.size() + 1));
        if (added) gallery.index.upsertCandidate(GalleryCandidate{it->second, Sex::Unknown, 0, 0, "", ""});
        if (added && isDistractor(subject)) gallery.distractors.insert(it->second);
        if (!embedded.value().embeddings[i]) continue;
        faces.push_back(GalleryIndex::FaceEntry{static_cast<std::int64_t>(i + 1), it->second, *embedded.value().embeddings[i]});
        if (!isDistractor(subject)) gallery.adults.push_back(LabelledEmbedding{subject, false, *embedded.value().embeddings[i]});
    }
    if (Status added = gallery.index.addFaces(faces); !added) return added;
    gallery.facesAdded = faces.size();
    gallery.stats.faces = faces.size();
    gallery.stats.candidates = gallery.candidateOfSubject.size();
    return Ok{};
}

Result<std::size_t> embedProbes(FacePipeline& pipeline, std::vector<EvalProbe>& probes, int threads, bool mirrored) {
    std::vector<std::filesystem::path> files;
    for (const EvalProbe& probe : probes) files.push_back(probe.file);
    auto embedded = mirrored ? embedMainFacesMirrored(pipeline, files, threads, "probes")
                             : embedMainFaces(pipeline, files, threads, "probes");
    if (!embedded) return embedded.error();
    for (std::size_t i = 0; i < probes.size(); ++i) probes[i].embedding = embedded.value().embeddings[i];
    return embedded.value().unreadable;
}

// The age a young photo is progressed from: its age in the set, else --probe-age, else the age
// its face looks, else EvalOptions::kProbeAgeWithoutEstimator.
double startingAge(const EvalProbe& probe, const FaceRecord& face, const EvalOptions& options, const AgeEstimator* estimator) {
    if (probe.age) return *probe.age;
    if (options.probeAge) return *options.probeAge;
    return estimator ? estimator->estimate(face.embedding, face.landmarks).years : EvalOptions::kProbeAgeWithoutEstimator;
}

// Age-progressed probes on all cores: each worker has its own pipeline clone.
void progressProbes(const FacePipeline& prototype, const AgeProgressor& progressor, const AgeEstimator* estimator,
                    std::vector<EvalProbe>& probes, const EvalOptions& options) {
    std::atomic<std::size_t> next{0}, done{0};
    auto work = [&](std::unique_ptr<FacePipeline> pipeline) {
        for (std::size_t i = next++; i < probes.size(); i = next++) {
            if (++done % 100 == 0) std::cerr << "\rprogressed " << done << "/" << probes.size() << std::flush;
            if (!probes[i].embedding) continue;
            auto decoded = pipeline->decoder().decodeFile(probes[i].file);
            if (!decoded) continue;
            const FaceRecord* face = primaryFace(pipeline->processDecoded(decoded.value()));
            if (!face) continue;
            const double age = startingAge(probes[i], *face, options, estimator);
            auto probe = makeProgressedProbe(*pipeline, progressor, decoded.value().image, face->landmarks, age,
                                             std::max(age, options.targetAge), Sex::Unknown);
            if (probe) probes[i].progressed = probe.value().embedding;
        }
    };
    const int count = options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> workers;
    for (int t = 0; t < count; ++t) workers.emplace_back(work, prototype.clone());
    for (std::thread& worker : workers) worker.join();
    std::cerr << "\n";
}

bool wantsProgression(const EvalOptions& options, const AgeInvariantTransform* shipped) {
    if (options.method == RankingMethod::Progressed) return true;
    if (options.method != RankingMethod::Fused) return false;
    const double weight = shipped ? shipped->weights().progressed : options.progressedWeight.value_or(0);
    return weight > 0;
}

Status progressAllProbes(const FacePipeline& pipeline, std::vector<EvalProbe>& probes, const EvalOptions& options) {
    auto model = AgeModel::discover();
    if (!model) return model.error();
    const AgeProgressor progressor(model.value());
    Result<AgeEstimator> estimator = AgeEstimator::discover();
    const bool estimates = estimator && estimator.value().reads(pipeline.embeddingModelId());
    progressProbes(pipeline, progressor, estimates ? &estimator.value() : nullptr, probes, options);
    return Ok{};
}

// Training samples of one fold (everyone outside it) and the probes it tests.
struct FoldSplit {
    std::vector<LabelledEmbedding> training;
    std::vector<std::size_t> testProbes;
};

FoldSplit splitFold(const std::vector<LabelledEmbedding>& adults, const std::vector<EvalProbe>& probes, int fold, int folds) {
    FoldSplit split;
    for (const LabelledEmbedding& adult : adults)
        if (foldOfSubject(adult.subject, folds) != fold) split.training.push_back(adult);
    for (std::size_t p = 0; p < probes.size(); ++p) {
        if (foldOfSubject(probes[p].subject, folds) == fold) split.testProbes.push_back(p);
        else if (probes[p].embedding) split.training.push_back(LabelledEmbedding{probes[p].subject, true, *probes[p].embedding});
    }
    return split;
}

AgeInvariantTrainingOptions trainingOptions(const EvalOptions& options, int fold) {
    AgeInvariantTrainingOptions training;
    training.provenance = "fold " + std::to_string(fold + 1) + " of " + std::to_string(options.folds);
    if (options.progressedWeight) training.fusion.progressed = *options.progressedWeight;
    if (options.directWeight) {
        training.fusion.direct = *options.directWeight;
        training.fusion.ageInvariant = 1 - *options.directWeight;
    }
    if (options.shrinkage) training.shrinkage = *options.shrinkage;
    training.cohortCentroids = options.cohortCentroids;
    training.cohortWeight = options.cohortWeight;
    training.fusion.probeFusion = options.probeFusion;
    return training;
}

// Per-photo and per-case tallies of one gallery view (all of it, or without the distractors).
struct ViewTallies {
    std::string name;
    std::set<std::int64_t> excluded;
    RankingTally photos;
    RankingTally cases;
};

std::vector<ViewTallies> galleryViews(const EvalGallery& gallery) {
    std::vector<ViewTallies> views;
    views.push_back(ViewTallies{"whole gallery", {}, {}, {}});
    if (!gallery.distractors.empty()) views.push_back(ViewTallies{"without distractors", gallery.distractors, {}, {}});
    return views;
}

Status rankInEveryView(const GalleryIndex& index, const std::vector<EvalProbe>& probes, const std::vector<std::size_t>& which,
                       const CandidateOfSubject& candidates, RankingSettings settings, std::vector<ViewTallies>& views) {
    for (ViewTallies& view : views) {
        settings.excluded = &view.excluded;
        if (Status ranked = rankPhotos(index, probes, which, candidates, settings, view.photos); !ranked) return ranked;
        if (Status ranked = rankCases(index, probes, which, candidates, settings, view.cases); !ranked) return ranked;
    }
    return Ok{};
}

std::vector<std::size_t> everyProbe(const std::vector<EvalProbe>& probes) {
    std::vector<std::size_t> all(probes.size());
    for (std::size_t i = 0; i < probes.size(); ++i) all[i] = i;
    return all;
}

// Learned methods scored by k-fold cross-validation by subject: each fold's probes are ranked with
// a transform fitted only on the other folds' people.
Status rankCrossValidated(EvalGallery& gallery, const std::vector<EvalProbe>& probes, const EvalOptions& options,
                          std::vector<ViewTallies>& views) {
    for (int fold = 0; fold < options.folds; ++fold) {
        const FoldSplit split = splitFold(gallery.adults, probes, fold, options.folds);
        auto transform = trainAgeInvariantTransform(split.training, trainingOptions(options, fold));
        if (!transform) return transform.error();
        auto shared = std::make_shared<AgeInvariantTransform>(std::move(transform).value());
        shared->setAugmentation(options.augmentation);
        gallery.index.setAgeInvariantTransform(shared);
        const RankingSettings settings{options.method, shared.get(), 0, nullptr};
        if (Status ranked = rankInEveryView(gallery.index, probes, split.testProbes, gallery.candidateOfSubject, settings, views);
            !ranked) {
            return ranked;
        }
    }
    return Ok{};
}

// Ranks every probe: directly, with the shipped transform, or cross-validated.
Status rankProbes(EvalGallery& gallery, const EvalSet& set, const EvalOptions& options,
                  const std::shared_ptr<const AgeInvariantTransform>& shipped, std::vector<ViewTallies>& views) {
    if (needsTransform(options) && !shipped) return rankCrossValidated(gallery, set.probes, options, views);
    if (shipped) gallery.index.setAgeInvariantTransform(shipped);
    const RankingSettings settings{options.method, shipped.get(), 0, nullptr};
    return rankInEveryView(gallery.index, set.probes, everyProbe(set.probes), gallery.candidateOfSubject, settings, views);
}

// Everything the report needs besides the tallies.
struct EvalContext {
    const EvalOptions* options = nullptr;
    const EvalSet* set = nullptr;
    const AgeInvariantTransform* shipped = nullptr;
    const EvalGallery* gallery = nullptr;
    bool mirrored = false;
    std::size_t unreadable = 0;
    double embedSeconds = 0;
    double facesPerSecond = 0;
    double threshold = 1.0;
    bool progressed = false;
};

nlohmann::json statisticsJson(const DistanceStatistics& s) {
    return nlohmann::json{{"count", s.count},   {"mean", s.mean}, {"median", s.median}, {"std", s.standardDeviation},
                          {"min", s.minimum}, {"max", s.maximum}, {"fraction_below_threshold", s.fractionBelowThreshold}};
}

nlohmann::json tallyJson(const RankingTally& tally, double threshold) {
    nlohmann::json out;
    out["probes"] = tally.trueRanks.size();
    out["probes_without_face"] = tally.withoutFace;
    out["probes_without_adult_photo"] = tally.withoutMate;
    for (const auto& [k, rate] : rankRates(tally.trueRanks, kRanks)) out["rank_" + std::to_string(k)] = rate;
    out["genuine_distance"] = statisticsJson(describeDistances(tally.genuine, threshold));
    out["closest_impostor_distance"] = statisticsJson(describeDistances(tally.closestImpostor, threshold));
    return out;
}

std::string evaluationName(const EvalContext& context) {
    const EvalOptions& options = *context.options;
    if (context.shipped) return "shipped model " + options.model->string() + ", no fitting";
    if (!needsTransform(options)) return "";
    return std::to_string(options.folds) + "-fold cross-validation by subject";
}

nlohmann::json reportJson(const EvalContext& context, const std::vector<ViewTallies>& views) {
    const EvalOptions& options = *context.options;
    nlohmann::json out = tallyJson(views.front().photos, context.threshold);
    out["per_case"] = tallyJson(views.front().cases, context.threshold);
    if (views.size() > 1) {
        out["without_distractors"] = tallyJson(views[1].photos, context.threshold);
        out["without_distractors"]["per_case"] = tallyJson(views[1].cases, context.threshold);
    }
    out["dataset"] = context.set->dataset.folder.string();
    out["method"] = options.methodName;
    out["evaluation"] = evaluationName(context);
    out["cross_validation_folds"] = needsTransform(options) && !context.shipped ? options.folds : 0;
    out["augmentation"] = context.mirrored ? "mirror" : "none";
    out["gallery_through_database"] = context.gallery->throughDatabase;
    if (context.shipped) {
        out["model"] = options.model->string();
        out["model_provenance"] = context.shipped->provenance();
    }
    if (context.progressed) {
        out["progression"] = {{"probe_age", options.probeAge ? nlohmann::json(*options.probeAge) : nlohmann::json("estimated per photo")},
                              {"target_age", options.targetAge}};
    }
    out["gallery_faces"] = context.gallery->stats.faces;
    out["gallery_identities"] = context.gallery->stats.candidates;
    out["distractor_photos"] = context.set->distractorCount;
    out["unreadable_files"] = context.unreadable;
    out["threshold"] = context.threshold;
    out["embedding_seconds"] = context.embedSeconds;
    out["faces_per_second"] = context.facesPerSecond;
    out["threads"] = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
    return out;
}

void printRates(const std::string& title, const RankingTally& tally) {
    std::cout << "  " << title << ": " << tally.trueRanks.size() << " (" << tally.withoutFace << " without face, "
              << tally.withoutMate << " without an adult photo)\n";
    for (const auto& [k, rate] : rankRates(tally.trueRanks, kRanks)) {
        std::cout << "    rank-" << std::left << std::setw(3) << k << std::right << "          " << std::setw(5) << rate * 100
                  << " %\n";
    }
}

void printReport(const EvalContext& context, const std::vector<ViewTallies>& views) {
    const EvalOptions& options = *context.options;
    const std::string how = evaluationName(context);
    std::cout << std::fixed << std::setprecision(1) << "cross-age identification on " << context.set->dataset.folder.string()
              << " (method: " << options.methodName << (how.empty() ? "" : ", " + how)
              << (context.mirrored ? ", mirror-augmented embeddings" : "")
              << (context.progressed ? ", progressed to age " + std::to_string(static_cast<int>(options.targetAge)) : "")
              << (context.gallery->throughDatabase ? "; gallery through the photo database)\n" : "; gallery in memory)\n")
              << "  gallery:                 " << context.gallery->stats.faces << " faces of " << context.gallery->stats.candidates
              << " identities (" << context.set->distractorCount << " distractor photos)\n";
    for (const ViewTallies& view : views) {
        printRates("per photo, " + view.name, view.photos);
        printRates("per case (all young photos of a person), " + view.name, view.cases);
    }
    const DistanceStatistics genuine = describeDistances(views.front().photos.genuine, context.threshold);
    const DistanceStatistics impostor = describeDistances(views.front().photos.closestImpostor, context.threshold);
    std::cout << std::setprecision(3) << "  genuine distance:        mean " << genuine.mean << ", median " << genuine.median
              << ", std " << genuine.standardDeviation;
    if (!needsTransform(options)) {
        std::cout << "; below " << context.threshold << ": " << std::setprecision(1) << genuine.fractionBelowThreshold * 100 << " %";
    }
    std::cout << "\n"
              << std::setprecision(3) << "  closest impostor:        mean " << impostor.mean << ", median " << impostor.median << "\n"
              << std::setprecision(1) << "  faces: " << context.embedSeconds << " s, " << context.facesPerSecond << " faces/s\n";
}

Result<std::shared_ptr<const AgeInvariantTransform>> loadShippedModel(const EvalOptions& options) {
    if (!options.model) return std::shared_ptr<const AgeInvariantTransform>();
    auto transform = AgeInvariantTransform::load(*options.model);
    // A file named on the command line is the user's input, not an installed model: exit 3, not 5.
    if (!transform) return makeError(ErrorCode::Unreadable, "--model: " + transform.error().message);
    return std::shared_ptr<const AgeInvariantTransform>(std::make_shared<AgeInvariantTransform>(std::move(transform).value()));
}

struct ScratchDatabase {
    std::optional<TemporaryFolder> folder;
    std::filesystem::path file;
};

void chooseDatabaseFile(const EvalOptions& options, ScratchDatabase& scratch) {
    if (options.database) {
        scratch.file = *options.database;
        return;
    }
    scratch.folder.emplace("reunite-eval");
    scratch.file = scratch.folder->path() / "eval.db";
}

bool usesMirror(const EvalOptions& options, const AgeInvariantTransform* shipped) {
    if (shipped) return shipped->augmentation() == EmbeddingAugmentation::Mirror;
    return options.augmentation == EmbeddingAugmentation::Mirror;
}

// Builds the gallery (through the database, or in memory when augmented) and embeds the probes.
Status prepareGalleryAndProbes(const EvalOptions& options, EvalSet& set, FacePipeline& pipeline, EvalContext& context,
                               EvalGallery& gallery, ScratchDatabase& scratch) {
    if (context.mirrored) {
        if (Status built = galleryInMemory(pipeline, set, options.threads, gallery); !built) return built;
    } else {
        auto database = db::Database::open(scratch.file);
        if (!database) return database.error();
        if (Status built = galleryThroughDatabase(*database.value(), scratch.file, pipeline, set, options.threads, gallery); !built) {
            return built;
        }
    }
    auto unreadableProbes = embedProbes(pipeline, set.probes, options.threads, context.mirrored);
    if (!unreadableProbes) return unreadableProbes.error();
    context.unreadable = unreadableProbes.value() + gallery.unreadable;
    if (context.progressed) return progressAllProbes(pipeline, set.probes, options);
    return Ok{};
}

}  // namespace

// reunite-cli eval cross-age [--method M] [--model FILE] [--folds 5] [--distractors DIR2] ... DIR
// The gallery (adult photos and distractors) goes through the photo database exactly as an import
// does (in memory when embeddings are mirror-augmented), and every young photo is searched against
// it, one photo at a time and all photos of a person together; with distractors, also against
// the gallery without them. Learned methods are fitted by k-fold cross-validation by subject, or
// taken as shipped from --model FILE (no fitting).
int runEvalCommand(const CommandArgs& rawArgs) {
    const auto [options, problem] = parseEvalOptions(rawArgs);
    if (!problem.empty()) return usageError(problem);
    auto shipped = loadShippedModel(options);
    if (!shipped) return fail(shipped.error());
    auto set = assembleEvalSet(options);
    if (!set) return fail(set.error());
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    const auto started = std::chrono::steady_clock::now();

    EvalGallery gallery;
    EvalContext context{&options, &set.value(), shipped.value().get(), &gallery};
    context.mirrored = usesMirror(options, context.shipped);
    context.progressed = wantsProgression(options, context.shipped);
    context.threshold = needsTransform(options) ? 1.0 : pipeline.value()->distanceThreshold();
    ScratchDatabase scratch;
    chooseDatabaseFile(options, scratch);
    if (Status prepared = prepareGalleryAndProbes(options, set.value(), *pipeline.value(), context, gallery, scratch); !prepared) {
        return fail(prepared.error());
    }
    context.embedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    context.facesPerSecond = (gallery.facesAdded + static_cast<double>(set.value().probes.size())) / std::max(1e-9, context.embedSeconds);

    std::vector<ViewTallies> views = galleryViews(gallery);
    if (Status ranked = rankProbes(gallery, set.value(), options, shipped.value(), views); !ranked) return fail(ranked.error());
    if (options.json) printJson(reportJson(context, views));
    else printReport(context, views);
    return ExitOk;
}

AgeInvariantTrainingOptions shippedTrainingOptions() {
    AgeInvariantTrainingOptions options;
    options.fusion.direct = kShippedDirectWeight;
    options.fusion.ageInvariant = 1 - kShippedDirectWeight;
    options.fusion.progressed = 0;
    options.fusion.probeFusion = ProbeFusion::Mean;
    options.cohortCentroids = kShippedCohortCentroids;
    options.cohortWeight = kShippedCohortWeight;
    return options;
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
    auto embedded = embedMainFacesMirrored(*pipeline.value(), files, threads, "photos");
    if (!embedded) return fail(embedded.error());
    std::vector<LabelledEmbedding> samples;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!embedded.value().embeddings[i]) continue;
        const CrossAgeEntry& entry = dataset.value().entries[i];
        samples.push_back(LabelledEmbedding{entry.subject, entry.young, *embedded.value().embeddings[i]});
    }
    AgeInvariantTrainingOptions options = shippedTrainingOptions();
    options.provenance = "reunite-cli build-cross-age-model on " + folder.filename().string() + " (" +
                         pipeline.value()->embeddingModelId() + ", mirror-augmented)";
    auto transform = trainAgeInvariantTransform(samples, options);
    if (!transform) return fail(transform.error());
    transform.value().setAugmentation(EmbeddingAugmentation::Mirror);
    if (Status saved = transform.value().save(out); !saved) return fail(saved.error());
    std::cout << out.string() << ": " << transform.value().provenance() << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
