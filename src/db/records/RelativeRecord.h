#pragma once
// RelativeRecord: a relative of a missing child (row of table `relatives`), whose photos can help
// recognise the child as an adult. Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/RecordEnums.h"

namespace reunite::db {

struct RelativeRecord {
    std::int64_t id = 0;  // set by the repository
    std::int64_t caseId = 0;
    Relation relation = Relation::Other;
    std::string givenNames;
    std::string familyName;
    Sex sex = Sex::Unknown;
    std::optional<std::string> birthDate;  // "YYYY-MM-DD"
    std::string notes;
    std::string createdAt;  // set by the repository
    std::string createdBy;  // set by the repository
    std::string updatedAt;  // set by the repository
    std::string updatedBy;  // set by the repository
};

}  // namespace reunite::db
