#pragma once
// CaseSearchActions: the case search — the one way to rank gallery candidates for a case, used
// by the CLI, the GUI and the tests alike — and the display of stored runs.
// search(): loads what the search needs through the engine (gallery, age-invariant transform,
// age model for progressed probes), builds the probes, runs and stores the search, and returns
// the ranked leads. Optional parts that are missing or fail (the transform, progressed probes)
// leave a note in RankedLeads::notes and the search goes on; missing face models are an error.
// With the likelihood models every lead carries its likelihood ratios, and the photos of the case's
// relatives join the ranking (CaseSearch); a note says so.
// Guarantees: SearchCases is authorized (ViewCases for stored runs); a case without a usable
// face -> NoFace; a cancelled search -> Cancelled and nothing stored.
// Thread safety: uses the Session from the calling thread; the engine's gallery is shared.
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/CancellationToken.h"
#include "domain/Result.h"
#include "workflows/search/CaseSearch.h"
#include "workflows/search/CaseSearchOptions.h"
#include "workflows/search/RankedLeads.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

class CaseSearchActions {
public:
    explicit CaseSearchActions(Session& session) : session_(session) {}

    Result<RankedLeads> search(std::int64_t caseId, const CaseSearchOptions& options,
                               const CancellationToken& cancel = CancellationToken::none());
    // A stored run as ranked leads (current decisions as of now).
    Result<RankedLeads> showRun(std::int64_t runId);
    // The newest run of the case, if any.
    Result<std::optional<RankedLeads>> latestRun(std::int64_t caseId);
    // Runs of the case, newest first, without their results.
    Result<std::vector<db::SearchRunRecord>> runs(std::int64_t caseId);

private:
    Result<std::vector<Probe>> progressedProbes(std::int64_t caseId, const FacePipeline& prototype,
                                                std::vector<Notice>& notes);
    Status addLikelihoodEvidence(CaseSearchRequest& request, std::vector<Notice>& notes);
    Result<RankedLeads> describe(db::SearchRunRecord run, const std::vector<CandidateMatch>& matches);
    Session& session_;
};

}  // namespace reunite::workflows
