#pragma once
// Checks that decide whether a file may be opened as a Reunite database, before any read-write
// access. Used by Database::open().
// Inputs: a file path; for verifyExistingDatabase also the schema version this program supports.
// Guarantees: never modify the file. inspectDatabaseFile reads at most the first 100 bytes with
// plain file I/O (no SQLite); verifyExistingDatabase opens the file read-only (SQLite may create
// its usual -wal/-shm side files for a WAL database) and refuses, with a clear message: damaged
// files (PRAGMA quick_check), SQLite files of other programs, and schemas newer than supported.
// Never throw.
// Thread safety: no shared state; safe from any thread.
#include <filesystem>

#include "domain/Result.h"

namespace reunite::db {

enum class DatabaseFileState {
    Missing,   // the file does not exist (its folder does): a new database will be created
    Empty,     // a zero-byte file: treated as a new database (SQLite's own convention)
    Existing,  // starts with a plausible SQLite header; still needs verifyExistingDatabase
};

Result<DatabaseFileState> inspectDatabaseFile(const std::filesystem::path& path);

Status verifyExistingDatabase(const std::filesystem::path& path, int supportedSchemaVersion, bool runQuickCheck);

}  // namespace reunite::db
