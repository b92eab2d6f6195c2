#pragma once
// ImportRunRecord: one bulk import of candidates or photos (table `import_runs`). Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/ImportCounts.h"
#include "db/records/RecordEnums.h"

namespace reunite::db {

struct ImportRunRecord {
    std::int64_t id = 0;
    std::string sourcePath;
    std::string importedBy;
    std::string startedAt;
    std::optional<std::string> finishedAt;  // absent while running
    ImportRunStatus status = ImportRunStatus::Running;
    ImportCounts counts;
    std::string failureReason;  // why a run failed or was cancelled
};

}  // namespace reunite::db
