#pragma once
// CaseExportJob: writes a case report or an alert poster as PDF off the GUI thread, through the
// application layer (workflows::ReportExportActions, the same entry point as `reunite-cli report`
// and `reunite-cli poster`).
// Inputs: startReport(request, file) or startPoster(request, file).
// Guarantees: exactly one of finished()/failed()/cancelled() ends a started export; progress()
// reports the report's steps (photos, progressions, runs, leads). On failure or cancellation no
// file is left at the destination.
// Thread safety: GUI-thread object (see BackgroundJob); the work uses its own connection.
#include <QString>
#include <QStringList>

#include "gui/shell/BackgroundJob.h"
#include "workflows/report/CaseReportBuilder.h"
#include "workflows/report/PosterBuilder.h"

namespace reunite::gui {

class CaseExportJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit CaseExportJob(Workstation& workstation, QObject* parent = nullptr);

    // False when an export is already running.
    bool startReport(const workflows::CaseReportRequest& request, const QString& file);
    bool startPoster(const workflows::PosterRequest& request, const QString& file);

signals:
    void progress(int processed, int total);
    void finished(const QString& file, const QStringList& notes);
    void failed(const QString& message);
    void cancelled();
};

}  // namespace reunite::gui
