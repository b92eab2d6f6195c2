#include "gui/report/CaseExportJob.h"

#include "gui/common/NoticeText.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/report/ReportExportActions.h"

namespace reunite::gui {
namespace {

QStringList noticeTexts(const std::vector<Notice>& notices) {
    QStringList texts;
    for (const Notice& notice : notices) texts << NoticeText::of(notice);
    return texts;
}

}  // namespace

CaseExportJob::CaseExportJob(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool CaseExportJob::startReport(const workflows::CaseReportRequest& request, const QString& file) {
    const workflows::SessionTicket ticket = workstation().ticket();
    return launch([this, ticket, request, file](const CancellationToken& cancel) -> Completion {
        const ProgressCallback onProgress = [this](const Progress& step) {
            emit progress(static_cast<int>(step.processed), static_cast<int>(step.total));
        };
        Result<workflows::ExportedDocument> exported = ticket.run<workflows::ExportedDocument>([&](workflows::Session& session) {
            return workflows::ReportExportActions(session).exportCaseReport(request, toPath(file), onProgress, cancel);
        });
        if (!exported && exported.error().code == ErrorCode::Cancelled) return [this] { emit cancelled(); };
        if (!exported) return [this, message = errorText(exported.error())] { emit failed(message); };
        return [this, file, notes = exported.value().notes] { emit finished(file, noticeTexts(notes)); };
    });
}

bool CaseExportJob::startPoster(const workflows::PosterRequest& request, const QString& file) {
    const workflows::SessionTicket ticket = workstation().ticket();
    return launch([this, ticket, request, file](const CancellationToken&) -> Completion {
        Result<workflows::ExportedDocument> exported = ticket.run<workflows::ExportedDocument>(
            [&](workflows::Session& session) { return workflows::ReportExportActions(session).exportPoster(request, toPath(file)); });
        if (!exported) return [this, message = errorText(exported.error())] { emit failed(message); };
        return [this, file, notes = exported.value().notes] { emit finished(file, noticeTexts(notes)); };
    });
}

}  // namespace reunite::gui
