#pragma once
// MethodFigures: the measured error rates the report's appendix prints, read from the shipped
// resource report/method_figures.json (figures copied from docs/benchmarks.md, with the commands
// that measure them), in the report's language.
// Errors: ModelMissing when the resource is not installed (naming the places tried); the errors
// of readFileBytes for a file that cannot be read; CorruptData when it is not the expected JSON.
// Thread safety: reads a file; no shared state.
#include <filesystem>

#include "domain/Result.h"
#include "report/CaseReportModel.h"

namespace reunite::workflows {

inline constexpr const char* kMethodFiguresResource = "report/method_figures.json";

Result<report::ReportMethod> loadMethodFigures(report::ReportLanguage language);
Result<report::ReportMethod> readMethodFigures(const std::filesystem::path& file, report::ReportLanguage language);

}  // namespace reunite::workflows
