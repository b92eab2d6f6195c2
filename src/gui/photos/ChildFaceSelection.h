#pragma once
// ChildFaceSelection: records which face of a case or relative photo shows the person, when the
// photo holds several faces. The choice is stored by keeping only that face in the `faces` table:
// CaseSearch uses every stored face of the case's photos as a probe, so removing the other faces is
// what makes the search follow the choice, and every screen (warnings, overlays, chips) agrees with
// it. Nothing is lost for good: the photo itself stays in the photo store, and
// FaceRedetectWorker finds all its faces again ("Detect faces again") to undo the choice.
// Inputs: a photo id and the id of one of its faces.
// Guarantees: one transaction: the photo's faces are removed and the chosen face is stored again
// unchanged (box, landmarks, quality, embedding, face index) under a new face id, which is returned;
// on any failure nothing changes. A face of another photo -> ErrorCode::InvalidArgument.
// Thread safety: uses the given Database from the calling thread only.
#include <cstdint>

#include "db/sqlite/Database.h"
#include "db/records/FaceRow.h"
#include "domain/Result.h"

namespace reunite::gui {

class ChildFaceSelection {
public:
    explicit ChildFaceSelection(db::Database& database) : database_(database) {}

    Result<db::FaceRow> keepOnly(std::int64_t photoId, std::int64_t chosenFaceId);

private:
    db::Database& database_;
};

}  // namespace reunite::gui
