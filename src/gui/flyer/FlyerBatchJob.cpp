#include "gui/flyer/FlyerBatchJob.h"

#include <QDirIterator>
#include <QFileInfo>

#include "db/repositories/CandidateRepository.h"
#include "core/pipeline/FacePipeline.h"
#include "domain/FileBytes.h"
#include "ocr/FlyerFieldParser.h"
#include "workflows/flyer/FlyerRecordWriter.h"
#include "ocr/FlyerTextRecognizer.h"
#include "db/repositories/ImportRunRepository.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

FlyerBatchJob::FlyerBatchJob(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

QStringList FlyerBatchJob::flyerFiles(const QString& folder) {
    static const QStringList patterns = {"*.jpg", "*.jpeg", "*.png", "*.bmp", "*.tif", "*.tiff", "*.webp",
                                         "*.pbm", "*.pgm", "*.ppm", "*.JPG", "*.JPEG", "*.PNG", "*.TIF", "*.TIFF"};
    QStringList files;
    QDirIterator it(folder, patterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) files << it.next();
    files.removeDuplicates();
    files.sort();
    return files;
}

bool FlyerBatchJob::start(const QString& folder, ocr::NumericDateOrder dateOrder) {
    const std::shared_ptr<const FacePipeline> prototype = workstation().pipeline();
    if (!prototype || isRunning()) return false;
    Workstation* station = &workstation();
    const PhotoStore store = station->photoStore();
    const std::string userName = station->userNameUtf8();
    const std::shared_ptr<GalleryIndex> gallery = station->gallery();
    return launch([this, station, prototype, store, userName, gallery, folder, dateOrder](const std::atomic<bool>& cancelled) -> Completion {
        const QStringList files = flyerFiles(folder);
        const int total = static_cast<int>(files.size());
        auto failRun = [this](const QString& message) -> Completion {
            return [this, message] { emit finished(0, 0, 0, false, message); };
        };
        auto connection = station->openWorkerConnection();
        if (!connection) return failRun(errorText(connection.error()));
        db::Database& database = *connection.value();
        auto recognizer = ocr::FlyerTextRecognizer::create();
        if (!recognizer) return failRun(errorText(recognizer.error()));
        std::unique_ptr<FacePipeline> pipeline = prototype->clone();
        db::ImportRunRepository runs(database);
        auto run = runs.start(toUtf8(folder), userName);
        if (!run) return failRun(errorText(run.error()));
        const std::int64_t runId = run.value().id;

        FlyerRecordWriter writer(database, *pipeline, store, userName);
        db::CandidateRepository candidates(database);
        ocr::FlyerParseOptions parseOptions;
        parseOptions.ambiguousDateOrder = dateOrder;
        db::ImportCounts counts;
        int imported = 0;
        int skipped = 0;
        int failed = 0;
        QStringList regions;
        auto fail = [&](const QString& file, const QString& message) {
            ++failed;
            ++counts.itemsFailed;
            (void)runs.recordError(runId, toUtf8(file), std::nullopt, toUtf8(message));
            emit fileProblem(file, message, false);
        };
        int done = 0;
        for (const QString& file : files) {
            if (cancelled.load()) break;
            emit progressed(done, total, QFileInfo(file).fileName());
            ++done;
            ++counts.itemsSeen;
            const std::filesystem::path path = toPath(file);
            auto digest = sha256OfFile(path);
            if (!digest) {
                fail(file, errorText(digest.error()));
                continue;
            }
            auto existing = candidates.findBySourceReference(db::CandidateSource::Flyer, flyerExternalRef(digest.value()));
            if (existing && existing.value()) {
                ++skipped;
                ++counts.itemsSkipped;
                emit fileProblem(file, tr("already in the gallery (candidate %1), skipped").arg(existing.value()->id), false);
                continue;
            }
            auto decoded = pipeline->decoder().decodeFile(path);
            if (!decoded) {
                fail(file, errorText(decoded.error()));
                continue;
            }
            auto text = recognizer.value()->recognize(decoded.value().image);
            if (!text) {
                fail(file, errorText(text.error()));
                continue;
            }
            const ocr::FlyerFields fields = ocr::parseFlyerText(text.value(), parseOptions);
            FlyerDraft draft = makeFlyerDraft(fields);
            draft.flyerFileName = path.filename().string();
            auto saved = writer.saveAsCandidate(path, draft, FacePick::largest(), digest.value(), gallery.get(), runId);
            if (!saved) {
                fail(file, errorText(saved.error()));
                continue;
            }
            ++imported;
            ++counts.itemsImported;
            ++counts.photosAdded;
            if (saved.value().keptFace) ++counts.facesAdded;
            if (!draft.placeMissing.empty()) regions << toQString(draft.placeMissing);
            const QString name = toQString(fields.name.value);
            emit fileImported(file, saved.value().recordId, name);
            if (!saved.value().keptFace) {
                const QString message = tr("no face was found; the record was stored without a face");
                (void)runs.recordError(runId, toUtf8(file), std::nullopt, toUtf8(message));
                emit fileProblem(file, message, true);
            }
            (void)runs.updateCounts(runId, counts);
        }
        const bool wasCancelled = cancelled.load() && done < total;
        emit progressed(done, total, QString());
        (void)runs.finish(runId, wasCancelled ? db::ImportRunStatus::Cancelled : db::ImportRunStatus::Finished, counts,
                          wasCancelled ? "cancelled by the user" : "");
        return [this, station, imported, skipped, failed, wasCancelled, regions] {
            if (imported > 0) station->noteGalleryChanged(regions);
            emit finished(imported, skipped, failed, wasCancelled, QString());
        };
    });
}

}  // namespace reunite::gui
