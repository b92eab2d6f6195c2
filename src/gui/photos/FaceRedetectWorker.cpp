#include "gui/photos/FaceRedetectWorker.h"

#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "gui/shell/QtBridge.h"
#include "db/sqlite/Transaction.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {
namespace {

Result<int> redetect(db::Database& database, FacePipeline& pipeline, std::int64_t photoId) {
    db::PhotoRepository photos(database);
    auto photo = photos.get(photoId);
    if (!photo) return photo.error();
    auto decoded = pipeline.decoder().decodeFile(photo.value().storedPath);
    if (!decoded) return decoded.error();
    const ImageFaces found = pipeline.processImage(decoded.value().image);

    auto transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    db::FaceRepository faces(database);
    if (auto removed = faces.removeForPhoto(photoId); !removed) return removed.error();
    for (std::size_t i = 0; i < found.faces.size(); ++i) {
        db::FaceRow row;
        row.photoId = photoId;
        row.faceIndex = static_cast<int>(i);
        row.modelId = pipeline.embeddingModelId();
        row.modelVersion = pipeline.embeddingModelVersion();
        row.detection = found.faces[i].detection;
        row.landmarks = found.faces[i].landmarks;
        row.quality = found.faces[i].quality;
        row.embedding = found.faces[i].embedding;
        if (auto added = faces.add(row); !added) return added.error();
    }
    const db::PhotoStatus status = found.faces.empty() ? db::PhotoStatus::NoFace : db::PhotoStatus::Faces;
    if (auto updated = photos.setStatus(photoId, status); !updated) return updated.error();
    if (auto committed = transaction.value().commit(); !committed) return committed.error();
    return static_cast<int>(found.faces.size());
}

}  // namespace

FaceRedetectWorker::FaceRedetectWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool FaceRedetectWorker::start(qint64 photoId) {
    const std::shared_ptr<const FacePipeline> prototype = workstation().pipeline();
    if (!prototype) return false;
    Workstation* station = &workstation();
    return launch([this, station, prototype, photoId](const std::atomic<bool>&) -> Completion {
        QString failure;
        int faceCount = 0;
        auto connection = station->openWorkerConnection();
        if (!connection) {
            failure = errorText(connection.error());
        } else {
            std::unique_ptr<FacePipeline> pipeline = prototype->clone();
            auto result = redetect(*connection.value(), *pipeline, photoId);
            if (result) {
                faceCount = result.value();
            } else {
                failure = errorText(result.error());
            }
        }
        return [this, photoId, faceCount, failure] { emit finished(photoId, faceCount, failure); };
    });
}

}  // namespace reunite::gui
