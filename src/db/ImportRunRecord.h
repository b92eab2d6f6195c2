#pragma once
// ImportRunRecord / ImportErrorRecord: one bulk import (of candidates or photos) and the problems
// it met (tables `import_runs` and `import_errors`). Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "RecordEnums.h"

namespace reunite::db {

struct ImportCounts {
    std::int64_t itemsSeen = 0;      // rows or files looked at
    std::int64_t itemsImported = 0;  // newly stored
    std::int64_t itemsSkipped = 0;   // already present (e.g. same source reference or file)
    std::int64_t itemsFailed = 0;    // see the run's import errors
    std::int64_t photosAdded = 0;
    std::int64_t facesAdded = 0;
};

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

struct ImportErrorRecord {
    std::int64_t id = 0;
    std::int64_t importRunId = 0;
    std::string file;
    std::optional<std::int64_t> rowNumber;  // 1-based row of a table file, when it applies
    std::string message;
    std::string recordedAt;
};

}  // namespace reunite::db
