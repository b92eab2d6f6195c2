#pragma once
// CaseSearchWorker: runs reunite::runCaseSearch for one case off the GUI thread over the
// Workstation's shared GalleryIndex (the run and its ranked results are stored), then reads the
// candidates' records and the case's current review decisions for display. Like the CLI, it fuses
// the direct comparison with the age-invariant space when the Workstation has the transform, and
// adds age-progressed probes when the transform's fusion weights use them and the age model is
// installed (otherwise the run goes on without them and says so in CaseSearchResults::notes).
// Inputs: start(request): a CaseSearchRequest; model id/version, user name, transform and
// progressed probes are filled here.
// Guarantees: finished() with the results, or failed() with a message fit for the user (e.g. the
// case has no photo with a face yet), or cancelled(); exactly one of them ends a started run.
// Thread safety: GUI-thread object (see BackgroundJob); own database connection per run.
#include <memory>

#include <QString>

#include "gui/shell/BackgroundJob.h"
#include "workflows/search/CaseSearch.h"
#include "age/model/AgeModel.h"
#include "gui/search/CaseSearchResults.h"

namespace reunite::gui {

class CaseSearchWorker : public BackgroundJob {
    Q_OBJECT

public:
    explicit CaseSearchWorker(Workstation& workstation, QObject* parent = nullptr);

    // Returns false when a search is already running or the workstation is not ready.
    bool start(CaseSearchRequest request);

signals:
    void finished(const reunite::gui::CaseSearchResults& results);
    void failed(const QString& message);
    void cancelled();

private:
    std::shared_ptr<const AgeModel> ageModel_;  // loaded on first use, by the work thread only
};

}  // namespace reunite::gui
