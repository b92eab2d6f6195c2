#include "workflows/age/ProgressionActions.h"

#include "age/progression/ProgressionMark.h"
#include "core/image/ImageDecoder.h"
#include "workflows/photos/PhotoActions.h"
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

}  // namespace

Result<RenderedProgression> ProgressionActions::render(const ProgressionOrder& order) {
    if (Status allowed = session_.authorize(Permission::RenderProgressions); !allowed) return allowed.error();
    Result<FaceInPhoto> face = PhotoActions(session_).face(order.faceId);
    if (!face) return face.error();
    Result<DecodedImage> decoded = decodeStoredPhoto(session_.photoStore(), ImageDecoder(), face.value().photo.storedPath);
    if (!decoded) return decoded.error();
    return renderDecoded(std::move(decoded.value().image), face.value().face.landmarks, order.ages);
}

Result<RenderedProgression> ProgressionActions::renderDecoded(Image image, const Landmarks& landmarks, const ProgressionAges& ages) {
    if (Status allowed = session_.authorize(Permission::RenderProgressions); !allowed) return allowed.error();
    Result<std::shared_ptr<const AgeModel>> model = session_.engine().ageModel();
    if (!model) return model.error();
    const AgeProgressor progressor(*model.value());
    ProgressionRequest request;
    request.targetAge = ages.targetAge;
    request.sex = ages.sex;
    Result<ProgressionResult> result = progressor.progress(FacePhoto{image, landmarks, ages.sourceAge}, request);
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
