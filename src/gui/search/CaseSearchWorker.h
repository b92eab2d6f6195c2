#pragma once
// CaseSearchWorker: runs a case search off the GUI thread through the application layer
// (workflows::CaseSearchActions, the same entry point as `reunite-cli search`): the run and its
// ranked leads are stored and returned with their candidates and current decisions.
// Inputs: start(caseId, options).
// Guarantees: finished() with the ranked leads (their notes say what was left out, e.g. no
// progressed probes), or failed() with a message fit for the user (e.g. the case has no photo
// with a face yet), or cancelled(); exactly one of them ends a started run.
// Thread safety: GUI-thread object (see BackgroundJob); the work uses its own connection.
#include <QString>

#include "gui/shell/BackgroundJob.h"
#include "workflows/search/CaseSearchOptions.h"
#include "workflows/search/RankedLeads.h"

namespace reunite::gui {

class CaseSearchWorker : public BackgroundJob {
    Q_OBJECT

public:
    explicit CaseSearchWorker(Workstation& workstation, QObject* parent = nullptr);

    // Returns false when a search is already running or the workstation is not ready.
    bool start(qint64 caseId, const workflows::CaseSearchOptions& options);

signals:
    void finished(const reunite::workflows::RankedLeads& results);
    void failed(const QString& message);
    void cancelled();
};

}  // namespace reunite::gui
