#include "gui/common/FaceImageProvider.h"

#include "core/image/ImageDecoder.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/WorkerThreadPriority.h"
#include "gui/shell/Workstation.h"
#include "workflows/photos/PhotoActions.h"

namespace reunite::gui {
namespace {

constexpr int kCacheKilobytes = 256 * 1024;

int costOf(const QImage& image) { return std::max<int>(1, static_cast<int>(image.sizeInBytes() / 1024)); }

}  // namespace

FaceImageProvider::FaceImageProvider(Workstation& workstation, QObject* parent)
    : QObject(parent), workstation_(workstation) {
    pool_.setMaxThreadCount(2);
    chips_.setMaxCost(kCacheKilobytes / 4);
    photos_.setMaxCost(kCacheKilobytes);
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

std::optional<FaceChip> FaceImageProvider::chip(qint64 faceId, int size) {
    const QString key = chipKey(faceId, size);
    if (const FaceChip* cached = chips_.object(key)) return *cached;
    if (pendingChips_.contains(key) || failed_.contains(key) || !workstation_.hasDatabase()) return std::nullopt;
    pendingChips_.insert(key);
    const workflows::SessionTicket ticket = workstation_.ticket();
    const int generation = chipGeneration_;
    pool_.start([this, ticket, key, faceId, size, generation] {
        lowerCurrentThreadPriority();
        Result<AlignedFace> aligned = ticket.run<AlignedFace>(
            [&](workflows::Session& session) { return workflows::PhotoActions(session).faceChip(faceId, size); });
        FaceChip loaded;
        QString failure;
        if (!aligned) {
            failure = errorText(aligned.error());
        } else {
            loaded.image = toQImage(aligned.value().chip);
            for (const PointF& point : aligned.value().chipLandmarks) loaded.landmarks << QPointF(point.x, point.y);
        }
        QMetaObject::invokeMethod(
            this,
            [this, key, faceId, size, loaded, failure, generation] {
                if (generation != chipGeneration_) return;
                pendingChips_.remove(key);
                if (!failure.isEmpty() || loaded.image.isNull()) {
                    failed_.insert(key);
                    emit chipFailed(faceId, size, failure);
                    return;
                }
                chips_.insert(key, new FaceChip(loaded), costOf(loaded.image));
                emit chipReady(faceId, size);
            },
            Qt::QueuedConnection);
    });
    return std::nullopt;
}

std::optional<LoadedPhoto> FaceImageProvider::photo(const QString& storedPath, int maxSide) {
    const QString key = photoKey(storedPath, maxSide);
    if (const LoadedPhoto* cached = photos_.object(key)) return *cached;
    if (pendingPhotos_.contains(key) || failed_.contains(key)) return std::nullopt;
    pendingPhotos_.insert(key);
    const int generation = photoGeneration_;
    pool_.start([this, key, storedPath, maxSide, generation] {
        lowerCurrentThreadPriority();
        const ImageDecoder decoder;
        auto decoded = decoder.decodeFile(toPath(storedPath));
        LoadedPhoto loaded;
        QString failure;
        if (!decoded) {
            failure = errorText(decoded.error());
        } else {
            loaded.image = toQImage(decoded.value().image);
            loaded.originalSize = loaded.image.size();
            if (maxSide > 0 && std::max(loaded.image.width(), loaded.image.height()) > maxSide) {
                loaded.image = loaded.image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, key, storedPath, maxSide, loaded, failure, generation] {
                if (generation != photoGeneration_) return;
                pendingPhotos_.remove(key);
                if (!failure.isEmpty() || loaded.image.isNull()) {
                    failed_.insert(key);
                    emit photoFailed(storedPath, maxSide, failure);
                    return;
                }
                photos_.insert(key, new LoadedPhoto(loaded), costOf(loaded.image));
                emit photoReady(storedPath, maxSide);
            },
            Qt::QueuedConnection);
    });
    return std::nullopt;
}

void FaceImageProvider::forgetFaces() {
    chips_.clear();
    failed_.clear();
    // Chips still being aligned belong to the old faces: drop them when they arrive.
    ++chipGeneration_;
    pendingChips_.clear();
}

void FaceImageProvider::clear() {
    ++chipGeneration_;
    ++photoGeneration_;
    chips_.clear();
    photos_.clear();
    pendingChips_.clear();
    pendingPhotos_.clear();
    failed_.clear();
}

}  // namespace reunite::gui
