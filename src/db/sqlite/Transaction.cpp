#include "db/sqlite/Transaction.h"

#include <utility>

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"

namespace reunite::db {

namespace {
constexpr const char* kSavepointName = "reunite_nested";
}

Result<Transaction> Transaction::begin(Database& database) {
    const bool nested = database.inTransaction();
    const Status begun = nested ? database.execute(std::string("SAVEPOINT ") + kSavepointName)
                                : database.execute("BEGIN IMMEDIATE");
    if (!begun) return databaseError("could not begin a transaction: " + begun.error().message);
    return Transaction(database, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : database_(std::exchange(other.database_, nullptr)), nested_(other.nested_) {}

Transaction::~Transaction() {
    // A destructor cannot report: if this rollback fails, SQLite rolls the open transaction back
    // when the connection closes, and the next begin() on the connection reports the problem.
    if (database_ && !rollback()) database_ = nullptr;
}

Status Transaction::commit() {
    if (!database_) return databaseError("transaction already ended");
    if (!nested_ && !database_->inTransaction()) {
        database_ = nullptr;
        return databaseError("cannot commit: SQLite already rolled the transaction back after an error");
    }
    const Status committed = nested_ ? database_->execute(std::string("RELEASE ") + kSavepointName)
                                     : database_->execute("COMMIT");
    if (!committed) return databaseError("could not commit: " + committed.error().message);
    database_ = nullptr;
    return Ok{};
}

Status Transaction::rollback() {
    if (!database_) return databaseError("transaction already ended");
    Database& database = *std::exchange(database_, nullptr);
    // After some errors (disk full, I/O) SQLite has already rolled back the whole transaction.
    if (!database.inTransaction()) return Ok{};
    if (!nested_) return database.execute("ROLLBACK");
    // ROLLBACK TO keeps the savepoint open; RELEASE then removes it.
    const Status rolledBack = database.execute(std::string("ROLLBACK TO ") + kSavepointName);
    const Status released = database.execute(std::string("RELEASE ") + kSavepointName);
    if (!rolledBack) return rolledBack;
    return released;
}

}  // namespace reunite::db
