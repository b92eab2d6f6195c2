#include "gui/common/FaceImageProvider.h"

#include "core/image/ImageDecoder.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/WorkerThreadPriority.h"
#include "gui/shell/Workstation.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/storage/StoredPhotoImage.h"

namespace reunite::gui {
namespace {

constexpr int kCacheKilobytes = 256 * 1024;

int costOf(const QImage& image) { return std::max<int>(1, static_cast<int>(image.sizeInBytes() / 1024)); }

}  // namespace

FaceImageProvider::FaceImageProvider(Workstation& workstation, QObject* parent)
    : QObject(parent), workstation_(workstation) {
    pool_.setMaxThreadCount(2);
    chips_.images.setMaxCost(kCacheKilobytes / 4);
    photos_.images.setMaxCost(kCacheKilobytes);
    connect(&workstation_, &Workstation::databaseOpened, this, &FaceImageProvider::clear);
}

FaceImageProvider::~FaceImageProvider() {
    pool_.clear();
    pool_.waitForDone();
}

QString FaceImageProvider::chipKey(qint64 faceId, int size) { return QStringLiteral("%1@%2").arg(faceId).arg(size); }

QString FaceImageProvider::photoKey(const QString& storedPath, int maxSide) {
    return QStringLiteral("%1@%2").arg(maxSide).arg(storedPath);
}

template <typename Loaded, typename Load, typename Announce>
void FaceImageProvider::loadInBackground(const QString& key, ImageCache<Loaded>& target, Load load, Announce announce) {
    target.pending.insert(key);
    const int generation = target.generation;
    pool_.start([this, &target, key, generation, load, announce] {
        lowerCurrentThreadPriority();
        Loaded loaded;
        const QString failure = load(loaded);
        QMetaObject::invokeMethod(
            this,
            [this, &target, key, generation, loaded, failure, announce] {
                if (generation != target.generation) return;
                target.pending.remove(key);
                const bool ok = failure.isEmpty() && !loaded.image.isNull();
                if (ok) {
                    target.images.insert(key, new Loaded(loaded), costOf(loaded.image));
                } else {
                    failed_.insert(key);
                }
                announce(ok, failure);
            },
            Qt::QueuedConnection);
    });
}

std::optional<FaceChip> FaceImageProvider::chip(qint64 faceId, int size) {
    const QString key = chipKey(faceId, size);
    if (const FaceChip* cached = chips_.images.object(key)) return *cached;
    if (chips_.pending.contains(key) || failed_.contains(key) || !workstation_.hasDatabase()) return std::nullopt;
    const workflows::SessionTicket ticket = workstation_.ticket();
    auto align = [ticket, faceId, size](FaceChip& loaded) -> QString {
        Result<AlignedFace> aligned = ticket.run<AlignedFace>(
            [&](workflows::Session& session) { return workflows::PhotoActions(session).faceChip(faceId, size); });
        if (!aligned) return errorText(aligned.error());
        loaded.image = toQImage(aligned.value().chip);
        for (const PointF& point : aligned.value().chipLandmarks) loaded.landmarks << QPointF(point.x, point.y);
        return {};
    };
    loadInBackground(key, chips_, align, [this, faceId, size](bool ok, const QString& failure) {
        ok ? emit chipReady(faceId, size) : emit chipFailed(faceId, size, failure);
    });
    return std::nullopt;
}

std::optional<LoadedPhoto> FaceImageProvider::photo(const QString& storedPath, int maxSide) {
    const QString key = photoKey(storedPath, maxSide);
    if (const LoadedPhoto* cached = photos_.images.object(key)) return *cached;
    if (photos_.pending.contains(key) || failed_.contains(key)) return std::nullopt;
    auto decode = [store = workstation_.photoStore(), storedPath, maxSide](LoadedPhoto& loaded) -> QString {
        auto decoded = decodeStoredPhoto(store, ImageDecoder(), toPath(storedPath));
        if (!decoded) return errorText(decoded.error());
        loaded.image = toQImage(decoded.value().image);
        loaded.originalSize = loaded.image.size();
        if (maxSide > 0 && std::max(loaded.image.width(), loaded.image.height()) > maxSide) {
            loaded.image = loaded.image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        return {};
    };
    loadInBackground(key, photos_, decode, [this, storedPath, maxSide](bool ok, const QString& failure) {
        ok ? emit photoReady(storedPath, maxSide) : emit photoFailed(storedPath, maxSide, failure);
    });
    return std::nullopt;
}

void FaceImageProvider::forgetFaces() {
    chips_.images.clear();
    failed_.clear();
    // Chips still being aligned belong to the old faces: drop them when they arrive.
    ++chips_.generation;
    chips_.pending.clear();
}

void FaceImageProvider::clear() {
    ++chips_.generation;
    ++photos_.generation;
    chips_.images.clear();
    photos_.images.clear();
    chips_.pending.clear();
    photos_.pending.clear();
    failed_.clear();
}

}  // namespace reunite::gui
