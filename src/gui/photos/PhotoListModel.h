#pragma once
// PhotoListModel: the photos of one owner (a case or a relative) with their stored faces, for the
// photo strip of the case workspace: thumbnail, file name, age at the photo, face count, warnings.
// Inputs: setOwner() then reload() (after photos were added or faces changed).
// Guarantees: rows in import order; thumbnails come from the FaceImageProvider (a placeholder until
// loaded, then the row updates); PhotoIdRole holds the photo id.
// Thread safety: GUI thread only.
#include <optional>
#include <vector>

#include <QAbstractListModel>

#include "db/records/FaceRow.h"
#include "db/records/PhotoOwner.h"
#include "db/records/PhotoRecord.h"
#include "domain/Result.h"

namespace reunite::gui {

class FaceImageProvider;
class Workstation;

struct PhotoWithFaces {
    db::PhotoRecord photo;
    std::vector<db::FaceRow> faces;
};

class PhotoListModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int PhotoIdRole = Qt::UserRole;
    static constexpr int ThumbnailSide = 112;

    PhotoListModel(Workstation& workstation, FaceImageProvider& images, QObject* parent = nullptr);

    void setOwner(std::optional<db::PhotoOwner> owner);
    Status reload();
    const PhotoWithFaces* photoAt(int row) const;
    int rowForPhoto(qint64 photoId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    void onPhotoReady(const QString& storedPath, int maxSide);

    Workstation& workstation_;
    FaceImageProvider& images_;
    std::optional<db::PhotoOwner> owner_;
    std::vector<PhotoWithFaces> photos_;
};

}  // namespace reunite::gui
