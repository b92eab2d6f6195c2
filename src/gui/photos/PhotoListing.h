#pragma once
// listPhotosInBackground: the photos of a case, relative or gallery record with their faces, read
// through PhotoActions on a worker thread; `done` receives them (or the error) on the GUI thread
// unless `context` was destroyed, another database was opened, or `context` started a later read
// (Workstation::runLatest).
// Thread safety: call on the GUI thread.
#include <functional>
#include <vector>

#include "db/records/PhotoOwner.h"
#include "domain/Result.h"
#include "workflows/photos/PhotoWithFaces.h"

class QObject;

namespace reunite::gui {

class Workstation;

using PhotosListed = std::function<void(Result<std::vector<workflows::PhotoWithFaces>>)>;

void listPhotosInBackground(Workstation& workstation, QObject* context, const db::PhotoOwner& owner, PhotosListed done);

}  // namespace reunite::gui
