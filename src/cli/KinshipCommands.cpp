// reunite-cli eval kinship, eval calibration and build-kinship-model: kinship verification and
// ranking, and the calibration of every comparison component to likelihood ratios.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <sstream>

#include "cli/ShippedCrossAgeOptions.h"
#include "cli/JsonOutput.h"
#include "age/model/AgeModel.h"
#include "calibration/IdentityCalibrationTrainer.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/MainFaceEmbedding.h"
#include "cli/PipelineLoader.h"
#include "cli/ProgressedEmbeddings.h"
#include "eval/ChildhoodKinshipRanking.h"
#include "eval/CrossAgeDataset.h"
#include "eval/KinshipEvaluation.h"
#include "eval/ReliabilityPlot.h"
#include "kinship/LikelihoodModels.h"

namespace reunite::cli {
namespace {

// LAG gives no ages: young photos are taken as age 10 and progressed to 30, as `eval cross-age` does.
constexpr double kProbeAge = 10, kTargetAge = 30;

nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

nlohmann::json ratesToJson(const std::map<int, double>& rates) {
    nlohmann::json j;
    for (const auto& [k, rate] : rates) j["rank_" + std::to_string(k)] = rate;
    return j;
}

nlohmann::json calibrationToJson(const CalibrationFigures& f) {
    nlohmann::json bins = nlohmann::json::array();
    for (const ReliabilityBin& b : f.bins) {
        bins.push_back({{"stated_log10_from", number(b.lowerLog10)}, {"stated_log10_to", number(b.upperLog10)},
                        {"mates", b.mates}, {"non_mates", b.nonMates}, {"mean_stated_log10", number(b.meanStatedLog10)},
                        {"empirical_log10", number(b.empiricalLog10)}});
    }
    return {{"mates", f.mates},
            {"non_mates", f.nonMates},
            {"cllr", number(f.cllr)},
            {"cllr_min", number(f.minimumCllr)},
            {"ece", number(f.expectedCalibrationError)},
            {"reliability", bins},
            {"lr_at_least_100",
             {{"comparisons", f.atOrAbove100.comparisons},
              {"mates", f.atOrAbove100.mates},
              {"observed_share_of_mates", number(f.atOrAbove100.observedShare)},
              {"expected_share_of_mates", number(f.atOrAbove100.expectedShare)}}}};
}

nlohmann::json verificationToJson(const VerificationFigures& f) {
    return {{"related_pairs", f.related},   {"unrelated_pairs", f.unrelated}, {"accuracy_at_lr_1", number(f.accuracy)},
            {"auc", number(f.auc)},         {"tar_at_far_1pct", number(f.tarAtFar1)},
            {"calibration", calibrationToJson(f.calibration)}};
}

nlohmann::json methodToJson(const KinshipMethodResult& m) {
    nlohmann::json byRelation;
    for (const auto& [relation, f] : m.byRelation) byRelation[relation] = verificationToJson(f);
    return {{"overall", verificationToJson(m.overall)}, {"by_relation", byRelation}, {"ranking_by_parent", ratesToJson(m.rankRates)}};
}

nlohmann::json kinshipToJson(const KinshipEvaluation& e) {
    return {{"split", e.split},
            {"folds", e.folds},
            {"protocol_pairs_unmatched", e.protocolPairsUnmatched},
            {"photos", e.photos},
            {"photos_without_face", e.photosWithoutFace},
            {"related_pairs", e.relatedPairs},
            {"ranking_probes", e.rankingProbes},
            {"mean_ranking_gallery", e.meanGallerySize},
            {"plain_dlib_distance", methodToJson(e.plain)},
            {"kinship_model", methodToJson(e.kinship)}};
}

std::string percent(double v) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << v * 100 << " %";
    return s.str();
}

std::string fixed3(double v) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(3) << v;
    return s.str();
}

void printVerificationRow(const std::string& name, const VerificationFigures& f) {
    std::cout << "  " << std::left << std::setw(26) << name << std::right << std::setw(6) << f.related << std::setw(9)
              << percent(f.accuracy) << std::setw(8) << fixed3(f.auc) << std::setw(9) << percent(f.tarAtFar1) << std::setw(8)
              << fixed3(f.calibration.cllr) << std::setw(8) << fixed3(f.calibration.minimumCllr) << std::setw(8)
              << fixed3(f.calibration.expectedCalibrationError) << "\n";
}

