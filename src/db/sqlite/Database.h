#pragma once
// Database: one connection to a Reunite SQLite database file.
// Inputs: open() takes a path. A missing file (in an existing folder) or a zero-byte file becomes
// a new database, created readable by its owner only.
// Guarantees:
//  - An existing file is checked before anything can write to it: the header bytes must read
//    "SQLite format 3\0" and be consistent with the file size; then it is opened read-only to run
//    PRAGMA quick_check and read user_version / application_id. A damaged file, a SQLite file of
//    another program, or a schema newer than this program ("database schema version 7 is newer
//    than this program supports (1); update Reunite") is refused and left byte-for-byte unchanged.
//  - Only then is it opened read-write, with WAL journaling, synchronous=FULL, foreign_keys=ON,
//    secure_delete=ON (deleted personal data is overwritten), busy_timeout, defensive mode and
//    untrusted schema; pending migrations are applied, each in its own transaction.
//  - Every failure is returned as an Error (ErrorCode::Database unless noted); nothing throws.
// Thread safety: a Database connection is used by one thread at a time (SQLite is opened in
// multi-thread mode, without per-connection locks). Use one Database per thread; several
// connections, also from other processes, may share one file (WAL + busy timeout).
// Lifetime: repositories, statements and transactions refer to the Database; it must outlive them.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string_view>

#include "db/sealing/FieldSealer.h"
#include "db/sqlite/Migration.h"
#include "domain/Result.h"
#include "db/schema/SchemaMigrations.h"
#include "db/sqlite/Statement.h"

struct sqlite3;

namespace reunite::db {

struct OpenOptions {
    // PRAGMA quick_check reads every page; it can be switched off for very large databases
    // whose integrity is checked on a schedule instead.
    bool quickCheckOnOpen = true;
    std::chrono::milliseconds busyTimeout{5000};
    // The schema steps to apply; the program's schema unless a test substitutes its own.
    std::span<const Migration> migrations = schemaMigrations();
};

class Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path, const OpenOptions& options = {});

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    const std::filesystem::path& path() const noexcept { return path_; }

    // Prepares one SQL statement.
    Result<Statement> prepare(std::string_view sql);
    // Runs one or more SQL statements that take no parameters; rows are discarded.
    Status execute(std::string_view sql);

    // Runs an UPDATE or DELETE that must change at least one row: a failure becomes a Database
    // error "could not <action>: ...", no changed row becomes NotFound with `missing` as message.
    Status runChangingRows(Statement& statement, std::string_view action, std::string_view missing);

    // PRAGMA user_version.
    Result<int> schemaVersion();
    std::int64_t lastInsertRowId() const noexcept;
    // Rows changed by the most recent INSERT, UPDATE or DELETE.
    std::int64_t changes() const noexcept;
    bool inTransaction() const noexcept;

    // Full PRAGMA integrity_check plus PRAGMA foreign_key_check; the error lists the first problems.
    Status integrityCheck();

    // Copies the whole database with the SQLite online backup API to `destination`, which must not
    // exist yet. The copy is written next to it under a temporary name, switched to a single-file
    // (rollback journal) database, verified with quick_check and only then renamed into place, so
    // `destination` either does not exist or is a complete, checked copy. Readable by owner only.
    // Must be called outside a transaction.
    Status backupTo(const std::filesystem::path& destination);

    // Encryption at rest (db/sealing/FieldSealer.h). A database whose keyring holds a wrapped data
    // key is encrypted: its repositories write personal values only sealed, with the sealer the
    // unlocked key gave (useSealer; attaching one also marks the connection encrypted).
    void useSealer(std::shared_ptr<const FieldSealer> sealer);
    const FieldSealer* sealer() const noexcept { return sealer_.get(); }
    bool isEncrypted() const noexcept { return encrypted_; }
    // The sealer to write with: null for a plain database; ErrorCode::AccessDenied when the
    // database is encrypted and no key was given ("locked"), so nothing is ever written plain.
    Result<const FieldSealer*> sealerForWriting() const;
    // The same rule for reading a sealed value.
    Result<const FieldSealer*> sealerForReading() const;

    // The raw connection, for code in this library.
    sqlite3* handle() const noexcept { return connection_; }

private:
    Database(sqlite3* connection, std::filesystem::path path);
    Status configure(const OpenOptions& options);
    Status detectEncryption();

    sqlite3* connection_ = nullptr;
    std::filesystem::path path_;
    std::shared_ptr<const FieldSealer> sealer_;
    bool encrypted_ = false;
};

}  // namespace reunite::db
