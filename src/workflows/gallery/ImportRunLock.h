#pragma once
// ImportRunLock: while an import runs, its program holds a FileLock named after the run, beside
// the database (`<database>.locks/import-run-<id>.lock`). Another import that finds a run still
// "running" asks isImportRunAlive(): a run whose lock nobody holds was left by a program that has
// stopped and may be closed as failed; a held one belongs to a live import and is left alone.
// A database without a file (in memory) has no locks: its runs are never alive for another import.
// Thread safety: plain functions.
#include <cstdint>
#include <filesystem>
#include <optional>

#include "domain/FileLock.h"
#include "domain/Result.h"

namespace reunite {

// Nothing (and no error) for a database without a file.
Result<std::optional<FileLock>> lockImportRun(const std::filesystem::path& database, std::int64_t runId);
bool isImportRunAlive(const std::filesystem::path& database, std::int64_t runId);

}  // namespace reunite