void printKinship(const KinshipEvaluation& e, bool fixedModel) {
    std::cout << "kinship verification ("
              << (fixedModel ? "the kinship model as given, no fitting; the plain distance calibrated by " : "") << e.folds
              << "-fold cross-validation by family; " << e.split << "): " << e.relatedPairs << " related pairs from "
              << e.photos << " photos (" << e.photosWithoutFace << " without face)";
    if (e.protocolPairsUnmatched) std::cout << "; " << e.protocolPairsUnmatched << " listed pairs not in the index";
    std::cout << "\n"
              << "  method / relation          pairs  acc@LR1     AUC  TAR@1%    Cllr    min     ECE\n";
    printVerificationRow("plain dlib distance", e.plain.overall);
    printVerificationRow("kinship model", e.kinship.overall);
    for (const auto& [relation, f] : e.kinship.byRelation) printVerificationRow("  kinship " + relation, f);
    for (const auto& [relation, f] : e.plain.byRelation) printVerificationRow("  plain " + relation, f);
    std::cout << "ranking by the parent's photo alone (" << e.rankingProbes << " searches, gallery of "
              << std::setprecision(0) << std::fixed << e.meanGallerySize << " same-sex child photos on average)\n";
    for (const auto& [name, rates] : {std::pair{"plain dlib distance", e.plain.rankRates}, std::pair{"kinship model", e.kinship.rankRates}}) {
        std::cout << "  " << std::left << std::setw(22) << name << std::right;
        for (const auto& [k, rate] : rates) std::cout << "  rank-" << k << " " << percent(rate);
        std::cout << "\n";
    }
}

void printReliability(const std::string& name, const CalibrationFigures& f) {
    std::cout << "  " << name << ": Cllr " << fixed3(f.cllr) << ", Cllr-min " << fixed3(f.minimumCllr) << ", ECE "
              << fixed3(f.expectedCalibrationError) << "; LR >= 100: " << f.atOrAbove100.comparisons << " comparisons, "
              << f.atOrAbove100.mates << " mates (" << percent(f.atOrAbove100.observedShare) << " observed, "
              << percent(f.atOrAbove100.expectedShare) << " expected from the LRs at this set's base rate)\n";
    std::cout << "      stated log10 LR   mates  non-mates  empirical log10 LR\n";
    for (const ReliabilityBin& b : f.bins) {
        std::ostringstream range;
        range << "[" << b.lowerLog10 << ", " << b.upperLog10 << ")";
        std::cout << "      " << std::left << std::setw(16) << range.str() << std::right << std::setw(7) << b.mates
                  << std::setw(11) << b.nonMates << std::setw(20) << std::setprecision(2) << b.empiricalLog10 << "\n";
    }
}

// A family set through the face pipeline: one embedding (main face) per listed photo.
struct EmbeddedKinshipSet {
    KinshipDataset dataset;
    std::vector<std::optional<Embedding>> embeddings;
};

Result<EmbeddedKinshipSet> embedKinshipSet(const std::filesystem::path& folder, FacePipeline& pipeline, int threads) {
    auto dataset = KinshipDataset::load(folder);
    if (!dataset) return dataset.error();
    std::vector<std::filesystem::path> files;
    for (const KinshipPhoto& photo : dataset.value().photos) files.push_back(photo.file);
    auto embedded = embedMainFaces(pipeline, files, threads, "family photos");
    if (!embedded) return embedded.error();
    return EmbeddedKinshipSet{std::move(dataset).value(), std::move(embedded.value().embeddings)};
}

