#pragma once
// PhotoAttacher: adds one photo to a case, a relative or a candidate: finds its faces, keeps a
// copy in the photo store, and stores the photo and every face in one transaction. The same file
// attached twice to the same owner is refused with a clear message (nothing changes).
// Thread safety: uses the Database and the pipeline from the calling thread only.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "db/sqlite/Database.h"
#include "core/pipeline/FacePipeline.h"
#include "db/records/FaceRow.h"
#include "db/records/PhotoRecord.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite {

struct PhotoToAttach {
    std::filesystem::path file;
    db::PhotoOwner owner;
    std::optional<double> ageAtPhotoYears;
    std::optional<std::string> captureDate;
    std::string provenance;
};

struct AttachedPhoto {
    db::PhotoRecord photo;
    std::vector<db::FaceRow> faces;
    std::vector<FaceRecord> detected;  // with the aligned chips, for display
};

Result<AttachedPhoto> attachPhoto(db::Database& database, FacePipeline& pipeline, const PhotoStore& store,
                                  const PhotoToAttach& request, const std::string& userName);

}  // namespace reunite
