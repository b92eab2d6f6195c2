#pragma once
// ReportExportActions: the user actions "export the case report" and "export the alert poster"
// from start to file: check the destination, fill the model (CaseReportBuilder, PosterBuilder),
// render the PDF (report/CaseReportPdf, report/PosterPdf) and write it whole (domain/FileBytes
// writeFileAtomically, new files 0600: personal data the user shares deliberately).
// The CLI commands `report` / `poster` and the GUI's export entries both call these.
// Inputs: the request (case id, language, timestamp, ...) and the destination file.
// Guarantees: ViewCases authorized (by the builders); an unwritable destination is refused before
// any work (Unreadable, naming the path); unknown case -> NotFound; cancelled -> Cancelled; on any
// failure nothing is left at the destination (an existing file there is untouched).
// Progress: the case report reports one step per photo, progression, run and lead; the poster
// none (it is quick).
// Thread safety: uses the Session from the calling thread (run it on a worker with its own Session).
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Notice.h"
#include "domain/CancellationToken.h"
#include "domain/Progress.h"
#include "domain/Result.h"
#include "workflows/report/CaseReportBuilder.h"
#include "workflows/report/PosterBuilder.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

struct ExportedDocument {
    std::filesystem::path file;
    std::string contentDigest;       // the report's content SHA-256 (empty for a poster)
    std::vector<Notice> notes;  // parts left out and why (no age model, no photo, ...)
};

class ReportExportActions {
public:
    explicit ReportExportActions(Session& session) : session_(session) {}

    Result<ExportedDocument> exportCaseReport(const CaseReportRequest& request, const std::filesystem::path& destination,
                                              const ProgressCallback& onProgress = {},
                                              const CancellationToken& cancel = CancellationToken::none());
    Result<ExportedDocument> exportPoster(const PosterRequest& request, const std::filesystem::path& destination);

private:
    Session& session_;
};

}  // namespace reunite::workflows
