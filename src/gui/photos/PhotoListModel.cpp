#include "gui/photos/PhotoListModel.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include "gui/common/FaceImageProvider.h"
#include "gui/photos/PhotoListing.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/QualityWarnings.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {
namespace {

QPixmap placeholderThumbnail() {
    QPixmap pixmap(PhotoListModel::ThumbnailSide, PhotoListModel::ThumbnailSide);
    pixmap.fill(QColor(0xe8, 0xe8, 0xe8));
    return pixmap;
}

QPixmap squareThumbnail(const QImage& image) {
    const int side = PhotoListModel::ThumbnailSide;
    QPixmap pixmap(side, side);
    pixmap.fill(QColor(0x30, 0x30, 0x30));
    QPainter painter(&pixmap);
    const QImage scaled = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    painter.drawImage((side - scaled.width()) / 2, (side - scaled.height()) / 2, scaled);
    return pixmap;
}

}  // namespace

PhotoListModel::PhotoListModel(Workstation& workstation, FaceImageProvider& images, QObject* parent)
    : QAbstractListModel(parent), workstation_(workstation), images_(images) {
    connect(&images_, &FaceImageProvider::photoReady, this, &PhotoListModel::onPhotoReady);
}

void PhotoListModel::setOwner(std::optional<db::PhotoOwner> owner) { owner_ = owner; }

void PhotoListModel::reload() {
    if (!owner_ || !workstation_.hasDatabase()) {
        workstation_.dropPendingReads(this);
        beginResetModel();
        photos_.clear();
        endResetModel();
        emit reloaded(QString());
        return;
    }
    const db::PhotoOwner owner = *owner_;
    listPhotosInBackground(workstation_, this, owner, [this, owner](Result<std::vector<PhotoWithFaces>> listed) {
        if (!owner_ || !(*owner_ == owner)) return;  // the user moved on to another owner
        if (!listed) {
            emit reloaded(errorText(listed.error()));
            return;
        }
        beginResetModel();
        photos_ = std::move(listed).value();
        endResetModel();
        emit reloaded(QString());
    });
}

const PhotoWithFaces* PhotoListModel::photoAt(int row) const {
    if (row < 0 || row >= static_cast<int>(photos_.size())) return nullptr;
    return &photos_[static_cast<std::size_t>(row)];
}

int PhotoListModel::rowForPhoto(qint64 photoId) const {
    for (std::size_t i = 0; i < photos_.size(); ++i) {
        if (photos_[i].photo.id == photoId) return static_cast<int>(i);
    }
    return -1;
}

int PhotoListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(photos_.size());
}

QVariant PhotoListModel::data(const QModelIndex& index, int role) const {
    const PhotoWithFaces* entry = photoAt(index.row());
    if (!entry) return {};
    const int faceCount = static_cast<int>(entry->faces.size());
    switch (role) {
        case Qt::DisplayRole: {
            QString text = toQString(entry->photo.originalFileName);
            if (text.size() > 18) text = text.left(16) + QStringLiteral("…");
            if (entry->photo.ageAtPhotoYears) {
                text += QLatin1Char('\n') + tr("age %1").arg(*entry->photo.ageAtPhotoYears, 0, 'g', 3);
            }
            if (faceCount != 1) text += QStringLiteral("\n⚠ ") + tr("%n face(s)", nullptr, faceCount);
            return text;
        }
        case Qt::DecorationRole: {
            auto loaded = images_.photo(toQString(entry->photo.storedPath), ThumbnailSide * 2);
            return loaded ? squareThumbnail(loaded->image) : placeholderThumbnail();
        }
        case Qt::ToolTipRole: {
            QStringList lines{toQString(entry->photo.originalFileName)};
            lines << QualityWarnings::forPhoto(faceCount);
            return lines.join(QLatin1Char('\n'));
        }
        case PhotoIdRole:
            return QVariant::fromValue<qint64>(entry->photo.id);
        default:
            return {};
    }
}

void PhotoListModel::onPhotoReady(const QString& storedPath, int maxSide) {
    if (maxSide != ThumbnailSide * 2) return;
    for (std::size_t i = 0; i < photos_.size(); ++i) {
        if (toQString(photos_[i].photo.storedPath) == storedPath) {
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed, {Qt::DecorationRole});
        }
    }
}

}  // namespace reunite::gui
