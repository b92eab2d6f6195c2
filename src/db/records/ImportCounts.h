#pragma once
// ImportCounts: progress counters of an import run (columns of table `import_runs`). Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>

namespace reunite::db {

struct ImportCounts {
    std::int64_t itemsSeen = 0;      // rows or files looked at
    std::int64_t itemsImported = 0;  // newly stored
    std::int64_t itemsSkipped = 0;   // already present (e.g. same source reference or file)
    std::int64_t itemsFailed = 0;    // see the run's import errors
    std::int64_t photosAdded = 0;
    std::int64_t facesAdded = 0;
};

}  // namespace reunite::db
