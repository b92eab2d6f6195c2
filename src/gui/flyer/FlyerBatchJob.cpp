#include "gui/flyer/FlyerBatchJob.h"

#include "gui/common/NoticeText.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/flyer/FlyerActions.h"

namespace reunite::gui {

FlyerBatchJob::FlyerBatchJob(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool FlyerBatchJob::start(const QString& folder, ocr::NumericDateOrder dateOrder) {
    if (!workstation().pipeline() || isRunning()) return false;
    const workflows::SessionTicket ticket = workstation().ticket();
    ocr::FlyerParseOptions parsing;
    parsing.ambiguousDateOrder = dateOrder;
    return launch([this, ticket, folder, parsing](const CancellationToken& cancel) -> Completion {
        const auto onOutcome = [this](const workflows::FlyerFileOutcome& outcome) {
            const QString file = fromPath(outcome.file);
            switch (outcome.kind) {
            case workflows::FlyerFileOutcome::Kind::Imported:
                emit fileImported(file, outcome.candidateId, toQString(outcome.name));
                reportUncertainValues(file, outcome.uncertainValues);
                break;
            case workflows::FlyerFileOutcome::Kind::ImportedWithoutFace:
                emit fileImported(file, outcome.candidateId, toQString(outcome.name));
                emit fileProblem(file, tr("no face was found; the record was stored without a face"), true);
                reportUncertainValues(file, outcome.uncertainValues);
                break;
            case workflows::FlyerFileOutcome::Kind::Skipped:
                emit fileProblem(file, tr("already in the gallery (candidate %1), skipped").arg(outcome.candidateId), false);
                break;
            case workflows::FlyerFileOutcome::Kind::Failed:
                emit fileProblem(file, outcome.problem ? NoticeText::of(*outcome.problem) : QString(), false);
                break;
            }
        };
        const auto onProgress = [this](const Progress& progress) {
            emit progressed(static_cast<int>(progress.processed), static_cast<int>(progress.total), QString());
        };
        Result<workflows::FlyerFolderSummary> summary = ticket.run<workflows::FlyerFolderSummary>([&](workflows::Session& session) {
            return workflows::FlyerActions(session).importFolder(toPath(folder), parsing, onOutcome, onProgress, cancel);
        });
        if (!summary) {
            const QString message = errorText(summary.error());
            return [this, message] { emit finished(0, 0, 0, false, message); };
        }
        const workflows::FlyerFolderSummary s = summary.value();
        return [this, s] { emit finished(s.imported, s.skipped, s.failed, s.cancelled, QString()); };
    });
}

void FlyerBatchJob::reportUncertainValues(const QString& file, int count) {
    if (count <= 0) return;
    emit fileProblem(file, tr("%n value(s) read uncertainly were put in the notes, not in the fields: check them against the flyer", "", count),
                     true);
}

}  // namespace reunite::gui
