#pragma once
// Engine: the heavy, shared resources every action may need, each loaded once on first use:
// the face pipeline (models checked against the manifest), the optional age-invariant transform,
// the optional likelihood models (calibration and kinship), the age model, the optional age
// estimator, and the in-memory search gallery of the open database (with its regions).
// The CLI creates one per command; the GUI one per workstation and warms it up in the background.
// Guarantees: a resource that fails to load returns its error (models missing -> ModelMissing
// naming setup); the optional transform is null with a note instead. Imports through the
// application layer keep a loaded gallery current.
// Thread safety: every member may be called from any thread; loading is serialised per resource
// (a second caller waits for the first load); the gallery's accessors (loadedGallery, regions,
// counts) never wait for a gallery load in progress, so the GUI thread may call them. Returned pipelines are prototypes: clone() one per
// thread before processing.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "age/estimation/AgeEstimator.h"
#include "age/model/AgeModel.h"
#include "core/pipeline/FacePipeline.h"
#include "crossage/AgeInvariantTransform.h"
#include "db/sqlite/Database.h"
#include "domain/Notice.h"
#include "domain/Result.h"
#include "kinship/LikelihoodModels.h"
#include "search/GalleryIndex.h"

namespace reunite::workflows {

struct EngineOptions {
    bool useAgeInvariantSpace = true;  // false: compare directly only (CLI --direct-only)
    int threads = 0;                   // 0: all cores
};

class Engine {
public:
    explicit Engine(EngineOptions options = {}) : options_(options) {}

    const EngineOptions& options() const { return options_; }
    Result<std::shared_ptr<const FacePipeline>> pipeline();
    // Null when not installed or switched off; *note then says why.
    std::shared_ptr<const AgeInvariantTransform> ageInvariantTransform(Notice* note = nullptr);
    Result<std::shared_ptr<const AgeModel>> ageModel();
    // The calibration to likelihood ratios and the kinship model; null when not installed (*note says why).
    std::shared_ptr<const LikelihoodModels> likelihoodModels(Notice* note = nullptr);
    // The estimator of a face's age from its embedding; null when not installed.
    std::shared_ptr<const AgeEstimator> ageEstimator();

    // The gallery of `database` for the pipeline's embedding model (loads it on first use).
    Result<std::shared_ptr<GalleryIndex>> gallery(db::Database& database);
    // The loaded gallery, or null when none is loaded yet.
    std::shared_ptr<GalleryIndex> loadedGallery() const;
    // The loaded gallery when it is the one of `database` (what a change there must update), else null.
    std::shared_ptr<GalleryIndex> loadedGalleryOf(const db::Database& database) const;
    // Faces read when the gallery was loaded (for reports).
    std::size_t galleryFacesLoaded() const;
    // Faces of the loaded gallery left out because their stored embedding is damaged (ids).
    std::vector<std::int64_t> damagedGalleryFaces() const;
    std::size_t damagedGalleryFaceCount() const;
    // Forgets the gallery (another database was opened).
    void forgetGallery();
    // Sorted regions of the gallery's candidates, for the search filters.
    std::vector<std::string> galleryRegions() const;
    // Estimates the birth years of the gallery faces the installed age estimator has not estimated
    // yet (GalleryAgeEstimation.h) and widens the loaded gallery of `database`, if any. Runs before
    // every gallery load and after every change that adds gallery faces. Never fails the caller: the
    // estimates are optional (without an estimator nothing happens); a failure is kept, for
    // galleryAgeEstimationProblem, and the faces are estimated on a later call.
    void updateEstimatedBirthYears(db::Database& database);
    std::optional<std::string> galleryAgeEstimationProblem() const;

private:
    EngineOptions options_;
    mutable std::mutex modelsMutex_;
    std::shared_ptr<const FacePipeline> pipeline_;
    std::optional<Error> pipelineError_;
    bool transformLoaded_ = false;
    std::shared_ptr<const AgeInvariantTransform> transform_;
    Notice transformNote_;
    std::shared_ptr<const AgeModel> ageModel_;
    bool likelihoodsLoaded_ = false;
    std::shared_ptr<const LikelihoodModels> likelihoods_;
    Notice likelihoodsNote_;
    bool ageEstimatorLoaded_ = false;
    std::shared_ptr<const AgeEstimator> ageEstimator_;
    std::mutex galleryLoadMutex_;      // one gallery load at a time
    mutable std::mutex galleryMutex_;  // the published state below; never held while loading
    std::uint64_t galleryGeneration_ = 0;  // bumped by forgetGallery(): a load started before is dropped
    std::shared_ptr<GalleryIndex> gallery_;
    std::filesystem::path galleryDatabase_;
    std::size_t galleryFacesLoaded_ = 0;
    std::vector<std::int64_t> galleryDamagedFaces_;
    std::optional<std::string> ageEstimationProblem_;  // guarded by galleryMutex_
};

}  // namespace reunite::workflows
