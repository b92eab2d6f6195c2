#pragma once
// CaseFile: everything recorded about one case that a screen, a command or a report shows at
// once: the case, its childhood photos with their faces, and its relatives with theirs.
// Thread safety: plain value type.
#include <vector>

#include "db/records/CaseRecord.h"
#include "db/records/RelativeRecord.h"
#include "workflows/photos/PhotoWithFaces.h"

namespace reunite::workflows {

struct RelativeFile {
    db::RelativeRecord relative;
    std::vector<PhotoWithFaces> photos;
};

struct CaseFile {
    db::CaseRecord record;
    std::vector<PhotoWithFaces> photos;
    std::vector<RelativeFile> relatives;
};

}  // namespace reunite::workflows
