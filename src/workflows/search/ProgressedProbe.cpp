#include "workflows/search/ProgressedProbe.h"

#include <cmath>
#include <limits>

#include "db/repositories/CaseRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "domain/IsoDateTime.h"
#include "search/CrossAgeQuery.h"
#include "workflows/age/ProgressionTarget.h"
#include "workflows/storage/StoredPhotoImage.h"

namespace reunite {
namespace {

PointF centreOf(const Landmarks& landmarks) {
    PointF c;
    for (const PointF& p : landmarks) {
        c.x += p.x;
        c.y += p.y;
    }
    return PointF{c.x / kLandmarkCount, c.y / kLandmarkCount};
}

}  // namespace

Result<std::vector<Probe>> progressedProbesForCase(db::Database& database, const PhotoStore& store, FacePipeline& pipeline,
                                                   const AgeProgressor& progressor, std::int64_t caseId,
                                                   const std::string& modelId) {
    db::CaseRepository cases(database);
    auto theCase = cases.get(caseId);
    if (!theCase) return theCase.error();
    const Sex sex = theCase.value().sex == Sex::Female ? Sex::Female
                    : theCase.value().sex == Sex::Male ? Sex::Male
                                                           : Sex::Unknown;
    db::PhotoRepository photos(database);
    db::FaceRepository faces(database);
    auto caseFaces = faces.listByOwner(db::PhotoOwner::ofCase(caseId));
    if (!caseFaces) return caseFaces.error();
    const std::string today = currentUtcSeconds();
    std::vector<Probe> probes;
    for (const db::FaceRow& face : caseFaces.value()) {
        if (face.modelId != modelId) continue;
        auto photo = photos.get(face.photoId);
        if (!photo) return photo.error();
        const std::optional<double> targetAge = workflows::progressionTargetAge(theCase.value(), photo.value(), today);
        if (!targetAge) continue;
        const double age = *photo.value().ageAtPhotoYears;
        auto decoded = decodeStoredPhoto(store, pipeline.decoder(), photo.value().storedPath);
        if (!decoded) return decoded.error();
        auto progressed = makeProgressedProbe(pipeline, progressor, decoded.value().image, face.landmarks, age, *targetAge, sex);
        if (!progressed) continue;  // e.g. no face found again after the warp: the photo still counts directly
        probes.push_back(Probe{face.id, kProgressedKind, progressed.value().embedding, EmbeddingSpace::Direct});
    }
    return probes;
}

Result<ProgressedProbe> makeProgressedProbe(FacePipeline& pipeline, const AgeProgressor& progressor, const Image& image,
                                            const Landmarks& landmarks, double ageAtPhoto, double targetAge, Sex sex) {
    ProgressionRequest request;
    request.targetAge = targetAge;
    request.sex = sex;
    Result<ProgressionResult> progressed = progressor.progress(FacePhoto{image, landmarks, ageAtPhoto}, request);
    if (!progressed) return progressed.error();
    const ImageFaces faces = pipeline.processImage(progressed.value().image);
    const PointF expected = centreOf(progressed.value().landmarks);
    const FaceRecord* nearest = nullptr;
    double nearestDistance = std::numeric_limits<double>::infinity();
    for (const FaceRecord& face : faces.faces) {
        const PointF c = centreOf(face.landmarks);
        const double d = std::hypot(c.x - expected.x, c.y - expected.y);
        if (d < nearestDistance) {
            nearestDistance = d;
            nearest = &face;
        }
    }
    if (!nearest) return makeError(ErrorCode::NoFace, "no face found in the age-progressed image");
    return ProgressedProbe{nearest->embedding, nearest->landmarks, progressed.value().record};
}

}  // namespace reunite
