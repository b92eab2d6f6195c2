#pragma once
// Photo thumbnails in a QListWidget whose items carry their photo's stored path under `pathRole`:
// showPhotoIcon sets an item's icon when the photo is cached (asking for it otherwise), and
// followPhotoIcons sets the icons of the list's items as FaceImageProvider delivers their photos
// at `maxSide` (for as long as the list lives).
// Thread safety: GUI thread only.
#include <QString>

class QListWidget;
class QListWidgetItem;

namespace reunite::gui {

class FaceImageProvider;

void showPhotoIcon(FaceImageProvider& images, QListWidgetItem& item, const QString& storedPath, int maxSide);
void followPhotoIcons(FaceImageProvider& images, QListWidget& list, int pathRole, int maxSide);

}  // namespace reunite::gui
