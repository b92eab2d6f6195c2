#include "ProgressedProbe.h"

#include <cmath>
#include <limits>

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
    return ProgressedProbe{nearest->embedding, progressed.value().record};
}

}  // namespace reunite
