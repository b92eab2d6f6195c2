#pragma once
// Migration: one numbered schema step. In a list of migrations, element i moves the schema from
// version i to version i + 1 (so the first element creates version 1).
// Guarantees: plain value type; the SQL is applied by applyMigrations() inside its own transaction.
// Thread safety: immutable data, safe from any thread.
#include <string_view>

namespace reunite::db {

struct Migration {
    std::string_view description;  // one line, shown in error messages
    std::string_view sql;          // one or more statements, no BEGIN/COMMIT
};

}  // namespace reunite::db
