#include "report/ReportTimestamp.h"

#include "domain/IsoDateTime.h"

namespace reunite::report {

Result<std::string> normaliseReportTimestamp(std::string_view text) {
    const auto time = parseIsoTimestamp(text);
    if (!time) {
        return makeError(ErrorCode::InvalidArgument, "'" + std::string(text) +
                                                         "' is not a timestamp: use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (ISO 8601)");
    }
    return formatUtcSeconds(*time);
}

std::string currentReportTimestamp() { return currentUtcSeconds(); }

}  // namespace reunite::report
