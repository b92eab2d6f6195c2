#include "gui/search/CaseSearchWorker.h"

#include "age/progression/AgeProgressor.h"
#include "db/repositories/CandidateRepository.h"
#include "workflows/search/ProgressedProbe.h"
#include "gui/shell/QtBridge.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "gui/shell/Workstation.h"

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
    request.ageInvariant = workstation().ageInvariantTransform();
    Workstation* station = &workstation();
    return launch([this, station, gallery, pipeline, request](const std::atomic<bool>& cancelRequested) mutable -> Completion {
        auto connection = station->openWorkerConnection();
        if (!connection) {
            const QString message = errorText(connection.error());
            return [this, message] { emit failed(message); };
        }
        QStringList notes;
        if (request.ageInvariant && request.ageInvariant->weights().progressed > 0) {
            if (!ageModel_) {
                auto model = AgeModel::discover();
                if (model) ageModel_ = std::make_shared<const AgeModel>(std::move(model).value());
                else notes << tr("Age-progressed probes were not used: %1").arg(errorText(model.error()));
            }
            if (ageModel_) {
                std::unique_ptr<FacePipeline> embedder = pipeline->clone();
                const AgeProgressor progressor(*ageModel_);
                auto progressed = progressedProbesForCase(*connection.value(), *embedder, progressor, request.caseId, request.modelId);
                if (progressed) {
                    request.progressedProbes = std::move(progressed).value();
                } else {
                    notes << tr("Age-progressed probes were not used: %1").arg(errorText(progressed.error()));
                }
            }
        }
        if (!request.ageInvariant) notes << tr("The age-invariant comparison is not installed: faces were compared directly only.");
        auto results = searchAndDescribe(*connection.value(), *gallery, request, cancelRequested);
        if (!results) {
            if (results.error().code == ErrorCode::Cancelled) return [this] { emit cancelled(); };
            const QString message = results.error().code == ErrorCode::NoFace
                                        ? tr("This case has no childhood photo with a face yet. Add one on the Photos tab first.")
                                        : errorText(results.error());
            return [this, message] { emit failed(message); };
        }
        CaseSearchResults value = std::move(results).value();
        value.notes = notes;
        return [this, value = std::move(value)] { emit finished(value); };
    });
}

}  // namespace reunite::gui
