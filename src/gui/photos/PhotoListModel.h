#pragma once
// PhotoListModel: the photos of one owner (a case or a relative) with their stored faces, for the
// photo strip of the case workspace: thumbnail, file name, age at the photo, face count, warnings.
// Inputs: setOwner() then reload(); the photos are read off the GUI thread through the application
// layer (workflows::PhotoActions::list).
// Guarantees: rows in import order; reloaded() follows the latest of overlapping reloads (earlier
// replies are dropped; empty message on success; a failed read keeps the old rows); thumbnails
// come from the FaceImageProvider (a placeholder until loaded, then the row updates); PhotoIdRole
// holds the photo id.
// Thread safety: GUI thread only.
#include <optional>
#include <vector>

#include <QAbstractListModel>

#include "db/records/PhotoOwner.h"
#include "workflows/photos/PhotoWithFaces.h"

namespace reunite::gui {

class FaceImageProvider;
class Workstation;

using workflows::PhotoWithFaces;

class PhotoListModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int PhotoIdRole = Qt::UserRole;
    static constexpr int ThumbnailSide = 112;

    PhotoListModel(Workstation& workstation, FaceImageProvider& images, QObject* parent = nullptr);

    void setOwner(std::optional<db::PhotoOwner> owner);
    void reload();
    const PhotoWithFaces* photoAt(int row) const;
    int rowForPhoto(qint64 photoId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

signals:
    void reloaded(const QString& errorMessage);

private:
    void onPhotoReady(const QString& storedPath, int maxSide);

    Workstation& workstation_;
    FaceImageProvider& images_;
    std::optional<db::PhotoOwner> owner_;
    std::vector<PhotoWithFaces> photos_;
};

}  // namespace reunite::gui
