#pragma once
// PhotoWithFaces: a stored photo and the faces found in it (all embedding models), as the
// application layer hands them to screens, commands and reports, each face with the age it looks
// (AgeEstimator; empty when no estimator is installed or it does not read the face's embedding
// model). An estimated age is a hint about the photo, never the person's recorded age.
// Thread safety: plain value type.
#include <optional>
#include <vector>

#include "age/estimation/AgeEstimate.h"

#include "db/records/FaceRow.h"
#include "db/records/PhotoRecord.h"

namespace reunite::workflows {

struct PhotoWithFaces {
    db::PhotoRecord photo;
    std::vector<db::FaceRow> faces;
    std::vector<std::optional<AgeEstimate>> estimatedAges;  // one per face, in the same order
};

}  // namespace reunite::workflows
