#include "gui/search/CaseSearchWorker.h"

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/search/CaseSearchActions.h"

namespace reunite::gui {

CaseSearchWorker::CaseSearchWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {
    qRegisterMetaType<workflows::RankedLeads>();
}

bool CaseSearchWorker::start(qint64 caseId, const workflows::CaseSearchOptions& options) {
    if (!workstation().isReady()) return false;
    const workflows::SessionTicket ticket = workstation().ticket();
    return launch([this, ticket, caseId, options](const CancellationToken& cancel) -> Completion {
        Result<workflows::RankedLeads> leads = ticket.run<workflows::RankedLeads>([&](workflows::Session& session) {
            return workflows::CaseSearchActions(session).search(caseId, options, cancel);
        });
        if (!leads) {
            if (leads.error().code == ErrorCode::Cancelled) return [this] { emit cancelled(); };
            const QString message = leads.error().code == ErrorCode::NoFace
                                        ? tr("This case has no childhood photo with a face yet, nor a relative's photo with one. Add one on the Photos "
                                             "or Relatives tab first.")
                                        : errorText(leads.error());
            return [this, message] { emit failed(message); };
        }
        return [this, value = std::move(leads).value()] { emit finished(value); };
    });
}

}  // namespace reunite::gui
