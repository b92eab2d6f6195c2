#pragma once
// ChildFaceSelection: records which face of a case, relative or flyer photo shows the person,
// when the photo holds several faces. The choice is stored by keeping only that face in the
// `faces` table: the case search uses every stored face of the case's photos as a probe, so
// removing the other faces is what makes the search follow the choice, and every screen
// (warnings, overlays, chips) agrees with it. Nothing is lost for good: the photo stays in the
// photo store, and PhotoActions::redetect finds all its faces again to undo the choice.
// Inputs: a photo id and the id of one of its faces.
// Guarantees: one transaction; the chosen face keeps its id (stored search runs that used it
// as a probe still point at it); on any failure nothing changes. A face of another photo ->
// ErrorCode::InvalidArgument.
// Thread safety: uses the given Database from the calling thread only.
#include <cstdint>

#include "db/records/FaceRow.h"
#include "db/sqlite/Database.h"
#include "domain/Result.h"

namespace reunite::workflows {

class ChildFaceSelection {
public:
    explicit ChildFaceSelection(db::Database& database) : database_(database) {}

    Result<db::FaceRow> keepOnly(std::int64_t photoId, std::int64_t chosenFaceId);

private:
    db::Database& database_;
};

}  // namespace reunite::workflows
