#include "gui/flyer/FlyerSaveJob.h"

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/flyer/FlyerActions.h"

namespace reunite::gui {

FlyerSaveJob::FlyerSaveJob(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool FlyerSaveJob::start(Target target, const QString& file, const workflows::FlyerDraft& draft, const workflows::FacePick& pick) {
    if (!workstation().pipeline() || isRunning()) return false;
    const workflows::SessionTicket ticket = workstation().ticket();
    const workflows::FlyerSaveRequest request{toPath(file), draft, pick};
    return launch([this, ticket, target, request](const CancellationToken&) -> Completion {
        Result<workflows::FlyerSaveResult> result = ticket.run<workflows::FlyerSaveResult>([&](workflows::Session& session) {
            workflows::FlyerActions flyers(session);
            return target == Target::Case ? flyers.saveAsCase(request) : flyers.saveAsCandidate(request);
        });
        if (!result) {
            const QString message = errorText(result.error());
            return [this, message] { emit saveFailed(message); };
        }
        const workflows::FlyerSaveResult saved = result.value();
        return [this, target, saved] { emit this->saved(target, saved.recordId, saved.photo.id, saved.keptFace.has_value()); };
    });
}

}  // namespace reunite::gui
