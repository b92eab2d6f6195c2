#pragma once
// FaceImageProvider: decoded photos and aligned face chips for display, loaded off the GUI thread
// and cached. Photos are decoded by the engine's ImageDecoder (EXIF orientation applied, exactly the
// pixel grid the stored boxes and landmarks refer to); chips are aligned with reunite::alignFace
// from a stored face's landmarks.
// Inputs: face ids and stored photo paths of the Workstation's open database.
// Guarantees: chip()/photo() never block on decoding: they return the cached image, or nothing and
// start loading, then chipReady()/photoReady() (or ...Failed()) follow once per request. Caches are
// bounded (least recently used dropped) and cleared when another database is opened; call
// forgetFaces() after a photo's faces were replaced (face ids may be reused).
// Thread safety: GUI-thread object; the loading runs on its own two-thread pool, which the
// destructor waits for.
#include <cstdint>
#include <optional>

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

#include "gui/common/FaceChip.h"

namespace reunite::gui {

class Workstation;

struct LoadedPhoto {
    QImage image;       // scaled to fit the requested side, upright
    QSize originalSize;  // of the decoded photo (the coordinates of its faces)
};

class FaceImageProvider : public QObject {
    Q_OBJECT

public:
    explicit FaceImageProvider(Workstation& workstation, QObject* parent = nullptr);
    ~FaceImageProvider() override;

    std::optional<FaceChip> chip(qint64 faceId, int size = 150);
    // maxSide 0: full size.
    std::optional<LoadedPhoto> photo(const QString& storedPath, int maxSide);

    void forgetFaces();
    void clear();
    // Requests not answered yet (tests and the screenshot tour wait for 0).
    int pendingCount() const { return static_cast<int>(pendingChips_.size() + pendingPhotos_.size()); }

signals:
    void chipReady(qint64 faceId, int size);
    void chipFailed(qint64 faceId, int size, const QString& message);
    void photoReady(const QString& storedPath, int maxSide);
    void photoFailed(const QString& storedPath, int maxSide, const QString& message);

private:
    static QString chipKey(qint64 faceId, int size);
    static QString photoKey(const QString& storedPath, int maxSide);

    Workstation& workstation_;
    QThreadPool pool_;
    QCache<QString, FaceChip> chips_;
    QCache<QString, LoadedPhoto> photos_;
    QSet<QString> pendingChips_;
    QSet<QString> pendingPhotos_;
    QSet<QString> failed_;
    int chipGeneration_ = 0;   // chips aligned for an older generation are dropped
    int photoGeneration_ = 0;
};

}  // namespace reunite::gui
