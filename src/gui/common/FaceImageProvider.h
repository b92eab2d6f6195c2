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
    int pendingCount() const { return static_cast<int>(chips_.pending.size() + photos_.pending.size()); }

signals:
    void chipReady(qint64 faceId, int size);
    void chipFailed(qint64 faceId, int size, const QString& message);
    void photoReady(const QString& storedPath, int maxSide);
    void photoFailed(const QString& storedPath, int maxSide, const QString& message);

private:
    // One kind of image: the cache, the keys being loaded, and the generation they belong to
    // (images loaded for an older generation are dropped when they arrive).
    template <typename Loaded>
    struct ImageCache {
        QCache<QString, Loaded> images;
        QSet<QString> pending;
        int generation = 0;
    };

    static QString chipKey(qint64 faceId, int size);
    static QString photoKey(const QString& storedPath, int maxSide);
    // Runs load(Loaded&) -> failure text (empty: loaded) on the pool; back on the GUI thread, unless
    // the generation moved on, caches the image under `key` (or marks the key failed) and calls
    // announce(ok, failure).
    template <typename Loaded, typename Load, typename Announce>
    void loadInBackground(const QString& key, ImageCache<Loaded>& target, Load load, Announce announce);

    Workstation& workstation_;
    QThreadPool pool_;
    ImageCache<FaceChip> chips_;
    ImageCache<LoadedPhoto> photos_;
    QSet<QString> failed_;
};

}  // namespace reunite::gui
