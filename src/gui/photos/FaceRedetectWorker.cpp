#include "gui/photos/FaceRedetectWorker.h"

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/photos/PhotoActions.h"

namespace reunite::gui {

FaceRedetectWorker::FaceRedetectWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool FaceRedetectWorker::start(qint64 photoId) {
    if (!workstation().pipeline()) return false;
    const workflows::SessionTicket ticket = workstation().ticket();
    return launch([this, ticket, photoId](const CancellationToken&) -> Completion {
        Result<workflows::PhotoWithFaces> result = ticket.run<workflows::PhotoWithFaces>(
            [&](workflows::Session& session) { return workflows::PhotoActions(session).redetect(photoId); });
        const int faceCount = result ? static_cast<int>(result.value().faces.size()) : 0;
        const QString failure = result ? QString() : errorText(result.error());
        return [this, photoId, faceCount, failure] { emit finished(photoId, faceCount, failure); };
    });
}

}  // namespace reunite::gui
