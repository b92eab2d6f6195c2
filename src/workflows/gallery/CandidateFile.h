#pragma once
// CandidateFile: one gallery record with its photos and their faces (what the photo database
// browser and the compare screen show).
// Thread safety: plain value type.
#include <vector>

#include "db/records/CandidateRecord.h"
#include "workflows/photos/PhotoWithFaces.h"

namespace reunite::workflows {

struct CandidateFile {
    db::CandidateRecord record;
    std::vector<PhotoWithFaces> photos;
};

}  // namespace reunite::workflows
