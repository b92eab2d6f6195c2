#include "gui/common/PhotoListIcons.h"

#include <QListWidget>
#include <QPixmap>

#include "gui/common/FaceImageProvider.h"

namespace reunite::gui {

void showPhotoIcon(FaceImageProvider& images, QListWidgetItem& item, const QString& storedPath, int maxSide) {
    if (auto loaded = images.photo(storedPath, maxSide)) item.setIcon(QPixmap::fromImage(loaded->image));
}

void followPhotoIcons(FaceImageProvider& images, QListWidget& list, int pathRole, int maxSide) {
    QObject::connect(&images, &FaceImageProvider::photoReady, &list, [&images, &list, pathRole, maxSide](const QString& path, int side) {
        if (side != maxSide) return;
        for (int i = 0; i < list.count(); ++i) {
            QListWidgetItem* item = list.item(i);
            if (item->data(pathRole).toString() == path) showPhotoIcon(images, *item, path, maxSide);
        }
    });
}

}  // namespace reunite::gui
