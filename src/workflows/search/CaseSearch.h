#pragma once
// CaseSearch: ranks gallery candidates for a case. Probes are the faces of the case's childhood
// photos (one embedding model), compared directly and, when the gallery has the age-invariant
// space and a transform is given, also in that space (photos of the child under 18 or of unknown
// age); the fused distance weighs the parts as the transform's fusion weights say. Filters are derived from the case (sex, a birth-year window around
// its date of birth) plus the analyst's choices (region, source); candidates rejected for this
// case are left out. With the likelihood models, every result's breakdown gains its likelihood
// ratios ("likelihood", see LeadEvidence); when the case's relatives have faces as well, the first
// kKinshipShortlist candidates by distance are re-ranked by the combined (identity + kinship) LR.
// Without relatives' faces the ranking is exactly the distance ranking.
// A case without a childhood photo but with relatives' faces (and the likelihood models) is
// searched by the relatives alone: their faces are the probes ("relative", plain distance, mean of
// the relatives), which choose the first kRelativesOnlyShortlist candidates (every candidate of a
// smaller gallery), and the kinship LR ranks them. Neither childhood photo nor relatives: NoFace.
// The run and its ranked results, with the score breakdown, are stored, and
// recordStored (when given, e.g. the audit entry) runs in the same transaction: when it fails,
// no run is stored.
// Thread safety: uses the Database from the calling thread; the GalleryIndex may be shared.
#include <functional>
#include <memory>
#include <string>

#include "crossage/AgeInvariantTransform.h"
#include "kinship/LikelihoodModels.h"
#include "workflows/search/CaseSearchOptions.h"
#include "db/sqlite/Database.h"
#include "domain/CancellationToken.h"
#include "search/GalleryIndex.h"
#include "db/records/SearchRunRecord.h"

namespace reunite {

struct CaseSearchRequest {
    std::int64_t caseId = 0;
    std::string modelId;
    std::string modelVersion;
    std::string userName;  // the acting user (not blank)
    workflows::CaseSearchOptions options;  // top K, filters, threads (useProgressedProbes is the caller's)
    std::shared_ptr<const AgeInvariantTransform> ageInvariant;  // null: direct comparison only
    std::vector<Probe> progressedProbes;  // from progressedProbesForCase, weighted as the transform says
    std::shared_ptr<const LikelihoodModels> likelihoods;  // null: no likelihood ratios, no kinship
    std::vector<RelativeFaces> relatives;  // relativeFacesOfCase; used only with likelihoods
    std::function<Status(const db::SearchRunRecord&)> recordStored;  // inside the storing transaction
};

struct CaseSearchResult {
    db::SearchRunRecord run;          // as stored, results in rank order
    SearchOutcome outcome;            // the raw matches with their components
    bool relativesOnly = false;       // ranked by the relatives' photos alone (no childhood photo)
    std::size_t shortlist = 0;        // candidates the distance search kept for the ranking
};

Result<CaseSearchResult> runCaseSearch(db::Database& database, const GalleryIndex& gallery,
                                       const CaseSearchRequest& request,
                                       const CancellationToken& cancel = CancellationToken::none());

}  // namespace reunite
