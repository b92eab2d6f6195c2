#pragma once
// CaseSummary: the facts of a missing-child case that reports and posters print, as plain values
// (filled by workflows/report/ReportCaseSummary.h from the case record).
// Thread safety: plain value type.
#include <optional>
#include <string>

#include "domain/Sex.h"

namespace reunite::report {

struct CaseSummary {
    std::string caseNumber;
    std::string givenNames;
    std::string familyName;
    Sex sex = Sex::Unknown;
    std::optional<std::string> birthDate;
    std::optional<std::string> lastSeenDate;
    std::string lastSeenPlace;
    std::string description;
    std::string distinguishingMarks;
    std::string contact;    // who to call about the child, as the case records it
    std::string statusKey;  // "open", "found", "closed"
    std::string createdAt;
    std::string createdBy;
    std::string updatedAt;
    std::string updatedBy;
};

}  // namespace reunite::report