Result<std::vector<CrossAgeSample>> embedCrossAgeSet(const std::filesystem::path& folder, FacePipeline& pipeline,
                                                     int threads, bool withProgressed) {
    auto dataset = CrossAgeDataset::load(folder);
    if (!dataset) return dataset.error();
    std::vector<std::filesystem::path> files, youngFiles;
    for (const CrossAgeEntry& entry : dataset.value().entries) {
        files.push_back(entry.file);
        if (entry.young) youngFiles.push_back(entry.file);
    }
    auto embedded = embedMainFaces(pipeline, files, threads, "cross-age photos");
    if (!embedded) return embedded.error();
    std::vector<std::optional<Embedding>> progressed(youngFiles.size());
    if (withProgressed) {
        auto model = AgeModel::discover();
        if (!model) return model.error();
        const AgeProgressor progressor(model.value());
        progressed = embedProgressedFaces(pipeline, progressor, youngFiles, kProbeAge, kTargetAge, threads);
    }
    std::vector<CrossAgeSample> samples;
    std::size_t young = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const CrossAgeEntry& entry = dataset.value().entries[i];
        std::optional<Embedding> progressedFace = entry.young ? progressed[young++] : std::nullopt;
        if (!embedded.value().embeddings[i]) continue;
        samples.push_back(CrossAgeSample{entry.subject, entry.young, *embedded.value().embeddings[i], progressedFace});
    }
    return samples;
}

std::optional<int> foldsArgument(const Arguments& args) {
    const int folds = args.value("folds") ? std::atoi(args.value("folds")->c_str()) : 5;
    if (folds < 2) return std::nullopt;
    return folds;
}

int threadsArgument(const Arguments& args) { return args.value("threads") ? std::atoi(args.value("threads")->c_str()) : 0; }

// Everything the calibration report and the shipped model need, measured by cross-validation.
struct LikelihoodStudy {
    KinshipEvaluation kinship;
    IdentityCalibrationStudy identity;
    KinshipModel shippedKinship;
    std::size_t crossAgeSamples = 0;
};

Result<LikelihoodStudy> runLikelihoodStudy(const std::filesystem::path& kinfacew, const std::filesystem::path& lag,
                                           bool withProgressed, int folds, int threads) {
    auto pipeline = loadPipeline(true);
    if (!pipeline) return pipeline.error();
    auto family = embedKinshipSet(kinfacew, *pipeline.value(), threads);
    if (!family) return family.error();
    auto crossAge = embedCrossAgeSet(lag, *pipeline.value(), threads, withProgressed);
    if (!crossAge) return crossAge.error();
    KinshipEvaluationOptions options;
    options.folds = folds;
    auto kinship = evaluateKinship(family.value().dataset, family.value().embeddings, options);
    if (!kinship) return kinship.error();
    auto shipped = trainKinshipModel(kinship.value().related, options.training);
    if (!shipped) return shipped.error();
    IdentityCalibrationOptions identityOptions;
    identityOptions.ageInvariant = shippedTrainingOptions();
    identityOptions.folds = folds;
    auto identity = studyIdentityCalibration(crossAge.value(), identityOptions);
    if (!identity) return identity.error();
    return LikelihoodStudy{std::move(kinship).value(), std::move(identity).value(), std::move(shipped).value(),
                           crossAge.value().size()};
}

// Methods of the report, in order: (name, out-of-fold evidence).
std::vector<std::pair<std::string, CalibrationEvidence>> reportedMethods(const LikelihoodStudy& study) {
    std::vector<std::pair<std::string, CalibrationEvidence>> methods;
    for (const char* key : {"direct", "age_invariant", "progressed", "fused direct+age_invariant",
                            "fused direct+age_invariant+progressed", "independent sum direct+age_invariant",
                            "independent sum direct+age_invariant+progressed"}) {
        const auto it = study.identity.outOfFold.find(key);
        if (it != study.identity.outOfFold.end()) methods.emplace_back(key, it->second);
    }
    methods.emplace_back("kinship (plain dlib)", study.kinship.plain.evidence);
    methods.emplace_back("kinship model", study.kinship.kinship.evidence);
    return methods;
}

nlohmann::json studyToJson(const LikelihoodStudy& study, int folds) {
    nlohmann::json components;
    for (const auto& [name, evidence] : reportedMethods(study)) components[name] = calibrationToJson(describeCalibration(evidence));
    return {{"folds", folds},
            {"split", "identity: by subject (FNV-1a of the name); kinship: by family, " + study.kinship.split},
            {"cross_age_photos", study.crossAgeSamples},
            {"calibration", components},
            {"kinship", kinshipToJson(study.kinship)}};
}

void printStudy(const LikelihoodStudy& study, int folds) {
    std::cout << "calibration to likelihood ratios (" << folds << "-fold cross-validation; identity: LAG by subject, "
              << study.crossAgeSamples << " photos; kinship: by family)\n";
    for (const auto& [name, evidence] : reportedMethods(study)) printReliability(name, describeCalibration(evidence));
    printKinship(study.kinship, false);
}

