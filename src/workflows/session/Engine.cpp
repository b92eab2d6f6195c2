#include "workflows/session/Engine.h"

#include "domain/ResourceLocator.h"
#include "workflows/gallery/GalleryAgeEstimation.h"
#include "workflows/gallery/GalleryLoader.h"

namespace reunite::workflows {

Result<std::shared_ptr<const FacePipeline>> Engine::pipeline() {
    std::lock_guard<std::mutex> lock(modelsMutex_);
    if (pipeline_) return pipeline_;
    if (pipelineError_) return *pipelineError_;
    Result<std::unique_ptr<FacePipeline>> created =
        ModelLocator::discover().andThen([](ModelLocator& models) { return FacePipeline::create(models); });
    if (!created) {
        pipelineError_ = created.error();
        return created.error();
    }
    pipeline_ = std::shared_ptr<const FacePipeline>(std::move(created).value());
    return pipeline_;
}

std::shared_ptr<const AgeInvariantTransform> Engine::ageInvariantTransform(Notice* note) {
    std::lock_guard<std::mutex> lock(modelsMutex_);
    if (!transformLoaded_) {
        transformLoaded_ = true;
        if (!options_.useAgeInvariantSpace) {
            transformNote_ = Notice{NoticeId::AgeInvariantSwitchedOff, {}};
        } else {
            Result<AgeInvariantTransform> loaded = locateResource(kAgeInvariantTransformResource)
                                                       .andThen([](std::filesystem::path& file) {
                                                           return AgeInvariantTransform::load(file);
                                                       });
            if (loaded) {
                transform_ = std::make_shared<const AgeInvariantTransform>(std::move(loaded).value());
            } else {
                transformNote_ = Notice{NoticeId::AgeInvariantNotInstalled, {loaded.error().message}};
            }
        }
    }
    if (note && !transform_) *note = transformNote_;
    return transform_;
}

Result<std::shared_ptr<const AgeModel>> Engine::ageModel() {
    std::lock_guard<std::mutex> lock(modelsMutex_);
    if (ageModel_) return ageModel_;
    Result<AgeModel> loaded = AgeModel::discover();
    if (!loaded) return loaded.error();
    ageModel_ = std::make_shared<const AgeModel>(std::move(loaded).value());
    return ageModel_;
}

std::shared_ptr<const LikelihoodModels> Engine::likelihoodModels(Notice* note) {
    std::lock_guard<std::mutex> lock(modelsMutex_);
    if (!likelihoodsLoaded_) {
        likelihoodsLoaded_ = true;
        Result<LikelihoodModels> loaded = LikelihoodModels::discover();
        if (loaded) {
            likelihoods_ = std::make_shared<const LikelihoodModels>(std::move(loaded).value());
        } else {
            likelihoodsNote_ = Notice{NoticeId::LikelihoodsNotInstalled, {loaded.error().message}};
        }
    }
    if (note && !likelihoods_) *note = likelihoodsNote_;
    return likelihoods_;
}

std::shared_ptr<const AgeEstimator> Engine::ageEstimator() {
    std::lock_guard<std::mutex> lock(modelsMutex_);
    if (!ageEstimatorLoaded_) {
        ageEstimatorLoaded_ = true;
        if (Result<AgeEstimator> loaded = AgeEstimator::discover()) ageEstimator_ = std::make_shared<const AgeEstimator>(std::move(loaded).value());
    }
    return ageEstimator_;
}

Result<std::shared_ptr<GalleryIndex>> Engine::gallery(db::Database& database) {
    Result<std::shared_ptr<const FacePipeline>> models = pipeline();
    if (!models) return models.error();
    const std::shared_ptr<const AgeInvariantTransform> transform = ageInvariantTransform();
    std::lock_guard<std::mutex> loading(galleryLoadMutex_);
    std::uint64_t generation = 0;
    {
        std::lock_guard<std::mutex> lock(galleryMutex_);
        if (gallery_ && galleryDatabase_ == database.path()) return gallery_;
        generation = galleryGeneration_;
    }
    updateEstimatedBirthYears(database);
    auto index = std::make_shared<GalleryIndex>();
    if (transform) index->setAgeInvariantTransform(transform);
    Result<GalleryLoadStats> loaded = loadGallery(database, models.value()->embeddingModelId(), *index);
    if (!loaded) return loaded.error();
    std::lock_guard<std::mutex> lock(galleryMutex_);
    if (generation != galleryGeneration_) return makeError(ErrorCode::Cancelled, "the gallery was closed while it loaded");
    gallery_ = index;
    galleryDatabase_ = database.path();
    galleryFacesLoaded_ = loaded.value().faces;
    galleryDamagedFaces_ = loaded.value().damagedFaceIds;
    return gallery_;
}

void Engine::updateEstimatedBirthYears(db::Database& database) {
    const std::shared_ptr<const AgeEstimator> estimator = ageEstimator();
    Result<std::shared_ptr<const FacePipeline>> models = pipeline();
    if (!estimator || !models || !estimator->reads(models.value()->embeddingModelId())) return;
    Result<std::size_t> estimated =
        estimateGalleryBirthYears(database, *estimator, models.value()->embeddingModelId(), loadedGalleryOf(database).get());
    std::lock_guard<std::mutex> lock(galleryMutex_);
    ageEstimationProblem_ = estimated ? std::nullopt : std::optional<std::string>(estimated.error().message);
}

std::optional<std::string> Engine::galleryAgeEstimationProblem() const {
    std::lock_guard<std::mutex> lock(galleryMutex_);
    return ageEstimationProblem_;
}

std::shared_ptr<GalleryIndex> Engine::loadedGallery() const {
    std::lock_guard<std::mutex> lock(galleryMutex_);
    return gallery_;
}

std::shared_ptr<GalleryIndex> Engine::loadedGalleryOf(const db::Database& database) const {
    std::lock_guard<std::mutex> lock(galleryMutex_);
    return galleryDatabase_ == database.path() ? gallery_ : nullptr;
}

std::size_t Engine::galleryFacesLoaded() const {
    std::lock_guard<std::mutex> lock(galleryMutex_);
    return galleryFacesLoaded_;
}

std::vector<std::int64_t> Engine::damagedGalleryFaces() const {
    std::lock_guard<std::mutex> lock(galleryMutex_);
    return galleryDamagedFaces_;
}

std::size_t Engine::damagedGalleryFaceCount() const {
    std::lock_guard<std::mutex> lock(galleryMutex_);
    return galleryDamagedFaces_.size();
}

void Engine::forgetGallery() {
    std::lock_guard<std::mutex> lock(galleryMutex_);
    ++galleryGeneration_;
    gallery_.reset();
    galleryDatabase_.clear();
    galleryFacesLoaded_ = 0;
    galleryDamagedFaces_.clear();
}

std::vector<std::string> Engine::galleryRegions() const {
    const std::shared_ptr<GalleryIndex> gallery = loadedGallery();
    return gallery ? gallery->regionNames() : std::vector<std::string>{};
}

}  // namespace reunite::workflows
