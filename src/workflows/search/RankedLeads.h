#pragma once
// RankedLeads: a case search as every screen, command and report shows it: the stored run and
// its ranked candidates, each with its record, its score breakdown and the case's current review
// decision about it. Built in one place (CaseSearchActions) for fresh and stored runs alike.
// Thread safety: plain value type.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/BirthYearRange.h"
#include "domain/Notice.h"
#include "db/records/CandidateRecord.h"
#include "db/records/ReviewDecisionRecord.h"
#include "db/records/SearchResultRow.h"
#include "db/records/SearchRunRecord.h"
#include "search/SearchTypes.h"

namespace reunite::workflows {

struct Lead {
    db::SearchResultRow row;              // rank, score, breakdown JSON, best faces
    std::optional<CandidateMatch> match;  // the raw components (fresh searches only)
    db::CandidateRecord candidate;
    std::optional<db::ReviewDecisionRecord> decision;  // the latest decision, if any
    // The birth years the candidate's faces look (GalleryAgeEstimation.h); shown where no birth
    // year is known, since the filter judged the candidate by them.
    BirthYearRange estimatedBirthYears;
};

struct RankedLeads {
    db::SearchRunRecord run;  // as stored (its result rows are in `leads`)
    std::vector<Lead> leads;  // rank order
    std::size_t galleryFaces = 0;        // faces in the searched gallery
    std::size_t facesCompared = 0;       // faces that passed the filters and were compared
    std::size_t candidatesEligible = 0;  // candidates that passed the filters
    std::vector<Notice> notes;           // what the analyst should know (a probe kind left out, ...)
};

}  // namespace reunite::workflows
