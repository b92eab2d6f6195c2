#include "gui/flyer/FlyerSaveJob.h"

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

FlyerSaveJob::FlyerSaveJob(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool FlyerSaveJob::start(Target target, const QString& file, const QString& sha256, const FlyerDraft& draft,
                         const FacePick& pick) {
    const std::shared_ptr<const FacePipeline> prototype = workstation().pipeline();
    if (!prototype || isRunning()) return false;
    Workstation* station = &workstation();
    const PhotoStore store = station->photoStore();
    const std::string userName = station->userNameUtf8();
    const std::shared_ptr<GalleryIndex> gallery = station->gallery();
    return launch([this, station, prototype, store, userName, gallery, target, file, sha256, draft,
                   pick](const std::atomic<bool>&) -> Completion {
        auto connection = station->openWorkerConnection();
        if (!connection) {
            const QString message = errorText(connection.error());
            return [this, message] { emit saveFailed(message); };
        }
        std::unique_ptr<FacePipeline> pipeline = prototype->clone();
        FlyerRecordWriter writer(*connection.value(), *pipeline, store, userName);
        auto result = target == Target::Case
                          ? writer.saveAsCase(toPath(file), draft, pick)
                          : writer.saveAsCandidate(toPath(file), draft, pick, toUtf8(sha256), gallery.get());
        if (!result) {
            const QString message = errorText(result.error());
            return [this, message] { emit saveFailed(message); };
        }
        const FlyerSaveResult saved = result.value();
        const QString region = toQString(draft.placeMissing);
        return [this, station, target, saved, region] {
            if (target == Target::Gallery) station->noteGalleryChanged({region});
            emit this->saved(target, saved.recordId, saved.photo.id, saved.keptFace.has_value());
        };
    });
}

}  // namespace reunite::gui
