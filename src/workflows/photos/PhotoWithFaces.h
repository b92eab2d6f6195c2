#pragma once
// PhotoWithFaces: a stored photo and the faces found in it (all embedding models), as the
// application layer hands them to screens, commands and reports.
// Thread safety: plain value type.
#include <vector>

#include "db/records/FaceRow.h"
#include "db/records/PhotoRecord.h"

namespace reunite::workflows {

struct PhotoWithFaces {
    db::PhotoRecord photo;
    std::vector<db::FaceRow> faces;
};

}  // namespace reunite::workflows
