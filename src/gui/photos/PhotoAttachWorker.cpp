#include "gui/photos/PhotoAttachWorker.h"

#include <QFileInfo>

#include "workflows/photos/PhotoAttacher.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

PhotoAttachWorker::PhotoAttachWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool PhotoAttachWorker::start(const QStringList& files, const db::PhotoOwner& owner, std::optional<double> ageAtPhotoYears) {
    const std::shared_ptr<const FacePipeline> prototype = workstation().pipeline();
    if (!prototype || files.isEmpty()) return false;
    const PhotoStore store = workstation().photoStore();
    const std::string userName = workstation().userNameUtf8();
    Workstation* station = &workstation();
    return launch([this, station, prototype, store, userName, files, owner, ageAtPhotoYears](const std::atomic<bool>& cancelled) -> Completion {
        int attached = 0;
        int failed = 0;
        auto connection = station->openWorkerConnection();
        if (!connection) {
            const QString message = errorText(connection.error());
            for (const QString& file : files) emit photoFailed(file, message);
            const int count = static_cast<int>(files.size());
            return [this, count] { emit finished(0, count, false); };
        }
        std::unique_ptr<FacePipeline> pipeline = prototype->clone();
        int done = 0;
        for (const QString& file : files) {
            if (cancelled.load()) break;
            emit progressed(done, static_cast<int>(files.size()), QFileInfo(file).fileName());
            PhotoToAttach request;
            request.file = toPath(file);
            request.owner = owner;
            request.ageAtPhotoYears = ageAtPhotoYears;
            auto result = attachPhoto(*connection.value(), *pipeline, store, request, userName);
            if (result) {
                ++attached;
                emit photoAttached(result.value().photo.id, static_cast<int>(result.value().faces.size()));
            } else {
                ++failed;
                emit photoFailed(file, errorText(result.error()));
            }
            ++done;
        }
        emit progressed(done, static_cast<int>(files.size()), QString());
        const bool wasCancelled = cancelled.load() && done < files.size();
        return [this, attached, failed, wasCancelled] { emit finished(attached, failed, wasCancelled); };
    });
}

}  // namespace reunite::gui
