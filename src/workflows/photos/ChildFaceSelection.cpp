#include "workflows/photos/ChildFaceSelection.h"

#include "db/repositories/FaceRepository.h"
#include "db/sqlite/Transaction.h"

namespace reunite::workflows {

Result<db::FaceRow> ChildFaceSelection::keepOnly(std::int64_t photoId, std::int64_t chosenFaceId) {
    db::FaceRepository faces(database_);
    Result<db::FaceRow> chosen = faces.get(chosenFaceId);
    if (!chosen) return chosen.error();
    if (chosen.value().photoId != photoId) {
        return makeError(ErrorCode::InvalidArgument,
                         "face " + std::to_string(chosenFaceId) + " is not a face of photo " + std::to_string(photoId));
    }
    Result<db::Transaction> transaction = db::Transaction::begin(database_);
    if (!transaction) return transaction.error();
    if (Result<std::int64_t> removed = faces.removeOthersOfPhoto(photoId, chosenFaceId); !removed) return removed.error();
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return chosen;
}

}  // namespace reunite::workflows
