#include "CaseSearchWorker.h"

#include "CandidateRepository.h"
#include "QtBridge.h"
#include "ReviewDecisionRepository.h"
#include "Workstation.h"

namespace reunite::gui {
namespace {

Result<CaseSearchResults> searchAndDescribe(db::Database& database, const GalleryIndex& gallery,
                                            const CaseSearchRequest& request, const std::atomic<bool>& cancelled) {
    auto searched = runCaseSearch(database, gallery, request, &cancelled);
    if (!searched) return searched.error();
    CaseSearchResults results;
    results.run = searched.value().run;
    results.run.results.clear();
    results.facesScanned = searched.value().outcome.facesScanned;
    results.candidatesEligible = searched.value().outcome.candidatesEligible;
    results.searchMilliseconds = searched.value().outcome.milliseconds;

    db::CandidateRepository candidates(database);
    db::ReviewDecisionRepository reviews(database);
    const auto& rows = searched.value().run.results;
    const auto& matches = searched.value().outcome.matches;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SearchResultEntry entry;
        entry.row = rows[i];
        if (i < matches.size()) entry.match = matches[i];
        auto candidate = candidates.get(entry.row.candidateId);
        if (!candidate) return candidate.error();
        entry.candidate = candidate.value();
        auto decision = reviews.currentDecision(request.caseId, entry.row.candidateId);
        if (!decision) return decision.error();
        entry.decision = decision.value();
        results.entries.push_back(std::move(entry));
    }
    return results;
}

}  // namespace

CaseSearchWorker::CaseSearchWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool CaseSearchWorker::start(CaseSearchRequest request) {
    const std::shared_ptr<const FacePipeline> pipeline = workstation().pipeline();
    const std::shared_ptr<GalleryIndex> gallery = workstation().gallery();
    if (!pipeline || !gallery || !workstation().isReady()) return false;
    request.modelId = pipeline->embeddingModelId();
    request.modelVersion = pipeline->embeddingModelVersion();
    request.userName = workstation().userNameUtf8();
    Workstation* station = &workstation();
    return launch([this, station, gallery, request](const std::atomic<bool>& cancelRequested) -> Completion {
        auto connection = station->openWorkerConnection();
        if (!connection) {
            const QString message = errorText(connection.error());
            return [this, message] { emit failed(message); };
        }
        auto results = searchAndDescribe(*connection.value(), *gallery, request, cancelRequested);
        if (!results) {
            if (results.error().code == ErrorCode::Cancelled) return [this] { emit cancelled(); };
            const QString message = results.error().code == ErrorCode::NoFace
                                        ? tr("This case has no childhood photo with a face yet. Add one on the Photos tab first.")
                                        : errorText(results.error());
            return [this, message] { emit failed(message); };
        }
        return [this, value = std::move(results).value()] { emit finished(value); };
    });
}

}  // namespace reunite::gui
