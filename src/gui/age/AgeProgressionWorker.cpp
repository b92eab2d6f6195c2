#include "gui/age/AgeProgressionWorker.h"

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

AgeProgressionWorker::AgeProgressionWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool AgeProgressionWorker::start(const workflows::ProgressionOrder& order) {
    const workflows::SessionTicket ticket = workstation().ticket();
    return launch([this, ticket, order](const CancellationToken& cancel) -> Completion {
        Result<workflows::RenderedProgression> result = ticket.run<workflows::RenderedProgression>(
            [&](workflows::Session& session) { return workflows::ProgressionActions(session).render(order); });
        if (!result) {
            const QString message = errorText(result.error());
            return [this, message] { emit failed(message); };
        }
        if (cancel.isCancelled()) return [this] { emit cancelled(); };
        const QImage before = toQImage(result.value().before);
        const QImage after = toQImage(result.value().result.image);
        const workflows::ProgressionWarnings& warnings = result.value().warnings;
        QStringList notes;
        if (warnings.ageOutsideModel) {
            notes << tr("An age lies outside the age model's data (%1 to %2 years): the change is held at the nearest end.")
                         .arg(warnings.modelYoungest, 0, 'f', 0)
                         .arg(warnings.modelOldest, 0, 'f', 0);
        }
        if (warnings.meshFolded) notes << tr("The shape change folded the warp mesh: check the image.");
        if (warnings.parentMissing) {
            notes << tr("Not blended with a parent: the case needs the child's sex and a photo of the father (boy) or mother (girl) "
                        "with one face.");
        }
        const ProgressionRecord& record = result.value().result.record;
        if (record.parentUsed) {
            notes << tr("Blended %1 % toward the parent's face, itself taken from age %2 to the target age.")
                         .arg(qRound(record.parentWeight * 100))
                         .arg(record.parentAge, 0, 'f', 0);
        }
        auto kept = std::make_shared<const workflows::RenderedProgression>(std::move(result).value());
        return [this, before, after, notes, kept] {
            last_ = kept;
            emit rendered(before, after, notes.join(QLatin1Char(' ')));
        };
    });
}

bool AgeProgressionWorker::exportPng(const QString& path) {
    if (!last_) return false;
    const workflows::SessionTicket ticket = workstation().ticket();
    auto progression = last_;
    return launch([this, ticket, path, progression](const CancellationToken&) -> Completion {
        const Result<Ok> written = ticket.run<Ok>(
            [&](workflows::Session& session) { return workflows::ProgressionActions(session).exportPng(*progression, toPath(path)); });
        const QString message = written ? QString() : errorText(written.error());
        return [this, path, message] { emit exported(path, message); };
    });
}

}  // namespace reunite::gui
