#pragma once
// applyMigrations: brings a database to the newest version of a migration list.
// Inputs: an open read-write connection with no transaction in progress, and the ordered list of
// migrations (element i moves version i -> i + 1).
// Guarantees: each pending migration runs in its own BEGIN IMMEDIATE transaction that also sets
// PRAGMA user_version and PRAGMA application_id (marking the file as Reunite's) and runs
// PRAGMA foreign_key_check; a failing step rolls back completely, leaving the database at the
// previous version, and the error names the step. A database whose user_version is newer than
// the list is refused and not modified. Never throws.
// Thread safety: uses the connection; a Database connection is used by one thread at a time.
#include <span>
#include <string>

#include "db/sqlite/Migration.h"
#include "domain/Result.h"

namespace reunite::db {

class Database;

// The refusal message for a database written by a newer program.
std::string newerSchemaMessage(int databaseVersion, int supportedVersion);

Status applyMigrations(Database& database, std::span<const Migration> migrations);

}  // namespace reunite::db