Status writePlotIfAsked(const Arguments& args, const LikelihoodStudy& study) {
    const auto plot = args.value("plot");
    if (!plot) return Ok{};
    const std::map<std::string, std::string> shownAs{{"direct", "direct"},
                                                     {"age_invariant", "age-invariant"},
                                                     {"progressed", "progressed"},
                                                     {"fused direct+age_invariant", "fused direct + age-inv."},
                                                     {"fused direct+age_invariant+progressed", "fused all three"},
                                                     {"kinship model", "kinship (parent-child)"}};
    std::vector<std::pair<std::string, CalibrationEvidence>> shown;
    for (const auto& [name, evidence] : reportedMethods(study)) {
        if (const auto label = shownAs.find(name); label != shownAs.end()) shown.emplace_back(label->second, evidence);
    }
    return writeReliabilityPlot(shown, *plot, "Reliability of out-of-fold likelihood ratios (identity: LAG, kinship: KinFaceW-I)");
}

}  // namespace

// reunite-cli eval kinship [--model FILE] [--folds 5] [--own-folds] [--lag DIR] [--threads N] [--json] DIR
int runEvalKinshipCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json", "own-folds"}, {"model", "folds", "lag", "threads"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 2 || args.positional()[0] != "kinship") {
        return usageError("usage: eval kinship [--model FILE] [--folds 5] [--own-folds] [--lag DIR] [--json] DIR");
    }
    const auto folds = foldsArgument(args);
    if (!folds) return usageError("--folds must be at least 2");
    const int threads = threadsArgument(args);
    std::optional<LikelihoodModels> shipped;
    if (auto model = args.value("model")) {
        auto loaded = LikelihoodModels::load(*model);
        if (!loaded) return fail(loaded.error());
        shipped = std::move(loaded).value();
    }
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    auto family = embedKinshipSet(args.positional()[1], *pipeline.value(), threads);
    if (!family) return fail(family.error());
    KinshipEvaluationOptions options;
    options.folds = *folds;
    options.useProtocol = !args.flag("own-folds");
    if (shipped) options.fixedModel = &shipped->kinship;
    auto evaluation = evaluateKinship(family.value().dataset, family.value().embeddings, options);
    if (!evaluation) return fail(evaluation.error());
    nlohmann::json out = kinshipToJson(evaluation.value());
    out["dataset"] = args.positional()[1];
    out["model"] = shipped ? args.value("model").value() : "fitted per fold";
    std::optional<ChildhoodKinshipRanking> childhood;
    if (auto lag = args.value("lag")) {
        auto crossAge = embedCrossAgeSet(*lag, *pipeline.value(), threads, false);
        if (!crossAge) return fail(crossAge.error());
        IdentityCalibrationOptions identityOptions;
        identityOptions.ageInvariant = shippedTrainingOptions();
        identityOptions.folds = *folds;
        auto identity = studyIdentityCalibration(crossAge.value(), identityOptions);
        if (!identity) return fail(identity.error());
        auto ranked = rankChildhoodPhotoWithParents(crossAge.value(), identity.value(), evaluation.value().related,
                                                    *evaluation.value().models);
        if (!ranked) return fail(ranked.error());
        childhood = ranked.value();
        out["childhood_photo_and_parent_synthetic"] = {{"cases", childhood->cases},
                                                       {"childhood_photo_only", ratesToJson(childhood->identityOnly)},
                                                       {"parent_only", ratesToJson(childhood->kinshipOnly)},
                                                       {"childhood_photo_and_parent", ratesToJson(childhood->combined)},
                                                       {"childhood_photo_and_parent_cv_weight", ratesToJson(childhood->combinedWeighted)},
                                                       {"kinship_weight_per_fold", childhood->chosenWeights}};
    }
    if (args.flag("json")) {
        return printJson(out);
    }
    std::cout << "family set: " << args.positional()[1] << "\n";
    printKinship(evaluation.value(), shipped.has_value());
    if (childhood) {
        std::cout << "synthetic cases (LAG subject + KinFaceW family joined; " << childhood->cases
                  << " cases, gallery of as many candidates; identity LRs out-of-fold by subject)\n";
        for (const auto& [name, rates] : {std::pair{"childhood photo only", childhood->identityOnly},
                                          std::pair{"parent only", childhood->kinshipOnly},
                                          std::pair{"childhood photo + parent", childhood->combined},
                                          std::pair{"  weight chosen by CV", childhood->combinedWeighted}}) {
            std::cout << "  " << std::left << std::setw(26) << name << std::right;
            for (const auto& [k, rate] : rates) std::cout << "  rank-" << k << " " << percent(rate);
            std::cout << "\n";
        }
        std::cout << "  kinship weight chosen per fold (identity + w x kinship, best mean reciprocal rank on the other folds):";
        std::cout << std::fixed;
        for (double w : childhood->chosenWeights) std::cout << " " << std::setprecision(2) << w;
        std::cout << "\n  mean reciprocal rank by weight (all cases):";
        for (const auto& [w, mrr] : childhood->meanReciprocalRank) std::cout << " " << std::setprecision(2) << w << ":" << std::setprecision(3) << mrr;
        std::cout << "\n";
    }
    return ExitOk;
}

