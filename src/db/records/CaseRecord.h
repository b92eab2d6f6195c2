#pragma once
// CaseRecord: one missing child (row of table `cases`). Plain data.
// Fields marked "set by the repository" are ignored on input and filled on output.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/RecordEnums.h"

namespace reunite::db {

struct CaseRecord {
    std::int64_t id = 0;                     // set by the repository
    std::string caseNumber;                  // unique, not blank
    std::string givenNames;
    std::string familyName;
    Sex sex = Sex::Unknown;
    std::optional<std::string> birthDate;    // "YYYY-MM-DD"
    std::optional<std::string> lastSeenDate;  // "YYYY-MM-DD"
    std::string lastSeenPlace;
    std::string description;
    std::string distinguishingMarks;
    std::string contact;                     // who to call about the child (from a flyer or the family)
    CaseStatus status = CaseStatus::Open;
    std::optional<std::int64_t> assignedTo;  // the account working the case (none: supervisors only);
                                             // set on creation, changed only by CaseRepository::assign
    std::string createdAt;                   // set by the repository
    std::string createdBy;                   // set by the repository
    std::string updatedAt;                   // set by the repository
    std::string updatedBy;                   // set by the repository
};

}  // namespace reunite::db
