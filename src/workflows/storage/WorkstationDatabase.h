#pragma once
// Opens a workstation database the way the CLI and the GUI both do: creates missing folders 0700
// (the workstation's own data folder is kept 0700), refuses a database file that is a symbolic link
// or belongs to another account and restricts it to 0600, and runs
// SQLite's quick_check on open only for databases up to kQuickCheckLimitBytes. Larger galleries
// (a million faces is ~1.5 GB) would spend seconds on it at every start; they get the header and
// schema checks on open and a full check on demand (`reunite-cli check`).
// Thread safety: returns a connection for the calling thread.
#include <cstdint>
#include <filesystem>
#include <memory>

#include "db/sqlite/Database.h"

namespace reunite {

constexpr std::uintmax_t kQuickCheckLimitBytes = 256ull << 20;

Result<std::unique_ptr<db::Database>> openWorkstationDatabase(const std::filesystem::path& file);

}  // namespace reunite
