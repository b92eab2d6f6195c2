#pragma once
// ProgressedProbe: the embedding of an age-progressed image of a face, used as an extra probe
// ("progressed") when searching for a child who is now older. The face is progressed from its age
// at the photo to the target age (AgeProgressor), the progressed image goes through the face
// pipeline again, and the face nearest the progressed landmarks is taken.
// Thread safety: uses the pipeline (not thread-safe) from the calling thread; the progressor is
// shared read-only.
#include "AgeProgressor.h"
#include "FacePipeline.h"
#include "Result.h"

namespace reunite {

struct ProgressedProbe {
    Embedding embedding{};
    ProgressionRecord record;
};

Result<ProgressedProbe> makeProgressedProbe(FacePipeline& pipeline, const AgeProgressor& progressor, const Image& image,
                                            const Landmarks& landmarks, double ageAtPhoto, double targetAge, Sex sex);

}  // namespace reunite
