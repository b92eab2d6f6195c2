#include "workflows/age/ProgressionActions.h"

#include "age/progression/ProgressionMark.h"
#include "core/image/ImageDecoder.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/relatives/RelativeActions.h"
#include "workflows/storage/StoredPhotoImage.h"

namespace reunite::workflows {
namespace {

ProgressionWarnings warningsOf(const AgeModel& model, const ProgressionResult& result, const ProgressionAges& ages) {
    ProgressionWarnings warnings;
    warnings.modelYoungest = model.youngestKnotAge();
    warnings.modelOldest = model.oldestKnotAge();
    const auto outside = [&](double age) { return age < warnings.modelYoungest || age > warnings.modelOldest; };
    warnings.ageOutsideModel = outside(ages.sourceAge) || outside(ages.targetAge);
    warnings.meshFolded = result.foldedTriangles > 0;
    return warnings;
}

// A face of one of the parent's photos, with the age at that photo.
struct ParentFace {
    std::int64_t photoId = 0;
    Landmarks landmarks{};
    double age = 0;
};

// The case's parent of the child's sex, by their photo taken at the age nearest the target.
std::optional<ParentFace> sameSexParentFace(Session& session, std::int64_t caseId, Sex childSex, double targetAge) {
    if (childSex == Sex::Unknown) return std::nullopt;
    const db::Relation wanted = childSex == Sex::Male ? db::Relation::Father : db::Relation::Mother;
    Result<std::vector<db::RelativeRecord>> relatives = RelativeActions(session).list(caseId);
    if (!relatives) return std::nullopt;
    std::optional<ParentFace> best;
    for (const db::RelativeRecord& relative : relatives.value()) {
        if (relative.relation != wanted) continue;
        Result<std::vector<PhotoWithFaces>> photos = PhotoActions(session).list(db::PhotoOwner::ofRelative(relative.id));
        if (!photos) continue;
        for (const PhotoWithFaces& photo : photos.value()) {
            if (photo.faces.size() != 1) continue;  // the parent's face must be unambiguous
            const std::optional<double> age =
                photo.photo.ageAtPhotoYears ? photo.photo.ageAtPhotoYears
                                            : (photo.estimatedAges.front() ? std::optional(photo.estimatedAges.front()->years) : std::nullopt);
            if (!age) continue;
            if (!best || std::abs(*age - targetAge) < std::abs(best->age - targetAge))
                best = ParentFace{photo.photo.id, photo.faces.front().landmarks, *age};
        }
    }
    return best;
}

}  // namespace

Result<RenderedProgression> ProgressionActions::render(const ProgressionOrder& order) {
    if (Status allowed = session_.authorize(Permission::RenderProgressions); !allowed) return allowed.error();
    Result<FaceInPhoto> face = PhotoActions(session_).face(order.faceId);
    if (!face) return face.error();
    Result<DecodedImage> decoded = decodeStoredPhoto(session_.photoStore(), ImageDecoder(), face.value().photo.storedPath);
    if (!decoded) return decoded.error();
    if (!order.blendWithParent) return renderDecoded(std::move(decoded.value().image), face.value().face.landmarks, order.ages);
    const db::PhotoOwner& owner = face.value().photo.owner;
    const std::optional<ParentFace> parent =
        owner.kind == db::PhotoOwnerKind::Case ? sameSexParentFace(session_, owner.id, order.ages.sex, order.ages.targetAge) : std::nullopt;
    std::optional<FacePhoto> parentPhoto;
    if (parent) {
        Result<PhotoWithFaces> stored = PhotoActions(session_).get(parent->photoId);
        if (!stored) return stored.error();
        Result<DecodedImage> parentImage = decodeStoredPhoto(session_.photoStore(), ImageDecoder(), stored.value().photo.storedPath);
        if (!parentImage) return parentImage.error();
        parentPhoto = FacePhoto{std::move(parentImage.value().image), parent->landmarks, parent->age};
    }
    Result<RenderedProgression> rendered = renderWith(std::move(decoded.value().image), face.value().face.landmarks, order.ages,
                                                      parentPhoto ? &*parentPhoto : nullptr, order.parentWeight);
    if (rendered) rendered.value().warnings.parentMissing = !parentPhoto;
    return rendered;
}

Result<RenderedProgression> ProgressionActions::renderDecoded(Image image, const Landmarks& landmarks, const ProgressionAges& ages) {
    return renderWith(std::move(image), landmarks, ages, nullptr, 0);
}

Result<RenderedProgression> ProgressionActions::renderWith(Image image, const Landmarks& landmarks, const ProgressionAges& ages,
                                                           const FacePhoto* parent, double parentWeight) {
    if (Status allowed = session_.authorize(Permission::RenderProgressions); !allowed) return allowed.error();
    Result<std::shared_ptr<const AgeModel>> model = session_.engine().ageModel();
    if (!model) return model.error();
    const AgeProgressor progressor(*model.value());
    ProgressionRequest request;
    request.targetAge = ages.targetAge;
    request.sex = ages.sex;
    request.parentWeight = parentWeight;
    Result<ProgressionResult> result = progressor.progress(FacePhoto{image, landmarks, ages.sourceAge}, request, parent);
    if (!result) return result.error();
    const ProgressionWarnings warnings = warningsOf(*model.value(), result.value(), ages);
    return RenderedProgression{std::move(image), std::move(result).value(), warnings};
}

Status ProgressionActions::exportPng(const RenderedProgression& progression, const std::filesystem::path& file) {
    if (Status allowed = session_.authorize(Permission::RenderProgressions); !allowed) return allowed;
    if (Status recorded = session_.audit({"export.progression", std::nullopt, {}, {{"file", file.string()}}}); !recorded) return recorded;
    return writeProgressedPng(file, progression.result.image, progression.result.record);
}

}  // namespace reunite::workflows
