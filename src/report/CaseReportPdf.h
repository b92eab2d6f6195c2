#pragma once
// renderCaseReportPdf: the case report as an A4 PDF, from a CaseReportModel alone.
// Pages: a cover (case facts, the first childhood photo, the statement that scores are leads and
// only DNA confirms, contents with page numbers, generation facts, the content SHA-256 and the
// audit chain head), then childhood photos, relatives, age-progressed images, search runs (each
// run from a new page, its leads in a table whose column titles repeat on every page), review
// decisions, DNA confirmation, and the method appendix with the measured error rates. Every page
// carries a header with the case number and the classification marking and a footer with
// "Page X of Y", the marking again and the digest prefix. PDF bookmarks point at the sections.
// Returns the PDF with the content digest it prints (computed once per report).
// Guarantees: the same model gives byte-identical bytes (no clock, no random ids: the PDF dates
// come from model.generatedAt); fonts are embedded. Errors: Internal when cairo fails.
// Thread safety: reentrant (each call has its own canvas); Pango's font map is shared and
// thread-safe.
#include <string>

#include "domain/Result.h"
#include "report/CaseReportModel.h"

namespace reunite::report {

struct RenderedReport {
    std::string pdf;            // the PDF's bytes
    std::string contentDigest;  // the content SHA-256 printed in it (report/ReportDigest.h)
};

Result<RenderedReport> renderCaseReportPdf(const CaseReportModel& model);

}  // namespace reunite::report
