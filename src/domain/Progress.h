#pragma once
// Progress: the one progress report of long work (face batches, imports, gallery loading, GUI
// jobs). `processed` items have been worked on; `saved` of them are committed to the database
// (an import shows both, so the figure on screen never overstates what is stored); `faces`,
// `failed` and `skipped` count what processing found. Rates and the remaining time are
// estimates from the work done so far (0 when unknown).
// Thread safety: a plain value; callbacks may be called from worker threads (see the caller).
#include <cstddef>
#include <functional>

namespace reunite {

struct Progress {
    std::size_t processed = 0;
    std::size_t total = 0;
    std::size_t saved = 0;
    std::size_t faces = 0;
    std::size_t failed = 0;
    std::size_t skipped = 0;
    double itemsPerSecond = 0;
    double facesPerSecond = 0;
    double etaSeconds = 0;
};

using ProgressCallback = std::function<void(const Progress&)>;

}  // namespace reunite
