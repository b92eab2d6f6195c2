#include "gui/photos/PhotoListing.h"

#include "gui/shell/Workstation.h"
#include "workflows/photos/PhotoActions.h"

namespace reunite::gui {

void listPhotosInBackground(Workstation& workstation, QObject* context, const db::PhotoOwner& owner, PhotosListed done) {
    workstation.runLatest<std::vector<workflows::PhotoWithFaces>>(
        context, [owner](workflows::Session& session) { return workflows::PhotoActions(session).list(owner); }, std::move(done));
}

}  // namespace reunite::gui
