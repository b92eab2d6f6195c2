#pragma once
// RetentionPolicyRecord: how long the photos and faces of closed cases are kept (the one row of
// table `retention_policy`). Plain data.
// Thread safety: plain value type, no shared state.
#include <optional>
#include <string>

namespace reunite::db {

struct RetentionPolicyRecord {
    std::optional<int> purgeAfterDays;  // none: kept until removed by hand
    std::string changedAt;              // empty: never set
    std::string changedBy;
};

}  // namespace reunite::db
