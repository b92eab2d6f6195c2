#pragma once
// DocumentRequest: what every exported document (case report, alert poster) is asked for with:
// the case, the language, and the time it is made for. The CLI and the GUI fill it once and hand
// it to either request.
// Thread safety: plain value type.
#include <cstdint>
#include <string>

#include "report/ReportLanguage.h"
#include "report/ReportTimestamp.h"

namespace reunite::workflows {

struct DocumentRequest {
    std::int64_t caseId = 0;
    report::ReportLanguage language = report::ReportLanguage::English;
    std::string timestamp;  // normalised ISO 8601 (report::normaliseReportTimestamp); empty: now
};

// The time the document is made for: the request's, or now (read once per document).
inline std::string documentTime(const DocumentRequest& request) {
    return request.timestamp.empty() ? report::currentReportTimestamp() : request.timestamp;
}

}  // namespace reunite::workflows
