#include "db/sqlite/Database.h"

#include <sqlite3.h>

#include <fstream>
#include <span>
#include <thread>
#include <vector>

#include "db/records/FaceBlobCodec.h"
#include "db/sqlite/DatabaseError.h"
#include "domain/Utf8Text.h"
#include "db/sqlite/DatabaseFileCheck.h"
#include "db/sqlite/MigrationRunner.h"

namespace reunite::db {

namespace {

namespace fs = std::filesystem;

// Creates an empty file readable and writable by its owner only; SQLite gives its -wal and -shm
// side files the same permissions.
Status createPrivateEmptyFile(const fs::path& path) {
    {
        std::ofstream file(path, std::ios::binary | std::ios::trunc);
        if (!file) return databaseError("cannot create " + quotedPathText(path));
    }
    std::error_code error;
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, error);
    if (error) return databaseError("cannot restrict the permissions of " + quotedPathText(path) + ": " + error.message());
    return Ok{};
}

// Collects the single-column rows of a check pragma; empty means no problem was reported.
Result<std::vector<std::string>> collectProblems(Database& database, std::string_view sql, int limit) {
    auto statement = database.prepare(sql);
    if (!statement) return statement.error();
    std::vector<std::string> problems;
    while (static_cast<int>(problems.size()) < limit) {
        auto hasRow = statement.value().step();
        if (!hasRow) return hasRow.error();
        if (!hasRow.value()) break;
        std::string problem;
        for (int column = 0; column < statement.value().columnCount(); ++column) {
            if (column > 0) problem += " ";
            problem += statement.value().columnText(column);
        }
        if (problem != "ok") problems.push_back(std::move(problem));
    }
    return problems;
}

struct ConnectionCloser {
    void operator()(sqlite3* connection) const { sqlite3_close_v2(connection); }
};

}  // namespace

Database::Database(sqlite3* connection, fs::path path) : connection_(connection), path_(std::move(path)) {}

Database::~Database() {
    if (!connection_) return;
    sqlite3_exec(connection_, "PRAGMA analysis_limit = 400; PRAGMA optimize;", nullptr, nullptr, nullptr);
    sqlite3_close_v2(connection_);
}

namespace {

// reunite_embedding_check(embedding): embeddingCheck() for SQL (schema migration 5 fills the
// check values of the faces stored before it).
void embeddingCheckFunction(sqlite3_context* context, int, sqlite3_value** values) {
    const auto* data = static_cast<const std::byte*>(sqlite3_value_blob(values[0]));
    const std::size_t size = data ? static_cast<std::size_t>(sqlite3_value_bytes(values[0])) : 0;
    sqlite3_result_int64(context, embeddingCheck(std::span<const std::byte>(data, size)));
}

}  // namespace

Result<std::unique_ptr<Database>> Database::open(const fs::path& path, const OpenOptions& options) {
    auto state = inspectDatabaseFile(path);
    if (!state) return state.error();
    const int supportedVersion = static_cast<int>(options.migrations.size());
    switch (state.value()) {
    case DatabaseFileState::Existing:
        if (auto verified = verifyExistingDatabase(path, supportedVersion, options.quickCheckOnOpen); !verified) {
            return verified.error();
        }
        break;
    case DatabaseFileState::Missing:
        if (auto created = createPrivateEmptyFile(path); !created) return created.error();
        break;
    case DatabaseFileState::Empty:
        break;
    }

    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
        Error error = databaseError(raw, "cannot open " + quotedPathText(path) + " for writing");
        sqlite3_close_v2(raw);
        return error;
    }
    std::unique_ptr<Database> database(new Database(raw, path));
    if (auto configured = database->configure(options); !configured) return configured.error();
    if (auto migrated = applyMigrations(*database, options.migrations); !migrated) {
        return databaseError("cannot use " + quotedPathText(path) + ": " + migrated.error().message);
    }
    if (auto detected = database->detectEncryption(); !detected) return detected.error();
    return database;
}