// reunite-cli eval calibration [--kinfacew DIR] [--lag DIR] [--folds 5] [--plot FILE.png]
//                              [--no-progressed] [--threads N] [--json]
int runEvalCalibrationCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"json", "no-progressed"}, {"kinfacew", "lag", "folds", "plot", "threads"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 1 || args.positional()[0] != "calibration") {
        return usageError("usage: eval calibration [--kinfacew DIR] [--lag DIR] [--plot FILE.png] [--json]");
    }
    const auto folds = foldsArgument(args);
    if (!folds) return usageError("--folds must be at least 2");
    auto study = runLikelihoodStudy(args.value("kinfacew").value_or("../shared/data/kinfacew-i"),
                                    args.value("lag").value_or("../shared/data/lag"), !args.flag("no-progressed"), *folds,
                                    threadsArgument(args));
    if (!study) return fail(study.error());
    if (Status plotted = writePlotIfAsked(args, study.value()); !plotted) return fail(plotted.error());
    if (args.flag("json")) {
        printJson(studyToJson(study.value(), *folds));
    } else {
        printStudy(study.value(), *folds);
    }
    return ExitOk;
}

// reunite-cli build-kinship-model [--kinfacew DIR] [--lag DIR] [--out FILE] [--plot FILE.png]
//                                 [--no-progressed] [--threads N]
int runBuildKinshipModelCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"no-progressed"}, {"kinfacew", "lag", "out", "plot", "threads"});
    if (!args.valid() || !args.positional().empty()) {
        return usageError("usage: build-kinship-model [--kinfacew DIR] [--lag DIR] [--out resources/kinship/kinship_model.json]");
    }
    const std::filesystem::path kinfacew = args.value("kinfacew").value_or("../shared/data/kinfacew-i");
    const std::filesystem::path lag = args.value("lag").value_or("../shared/data/lag");
    const std::filesystem::path out = args.value("out").value_or("resources/kinship/kinship_model.json");
    constexpr int kFolds = 5;
    auto study = runLikelihoodStudy(kinfacew, lag, !args.flag("no-progressed"), kFolds, threadsArgument(args));
    if (!study) return fail(study.error());
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    LikelihoodModels models;
    models.kinship = study.value().shippedKinship;
    models.identity = study.value().identity.calibration;
    models.provenance = "reunite-cli build-kinship-model on " + kinfacew.filename().string() + " (" +
                        std::to_string(study.value().kinship.relatedPairs) + " parent-child pairs) and " +
                        lag.filename().string() + " (" + std::to_string(study.value().crossAgeSamples) + " photos), " +
                        pipeline.value()->embeddingModelId();
    models.ageInvariantProvenance = "per fold, trained with build-cross-age-model's shipped options (cohort normalisation, "
                                    "fusion) on plain embeddings of the same cross-age set, as a search compares them";
    const nlohmann::json figures = studyToJson(study.value(), kFolds);
    if (Status saved = models.save(out, &figures); !saved) return fail(saved.error());
    if (Status plotted = writePlotIfAsked(args, study.value()); !plotted) return fail(plotted.error());
    printStudy(study.value(), kFolds);
    std::cout << out.string() << ": " << models.provenance << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
