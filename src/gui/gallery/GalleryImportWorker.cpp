#include "gui/gallery/GalleryImportWorker.h"

#include <chrono>
#include <mutex>

#include <QFileInfo>

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/gallery/GalleryActions.h"

namespace reunite::gui {

GalleryImportWorker::GalleryImportWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {
    qRegisterMetaType<Progress>();
}

bool GalleryImportWorker::start(const QString& folderOrCsv, db::CandidateSource source) {
    if (!workstation().isReady()) return false;
    const workflows::SessionTicket ticket = workstation().ticket();
    workflows::GalleryImportRequest request;
    request.input = toPath(QFileInfo(folderOrCsv).absoluteFilePath());
    request.source = source;
    request.commitEvery = 1;
    return launch([this, ticket, request](const CancellationToken& cancel) -> Completion {
        std::mutex throttle;
        auto lastReport = std::chrono::steady_clock::time_point{};
        const ProgressCallback report = [&](const Progress& progress) {
            std::lock_guard lock(throttle);
            const auto now = std::chrono::steady_clock::now();
            if (progress.processed < progress.total && now - lastReport < std::chrono::milliseconds(100)) return;
            lastReport = now;
            emit progressed(progress);
        };
        Result<ImportSummary> summary = ticket.run<ImportSummary>(
            [&](workflows::Session& session) { return workflows::GalleryActions(session).import(request, report, cancel); });
        GalleryImportOutcome outcome;
        if (summary) {
            outcome.runId = summary.value().runId;
            outcome.counts = summary.value().counts;
            outcome.cancelled = summary.value().cancelled;
            outcome.seconds = summary.value().seconds;
            outcome.groupPhotos = summary.value().groupPhotos;
            outcome.groupPhotosWithoutChoice = summary.value().groupPhotosWithoutChoice;
        } else {
            outcome.errorMessage = errorText(summary.error());
        }
        return [this, outcome] { emit finished(outcome); };
    });
}

}  // namespace reunite::gui
