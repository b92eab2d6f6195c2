#include "db/sqlite/DatabaseError.h"

#include <sqlite3.h>

namespace reunite::db {

Error databaseError(std::string message) {
    return makeError(ErrorCode::Database, std::move(message));
}

Error databaseError(sqlite3* connection, std::string_view context) {
    std::string message(context);
    message += ": ";
    message += connection ? sqlite3_errmsg(connection) : "no database connection";
    return makeError(ErrorCode::Database, std::move(message));
}

Error invalidArgument(std::string message) {
    return makeError(ErrorCode::InvalidArgument, std::move(message));
}

Error notFound(std::string message) {
    return makeError(ErrorCode::NotFound, std::move(message));
}

}  // namespace reunite::db
