#pragma once
// CaseReportSections: the body sections of the case report, each written into a FlowWriter in the
// report's language: childhood photos, relatives, age-progressed images, search runs with their
// leads, review decisions, DNA confirmation, and the method appendix with measured error rates.
// An empty part says so in one line. Images are referenced from the model, which must outlive
// the drawing of the pages.
// Thread safety: one thread.
#include "report/CaseReportModel.h"
#include "report/FlowWriter.h"

namespace reunite::report {

void writePhotosSection(FlowWriter& writer, const CaseReportModel& model);
void writeRelativesSection(FlowWriter& writer, const CaseReportModel& model);
void writeProgressionsSection(FlowWriter& writer, const CaseReportModel& model);
void writeSearchRunsSection(FlowWriter& writer, const CaseReportModel& model);
void writeDecisionsSection(FlowWriter& writer, const CaseReportModel& model);
void writeDnaSection(FlowWriter& writer, const CaseReportModel& model);
void writeMethodSection(FlowWriter& writer, const CaseReportModel& model);

}  // namespace reunite::report
