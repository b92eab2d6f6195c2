#pragma once
// Opens the workstation database for a CLI command: --db PATH or the workstation's default,
// creating its folder when needed.
#include <memory>
#include <optional>
#include <string>

#include "db/sqlite/Database.h"
#include "domain/Result.h"

namespace reunite::cli {

Result<std::unique_ptr<db::Database>> openDatabase(const std::optional<std::string>& path);
std::string currentUserName();

}  // namespace reunite::cli
