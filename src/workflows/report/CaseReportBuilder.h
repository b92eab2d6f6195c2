#pragma once
// CaseReportBuilder: fills a report::CaseReportModel for one case from the database, through the
// application layer's actions: CaseActions::open (case, photos, relatives), ProgressionActions
// (age-progressed images at the child's age on the report date), CaseSearchActions::runs/showRun
// (every stored run with its leads), PhotoActions::faceChip (lead thumbnails), ReviewActions::
// historyForCase (every decision, one query) and candidateRecord (names of reviewed candidates
// outside the runs), and the method figures resource. The renderer (report/CaseReportPdf.h) then needs
// nothing else.
// Inputs: the case id; the report's language and timestamp (normalised ISO 8601; empty: now);
// optional parts the caller supplies: the DNA section and the audit chain head (filled by the
// DNA and audit layers when they exist), a classification marking.
// Guarantees: ViewCases is authorized (each action authorizes itself too); an unknown case ->
// NotFound; unreadable photos and missing optional parts (age model, transform, figures) become
// notes in the report, never a failure; the same database state and timestamp give the same model.
// Progress: one step per photo, progression, run and lead; cancel -> Cancelled. Leads left out
// (topLeads) are counted in the model's leadsLeftOut.
// Each childhood photo is decoded once for its print and its progression.
// Thread safety: uses the Session from the calling thread (run it on a worker with its own Session).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/CancellationToken.h"
#include "domain/Progress.h"
#include "domain/Result.h"
#include "report/CaseReportModel.h"
#include "workflows/cases/CaseFile.h"
#include "workflows/report/DocumentRequest.h"
#include "workflows/search/RankedLeads.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

struct CaseReportRequest {
    DocumentRequest document;    // the case, language and time (empty: now)
    std::string classification;  // empty: the renderer's default marking
    std::optional<report::DnaSection> dna;  // null: the DNA work stored for the case, if any
    std::optional<std::string> auditChainHead;  // null: the trail's head after this report's own entry
    int leadChipSize = 96;     // pixels of a lead thumbnail
    int photoMaxSide = 900;    // pixels of the longer side of a printed photo
    bool progressions = true;  // render age-progressed images
    // null: every stored lead of every run. N: of each run only the leads ranked 1..N and those
    // with a review decision; the other people of the photo database are left out (the run says
    // how many), so that a report shared outside the unit names nobody needlessly.
    std::optional<int> topLeads;
};

class CaseReportBuilder {
public:
    explicit CaseReportBuilder(Session& session) : session_(session) {}

    Result<report::CaseReportModel> build(const CaseReportRequest& request, const ProgressCallback& onProgress = {},
                                          const CancellationToken& cancel = CancellationToken::none());

private:
    Status addPhotos(const CaseFile& file, report::CaseReportModel& model);
    Status addProgression(const db::CaseRecord& theCase, const PhotoWithFaces& photo, Result<Image> decoded,
                          report::CaseReportModel& model);
    Result<std::vector<RankedLeads>> loadRuns(std::int64_t caseId);
    Status addSearchRuns(const std::vector<RankedLeads>& runs, report::CaseReportModel& model);
    Result<report::ReportSearchRun> reportRun(const RankedLeads& leads, int& leftOut);
    Result<report::ReportLead> reportLead(const Lead& lead);
    Status addDecisions(std::int64_t caseId, report::CaseReportModel& model);
    void addMethod(report::CaseReportModel& model);
    Status step();

    Session& session_;
    CaseReportRequest request_;
    ProgressCallback onProgress_;
    CancellationToken cancel_ = CancellationToken::none();
    Progress progress_;
    std::map<std::int64_t, Image> chips_;                 // lead thumbnails by face id
    std::map<std::int64_t, db::CandidateRecord> seen_;    // candidates met in the runs or the decisions
};

}  // namespace reunite::workflows
