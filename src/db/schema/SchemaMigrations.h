#pragma once
// The Reunite schema as numbered migrations (see Migration.h). Never edit a released migration;
// append a new one instead. applyMigrations() stores the schema version in PRAGMA user_version and
// marks the file with PRAGMA application_id = kReuniteApplicationId.
// Thread safety: immutable data, safe from any thread.
#include <cstdint>
#include <span>

#include "db/sqlite/Migration.h"

namespace reunite::db {

// "REUN" in ASCII: identifies a Reunite database file in its header.
constexpr std::int32_t kReuniteApplicationId = 0x5245554E;

std::span<const Migration> schemaMigrations();

// The schema version this program creates and understands (= number of migrations).
int currentSchemaVersion();

}  // namespace reunite::db
