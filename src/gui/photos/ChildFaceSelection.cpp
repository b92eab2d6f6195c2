#include "gui/photos/ChildFaceSelection.h"

#include "db/repositories/FaceRepository.h"
#include "db/sqlite/Transaction.h"

namespace reunite::gui {

Result<db::FaceRow> ChildFaceSelection::keepOnly(std::int64_t photoId, std::int64_t chosenFaceId) {
    db::FaceRepository faces(database_);
    auto chosen = faces.get(chosenFaceId);
    if (!chosen) return chosen.error();
    if (chosen.value().photoId != photoId) {
        return makeError(ErrorCode::InvalidArgument, "face " + std::to_string(chosenFaceId) + " is not a face of photo " +
                                                         std::to_string(photoId));
    }
    auto transaction = db::Transaction::begin(database_);
    if (!transaction) return transaction.error();
    if (auto removed = faces.removeForPhoto(photoId); !removed) return removed.error();
    auto stored = faces.add(chosen.value());
    if (!stored) return stored.error();
    if (auto committed = transaction.value().commit(); !committed) return committed.error();
    return stored;
}

}  // namespace reunite::gui