Status Database::configure(const OpenOptions& options) {
    sqlite3_extended_result_codes(connection_, 1);
    // Defensive: no writable_schema tricks that could corrupt the file; untrusted schema: triggers
    // and views cannot call functions with side effects; double-quoted strings are identifiers only.
    sqlite3_db_config(connection_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(connection_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(connection_, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(connection_, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_busy_timeout(connection_, static_cast<int>(options.busyTimeout.count()));
    if (sqlite3_create_function_v2(connection_, "reunite_embedding_check", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   embeddingCheckFunction, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return databaseError(connection_, "cannot register the embedding check function on " + quotedPathText(path_));
    }

    auto journal = prepare("PRAGMA journal_mode = WAL");
    if (!journal) return journal.error();
    auto journalRow = journal.value().step();
    if (!journalRow) return databaseError("cannot switch " + quotedPathText(path_) + " to WAL journaling: " + journalRow.error().message);
    if (!journalRow.value() || journal.value().columnTextView(0) != "wal") {
        return databaseError("cannot switch " + quotedPathText(path_) +
                             " to WAL journaling (is it on a network or read-only file system?)");
    }
    if (auto pragmas = execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;");
        !pragmas) {
        return pragmas;
    }
    auto foreignKeys = prepare("PRAGMA foreign_keys");
    if (!foreignKeys) return foreignKeys.error();
    auto foreignKeysRow = foreignKeys.value().step();
    if (!foreignKeysRow || !foreignKeysRow.value() || foreignKeys.value().columnInt(0) != 1) {
        return databaseError("this SQLite library cannot enforce foreign keys");
    }
    return Ok{};
}

Status Database::detectEncryption() {
    Result<std::int64_t> keyrings =
        prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'keyring'").andThen([](Statement& statement) {
            return statement.readInt64();
        });
    if (!keyrings) return keyrings.error();
    if (keyrings.value() == 0) return Ok{};
    Result<std::int64_t> keys = prepare("SELECT count(*) FROM keyring").andThen([](Statement& statement) { return statement.readInt64(); });
    if (!keys) return keys.error();
    encrypted_ = keys.value() > 0;
    return Ok{};
}

void Database::useSealer(std::shared_ptr<const FieldSealer> sealer) {
    sealer_ = std::move(sealer);
    if (sealer_) encrypted_ = true;
}

Result<const FieldSealer*> Database::sealerForWriting() const {
    if (encrypted_ && !sealer_) {
        return makeError(ErrorCode::AccessDenied, "the database " + quotedPathText(path_) +
                                                      " is encrypted and locked: unlock it with its passphrase first");
    }
    return sealer_.get();
}

Result<const FieldSealer*> Database::sealerForReading() const {
    if (!sealer_) {
        return makeError(ErrorCode::AccessDenied, "the database " + quotedPathText(path_) +
                                                      " holds sealed values: unlock it with its passphrase first");
    }
    return sealer_.get();
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    const int resultCode = sqlite3_prepare_v3(connection_, sql.data(), static_cast<int>(sql.size()), 0, &statement, nullptr);
    if (resultCode != SQLITE_OK) {
        std::string context = "cannot prepare SQL (";
        context += sql.substr(0, 80);
        context += sql.size() > 80 ? "...)" : ")";
        return databaseError(connection_, context);
    }
    if (!statement) return databaseError("SQL text contains no statement");
    return Statement(statement, connection_);
}

Status Database::execute(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(connection_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string details = message ? message : sqlite3_errmsg(connection_);
        sqlite3_free(message);
        return databaseError(details);
    }
    return Ok{};
}

Status Database::runChangingRows(Statement& statement, std::string_view action, std::string_view missing) {
    if (Status ran = statement.run(); !ran) {
        return databaseError("could not " + std::string(action) + ": " + ran.error().message);
    }
    if (changes() == 0) return notFound(std::string(missing));
    return Ok{};
}

Result<int> Database::schemaVersion() {
    auto statement = prepare("PRAGMA user_version");
    if (!statement) return statement.error();
    auto hasRow = statement.value().step();
    if (!hasRow) return hasRow.error();
    if (!hasRow.value()) return databaseError("PRAGMA user_version returned nothing");
    return statement.value().columnInt(0);
}

std::int64_t Database::lastInsertRowId() const noexcept { return sqlite3_last_insert_rowid(connection_); }

std::int64_t Database::changes() const noexcept { return sqlite3_changes64(connection_); }

bool Database::inTransaction() const noexcept { return sqlite3_get_autocommit(connection_) == 0; }

Status Database::integrityCheck() {
    constexpr int kMaxReported = 10;
    auto pageProblems = collectProblems(*this, "PRAGMA integrity_check", kMaxReported);
    if (!pageProblems) return pageProblems.error();
    auto keyProblems = collectProblems(*this, "PRAGMA foreign_key_check", kMaxReported);
    if (!keyProblems) return keyProblems.error();
    if (pageProblems.value().empty() && keyProblems.value().empty()) return Ok{};
    std::string message = "integrity check of " + quotedPathText(path_) + " failed:";
    for (const auto& problem : pageProblems.value()) message += "\n  " + problem;
    for (const auto& problem : keyProblems.value()) message += "\n  foreign key violation (table rowid parent index): " + problem;
    return databaseError(std::move(message));
}

Status Database::backupTo(const fs::path& destination) {
    if (inTransaction()) return databaseError("cannot back up while a transaction is open; commit or roll back first");
    std::error_code error;
    if (fs::exists(fs::symlink_status(destination, error))) {
        return databaseError("backup destination " + quotedPathText(destination) + " already exists; choose a new file name");
    }
    const fs::path folder = destination.has_parent_path() ? destination.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, error)) {
        return databaseError("backup folder " + quotedPathText(folder) + " does not exist");
    }
    const fs::path partial = destination.string() + ".partial";
    fs::remove(partial, error);
    if (auto created = createPrivateEmptyFile(partial); !created) return created;

    auto fail = [&](std::string message) -> Status {
        std::error_code ignored;
        fs::remove(partial, ignored);
        fs::remove(partial.string() + "-journal", ignored);
        return databaseError("backup to " + quotedPathText(destination) + " failed: " + message);
    };

    {
        sqlite3* raw = nullptr;
        const int opened = sqlite3_open_v2(partial.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        std::unique_ptr<sqlite3, ConnectionCloser> target(raw);
        if (opened != SQLITE_OK) return fail(raw ? sqlite3_errmsg(raw) : "cannot open the temporary file");
        sqlite3_busy_timeout(raw, 5000);

        sqlite3_backup* backup = sqlite3_backup_init(raw, "main", connection_, "main");
        if (!backup) return fail(sqlite3_errmsg(raw));
        int stepResult = SQLITE_OK;
        do {
            stepResult = sqlite3_backup_step(backup, -1);
            if (stepResult == SQLITE_BUSY || stepResult == SQLITE_LOCKED) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        } while (stepResult == SQLITE_OK || stepResult == SQLITE_BUSY || stepResult == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (stepResult != SQLITE_DONE) return fail(sqlite3_errstr(stepResult));

        // A backup should be one self-contained file, so use a rollback journal, not WAL.
        if (sqlite3_exec(raw, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
            return fail(sqlite3_errmsg(raw));
        }
        sqlite3_stmt* check = nullptr;
        if (sqlite3_prepare_v2(raw, "PRAGMA quick_check", -1, &check, nullptr) != SQLITE_OK) {
            return fail(sqlite3_errmsg(raw));
        }
        const bool checkedOk = sqlite3_step(check) == SQLITE_ROW &&
                               std::string_view(reinterpret_cast<const char*>(sqlite3_column_text(check, 0))) == "ok";
        sqlite3_finalize(check);
        if (!checkedOk) return fail("the copy did not pass quick_check");
        if (sqlite3_close(target.release()) != SQLITE_OK) return fail("could not close the copy");
    }

    fs::rename(partial, destination, error);
    if (error) return fail("could not rename the finished copy: " + error.message());
    return Ok{};
}

}  // namespace reunite::db
