#include "gui/gallery/GalleryImportWorker.h"

#include <chrono>
#include <mutex>
#include <set>

#include <QFileInfo>

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

GalleryImportWorker::GalleryImportWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

GalleryImportWorker::~GalleryImportWorker() {
    cancel();
    waitForWork();
}

void GalleryImportWorker::cancel() {
    BackgroundJob::cancel();
    std::lock_guard lock(importerMutex_);
    if (activeImporter_) activeImporter_->cancel();
}

bool GalleryImportWorker::start(const QString& folderOrCsv, db::CandidateSource source) {
    const std::shared_ptr<const FacePipeline> pipeline = workstation().pipeline();
    const std::shared_ptr<GalleryIndex> gallery = workstation().gallery();
    if (!pipeline || !gallery || !workstation().isReady()) return false;
    const PhotoStore store = workstation().photoStore();
    ImportOptions options;
    options.userName = workstation().userNameUtf8();
    options.commitEvery = 1;
    Workstation* station = &workstation();
    const QString input = QFileInfo(folderOrCsv).absoluteFilePath();
    return launch([this, station, pipeline, gallery, store, options, input, source](const std::atomic<bool>& cancelled) -> Completion {
        GalleryImportOutcome outcome;
        auto finish = [this](GalleryImportOutcome result) -> Completion {
            return [this, result] { emit finished(result); };
        };
        const std::filesystem::path path = toPath(input);
        Result<ImportManifest> manifest = QFileInfo(input).isDir() ? ImportManifest::fromFolder(path, source)
                                                                   : ImportManifest::fromCsv(path, source);
        if (!manifest) {
            outcome.errorMessage = errorText(manifest.error());
            return finish(outcome);
        }
        std::set<std::string> regions;
        for (const ImportItem& item : manifest.value().items) regions.insert(item.candidate.region);
        for (const std::string& region : regions) outcome.regions << toQString(region);

        auto connection = station->openWorkerConnection();
        if (!connection) {
            outcome.errorMessage = errorText(connection.error());
            return finish(outcome);
        }
        GalleryImporter importer(*connection.value(), *pipeline, store, options, gallery.get());
        {
            std::lock_guard lock(importerMutex_);
            activeImporter_ = &importer;
        }
        std::mutex throttle;
        auto lastReport = std::chrono::steady_clock::time_point{};
        auto summary = importer.run(manifest.value(), toUtf8(input), [&](const ImportProgress& progress) {
            if (cancelled.load()) importer.cancel();
            std::lock_guard lock(throttle);
            const auto now = std::chrono::steady_clock::now();
            if (progress.done < progress.total && now - lastReport < std::chrono::milliseconds(100)) return;
            lastReport = now;
            emit progressed(progress);
        });
        {
            std::lock_guard lock(importerMutex_);
            activeImporter_ = nullptr;
        }
        if (!summary) {
            outcome.errorMessage = errorText(summary.error());
            return finish(outcome);
        }
        outcome.runId = summary.value().runId;
        outcome.counts = summary.value().counts;
        outcome.cancelled = summary.value().cancelled;
        outcome.seconds = summary.value().seconds;
        return finish(outcome);
    });
}

}  // namespace reunite::gui
