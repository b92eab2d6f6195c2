#pragma once
// Transaction: RAII scope for a database transaction.
// Inputs: begin(database). At the outermost level it issues BEGIN IMMEDIATE (takes the write lock
// at once, so a busy database fails here rather than half-way through); inside another
// transaction it uses a SAVEPOINT, so repository methods that need atomicity compose with a
// caller's larger transaction.
// Guarantees: unless commit() succeeded, the destructor rolls back everything done since begin()
// (also after a failed statement or a failed commit). commit() and rollback() may be called once;
// later calls are errors. Never throws.
// Thread safety: uses the connection; a Database connection is used by one thread at a time.
// Transactions must end in reverse order of beginning (natural with scopes).
#include "domain/Result.h"

namespace reunite::db {

class Database;

class Transaction {
public:
    static Result<Transaction> begin(Database& database);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    Status rollback();

    bool isActive() const noexcept { return database_ != nullptr; }
    bool isNested() const noexcept { return nested_; }

private:
    Transaction(Database& database, bool nested) : database_(&database), nested_(nested) {}

    Database* database_ = nullptr;
    bool nested_ = false;
};

}  // namespace reunite::db
