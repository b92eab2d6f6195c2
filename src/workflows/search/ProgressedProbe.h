#pragma once
// ProgressedProbe: the embedding of an age-progressed image of a face, used as an extra probe
// ("progressed") when searching for a child who is now older. The face is progressed from its age
// at the photo to the target age (AgeProgressor), the progressed image goes through the face
// pipeline again, and the face nearest the progressed landmarks is taken.
// Thread safety: uses the pipeline (not thread-safe) from the calling thread; the progressor is
// shared read-only.
#include <string>
#include <vector>

#include "age/progression/AgeProgressor.h"
#include "db/sqlite/Database.h"
#include "search/SearchTypes.h"
#include "core/pipeline/FacePipeline.h"
#include "domain/Result.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite {

struct ProgressedProbe {
    Embedding embedding{};
    Landmarks landmarks{};  // of the face found in the progressed image
    ProgressionRecord record;
};

// Progressed probes for every childhood face of a case, each progressed to the age the child
// would be today (workflows/age/ProgressionTarget.h); photos the rule gives no age for are skipped.
// The photos are read through `store` (the database's photo store).
Result<std::vector<Probe>> progressedProbesForCase(db::Database& database, const PhotoStore& store, FacePipeline& pipeline,
                                                   const AgeProgressor& progressor, std::int64_t caseId,
                                                   const std::string& modelId);

Result<ProgressedProbe> makeProgressedProbe(FacePipeline& pipeline, const AgeProgressor& progressor, const Image& image,
                                            const Landmarks& landmarks, double ageAtPhoto, double targetAge, Sex sex);

}  // namespace reunite
