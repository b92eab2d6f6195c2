#include "gui/photos/PhotoAttachWorker.h"

#include <QFileInfo>

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/photos/PhotoActions.h"

namespace reunite::gui {

PhotoAttachWorker::PhotoAttachWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool PhotoAttachWorker::start(const QStringList& files, const db::PhotoOwner& owner, std::optional<double> ageAtPhotoYears) {
    if (!workstation().pipeline() || files.isEmpty()) return false;
    const workflows::SessionTicket ticket = workstation().ticket();
    return launch([this, ticket, files, owner, ageAtPhotoYears](const CancellationToken& cancel) -> Completion {
        int attached = 0;
        int failed = 0;
        int done = 0;
        for (const QString& file : files) {
            if (cancel.isCancelled()) break;
            emit progressed(done, static_cast<int>(files.size()), QFileInfo(file).fileName());
            PhotoToAttach request;
            request.file = toPath(file);
            request.owner = owner;
            request.ageAtPhotoYears = ageAtPhotoYears;
            Result<AttachedPhoto> result = ticket.run<AttachedPhoto>(
                [&](workflows::Session& session) { return workflows::PhotoActions(session).attach(request); });
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
        const bool wasCancelled = cancel.isCancelled() && done < files.size();
        return [this, attached, failed, wasCancelled] { emit finished(attached, failed, wasCancelled); };
    });
}

}  // namespace reunite::gui
