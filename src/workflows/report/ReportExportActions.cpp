#include "workflows/report/ReportExportActions.h"

#include "domain/FileBytes.h"
#include "report/CaseReportPdf.h"
#include "report/PosterPdf.h"

namespace reunite::workflows {

Result<ExportedDocument> ReportExportActions::exportCaseReport(const CaseReportRequest& request,
                                                               const std::filesystem::path& destination,
                                                               const ProgressCallback& onProgress,
                                                               const CancellationToken& cancel) {
    if (Status writable = checkOutputPath(destination); !writable) return writable.error();
    Result<report::CaseReportModel> model = CaseReportBuilder(session_).build(request, onProgress, cancel);
    if (!model) return model.error();
    Result<report::RenderedReport> rendered = report::renderCaseReportPdf(model.value());
    if (!rendered) return rendered.error();
    if (cancel.isCancelled()) return makeError(ErrorCode::Cancelled, "the report was cancelled");
    if (Status written = writeFileAtomically(destination, rendered.value().pdf); !written) return written.error();
    ExportedDocument exported{destination, rendered.value().contentDigest, {}};
    for (const std::string& note : model.value().progressionNotes) {
        exported.notes.push_back(Notice{NoticeId::ReportProgressionLeftOut, {note}});
    }
    if (model.value().leadsLeftOut > 0) {
        exported.notes.push_back(Notice{NoticeId::ReportGalleryPeopleLeftOut, {std::to_string(model.value().leadsLeftOut)}});
    }
    return exported;
}

Result<ExportedDocument> ReportExportActions::exportPoster(const PosterRequest& request, const std::filesystem::path& destination) {
    if (Status writable = checkOutputPath(destination); !writable) return writable.error();
    Result<BuiltPoster> poster = PosterBuilder(session_).build(request);
    if (!poster) return poster.error();
    Result<std::string> pdf = report::renderPosterPdf(poster.value().model);
    if (!pdf) return pdf.error();
    if (Status written = writeFileAtomically(destination, pdf.value()); !written) return written.error();
    return ExportedDocument{destination, "", poster.value().notes};
}

}  // namespace reunite::workflows
