#pragma once
// Helpers that turn SQLite failures into reunite::Error values with ErrorCode::Database.
// Inputs: an open connection (may be null) and a sentence saying what was being attempted.
// Guarantees: never throw; the message reads "<context>: <sqlite message>".
// Thread safety: reads the connection's last error, so call it on the thread that uses the
// connection, right after the failing call (a Database connection is used by one thread at a time).
#include <string>
#include <string_view>

#include "domain/Result.h"

struct sqlite3;

namespace reunite::db {

Error databaseError(std::string message);
Error databaseError(sqlite3* connection, std::string_view context);
Error invalidArgument(std::string message);
Error notFound(std::string message);

}  // namespace reunite::db
