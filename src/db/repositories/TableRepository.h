#pragma once
// TableRepository<Record>: what every repository of one table shares — reading a row by its key,
// selecting records with a clause, inserting and updating a record through its RecordTable, and
// deleting by key — so that a repository states only its own queries and checks.
// Inputs: the noun that names one row in messages ("case", "DNA request"), the table's name and
// its columns (RecordTable.h; one table per record type, made once); clauses are SQL text after
// "FROM <table> " with positional parameters.
// Guarantees: an unknown key -> ErrorCode::NotFound "<noun> <id> does not exist"; text that is not
// UTF-8 (Statement::bindText, also in child rows) -> ErrorCode::InvalidArgument naming the
// column, and the write does not happen; another
// failed write -> ErrorCode::Database with the WriteFailure's message for a UNIQUE or FOREIGN KEY
// failure, or its action and SQLite's message; records returned by writes are re-read. In an
// encrypted database (Database::useSealer) sealed columns are written sealed (RecordTable.h) and
// a new row's key is chosen inside the insert's transaction; while it is locked a write of a
// table with sealed columns is refused (AccessDenied) and nothing is written. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/repositories/RecordTable.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Transaction.h"
#include "db/records/Timestamps.h"
#include "domain/Result.h"

namespace reunite::db {

// What to say when a write fails: `action` completes "could not …"; the others, when given,
// replace the message for that constraint (a CHECK failure is then ErrorCode::InvalidArgument).
struct WriteFailure {
    std::string action;
    std::string onUnique = {};
    std::string onForeignKey = {};
    std::string onCheck = {};
};

// For records that carry child rows in another table (an STR profile's loci): how to store them
// under a new parent id (in the parent's transaction) and how to load them into a read record.
template <typename Record>
struct ChildRows {
    Status (*store)(Database& database, std::int64_t parentId, const Record& record) = nullptr;
    Status (*load)(Database& database, Record& record) = nullptr;
};

// Runs the INSERT `sql` once for each child row, bound by bind(statement, position, row); when
// one fails, returns failed(row, statement, error) — the statement tells which constraint failed
// — as InvalidArgument when the row's text was refused (not UTF-8).
template <typename Row, typename Bind, typename Failed>
Status insertEachRow(Database& database, std::string_view sql, const std::vector<Row>& rows, Bind&& bind, Failed&& failed) {
    Result<Statement> statement = database.prepare(sql);
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    for (std::size_t position = 0; position < rows.size(); ++position) {
        insert.reset();
        bind(insert, static_cast<std::int64_t>(position), rows[position]);
        if (Status inserted = insert.run(); !inserted) {
            Status reported = failed(rows[position], insert, inserted.error());
            // Bad input (text that is not UTF-8) stays bad input, whatever the row's message says.
            if (!reported && inserted.error().code == ErrorCode::InvalidArgument) return invalidArgument(reported.error().message);
            return reported;
        }
    }
    return Ok{};
}

// Reads the rows of `table` that `clause` selects for `parentId` (its only parameter) into `rows`.
template <typename Row>
Status readChildRows(Database& database, const RecordTable<Row>& table, std::string_view clause, std::int64_t parentId,
                     std::vector<Row>& rows) {
    return database.prepare(table.select() + std::string(clause)).andThen([&](Statement& statement) -> Status {
        statement.bindInt64(1, parentId);
        Result<std::vector<Row>> read = statement.readAll<Row>([&](const Statement& row) { return table.read(row, database); });
        if (!read) return read.error();
        rows = std::move(read).value();
        return Ok{};
    });
}

template <typename Record>
class TableRepository {
public:
    Result<Record> get(std::int64_t id) {
        return selectOne("WHERE id = ?", id);
    }

    // Seals the rows stored plain (written before the database was encrypted; RecordTable.h), in
    // pages, inside the caller's transaction; returns how many. Needs the connection's sealer.
    Result<std::int64_t> sealPlainRows() {
        if (!table_.hasSealedColumns()) return std::int64_t{0};
        Result<const FieldSealer*> sealer = database_.sealerForReading();
        if (!sealer) return sealer.error();
        Result<Statement> update = database_.prepare(table_.reseal());
        if (!update) return update.error();
        std::int64_t sealed = 0;
        std::int64_t after = 0;  // pages follow the key, so that no page rescans the rows sealed before it
        while (true) {
            Result<std::vector<Record>> page = selectAll("WHERE sealed IS NULL AND id > ? ORDER BY id LIMIT 500", after);
            if (!page) return page.error();
            if (page.value().empty()) return sealed;
            after = page.value().back().id;
            if (Status resealed = resealRows(update.value(), page.value(), *sealer.value()); !resealed) return resealed.error();
            sealed += static_cast<std::int64_t>(page.value().size());
        }
    }

protected:
    // `columns` describe the table `table` once per record type: the first repository built
    // makes the RecordTable, later ones share it.
    TableRepository(Database& database, std::string_view noun, std::string_view table,
                    std::initializer_list<RecordColumn<Record>> columns, ChildRows<Record> children = {})
        : database_(database), table_(tableOf(table, columns)), children_(children), noun_(noun) {}

    template <typename... Values>
    Result<std::vector<Record>> selectAll(std::string_view clause, const Values&... values) {
        return prepareSelect(clause, values...).andThen([&](Statement& statement) {
            return statement.readAll<Record>([this](const Statement& row) { return readWithChildren(row); });
        });
    }
    template <typename... Values>
    Result<std::optional<Record>> selectOptional(std::string_view clause, const Values&... values) {
        return prepareSelect(clause, values...).andThen([&](Statement& statement) {
            return statement.readOptional<Record>([this](const Statement& row) { return readWithChildren(row); });
        });
    }
    // Calls visit(const Record&) -> ScanStep for each record `clause` selects, one at a time (none
    // is kept), until it returns Stop; a record that cannot be read stops with its error.
    template <typename Visitor, typename... Values>
    Status forEachSelected(std::string_view clause, Visitor&& visit, const Values&... values) {
        return prepareSelect(clause, values...).andThen([&](Statement& statement) -> Status {
            std::optional<Error> failure;
            Result<std::int64_t> visited = statement.forEachRow([&](const Statement& row) {
                Result<Record> record = readWithChildren(row);
                if (!record) {
                    failure = record.error();
                    return ScanStep::Stop;
                }
                return visit(static_cast<const Record&>(record.value()));
            });
            if (!visited) return visited.error();
            if (failure) return *failure;
            return Ok{};
        });
    }
    // The record with key `id`, selected by `clause` (which binds the id as its only parameter).
    Result<Record> selectOne(std::string_view clause, std::int64_t id) {
        return prepareSelect(clause, id).andThen([&](Statement& statement) {
            return statement.readOne<Record>([this](const Statement& row) { return readWithChildren(row); }, missing(id));
        });
    }
    // Writes the sealed values of the stored row record.id again from `record` (nothing in a plain
    // database): for a repository's own UPDATE that changed a sealed column, in its transaction.
    Status resealRecord(const Record& record) {
        Result<const FieldSealer*> sealer = sealerFor();
        if (!sealer) return sealer.error();
        if (!sealer.value()) return Ok{};
        Result<Statement> update = database_.prepare(table_.reseal());
        if (!update) return update.error();
        return resealRows(update.value(), {record}, *sealer.value());
    }
    // Inserts every column but the key (the stamped ones by `userName`, now), and the child rows
    // in the same transaction; returns the stored record.
    // A sealed row is bound to its key, so in an encrypted database the key is chosen first (the
    // next after the largest, as SQLite would) inside the write's transaction.
    Result<Record> insertRecord(const Record& record, std::string_view userName, const WriteFailure& failure) {
        const WriteStamp stamp{userName, currentUtcTimestamp()};
        Result<const FieldSealer*> sealer = sealerFor();
        if (!sealer) return sealer.error();
        if (!children_.store && !sealer.value()) {
            return writeRecord(table_.insert(), record, stamp, failure, {}).andThen([&](Ok) {
                return get(database_.lastInsertRowId());
            });
        }
        Result<Transaction> transaction = Transaction::begin(database_);
        if (!transaction) return transaction.error();
        Result<std::int64_t> id = !sealer.value() ? Result<std::int64_t>(0) : table_.hasKeyColumn() ? nextKey() : Result<std::int64_t>(record.id);
        if (!id) return id.error();
        const WriteTarget target{false, sealer.value(), id.value()};
        if (Status written = writeRecord(sealer.value() ? table_.insertWithKey() : table_.insert(), record, stamp, failure, target);
            !written) {
            return written.error();
        }
        const std::int64_t stored = sealer.value() ? id.value() : database_.lastInsertRowId();
        if (children_.store) {
            if (Status storedChildren = children_.store(database_, stored, record); !storedChildren) return storedChildren.error();
        }
        if (Status committed = transaction.value().commit(); !committed) return committed.error();
        return get(stored);
    }
    // Updates the editable columns of the row with key record.id; returns the stored record.
    Result<Record> updateRecord(const Record& record, std::string_view userName, const WriteFailure& failure) {
        const std::int64_t id = record.id;
        const WriteStamp stamp{userName, currentUtcTimestamp()};
        Result<const FieldSealer*> sealer = sealerFor();
        if (!sealer) return sealer.error();
        Record written = record;
        if (sealer.value() && table_.hasFixedSealedColumns()) {
            Result<Record> stored = get(id);
            if (!stored) return stored.error();
            table_.keepFixedSealed(stored.value(), written);
        }
        return writeRecord(table_.update(), written, stamp, failure, {true, sealer.value(), id}).andThen([&](Ok) -> Result<Record> {
            if (database_.changes() == 0) return notFound(missing(id));
            return get(id);
        });
    }
    // What to look `value` of `column` up by in a WHERE clause (RecordTable::lookupValue).
    Result<std::string> lookupValue(std::string_view column, std::string_view value) const {
        return table_.lookupValue(column, value, database_.sealer());
    }
    Status removeByKey(std::int64_t id) {
        return database_.prepare("DELETE FROM " + table_.name() + " WHERE id = ?")
            .andThen([&](Statement& statement) {
                statement.bindInt64(1, id);
                return database_.runChangingRows(statement, "delete " + missingNoun(id), missing(id));
            });
    }
    std::string missing(std::int64_t id) const { return missingNoun(id) + " does not exist"; }

    Database& database_;
    const RecordTable<Record>& table_;

private:
    // One table per record type: the first repository built makes it; a second table for the same
    // type is a programming error, refused loudly rather than silently read as the first.
    static const RecordTable<Record>& tableOf(std::string_view table, std::initializer_list<RecordColumn<Record>> columns) {
        static const RecordTable<Record> shared(table, std::vector<RecordColumn<Record>>(columns));
        if (shared.name() != table) {
            std::fprintf(stderr, "reunite: record type of table %s already maps table %s\n", std::string(table).c_str(),
                         shared.name().c_str());
            std::abort();
        }
        return shared;
    }
    // Where a write goes: an UPDATE or an INSERT, sealed with `sealer` (when not null) for row `id`.
    struct WriteTarget {
        bool forUpdate = false;
        const FieldSealer* sealer = nullptr;
        std::int64_t id = 0;
    };
    // The sealer writes of this table use: none for a table without sealed columns.
    Result<const FieldSealer*> sealerFor() const {
        if (!table_.hasSealedColumns()) return static_cast<const FieldSealer*>(nullptr);
        return database_.sealerForWriting();
    }
    Result<std::int64_t> nextKey() {
        return database_.prepare("SELECT coalesce(max(id), 0) + 1 FROM " + table_.name()).andThen([](Statement& statement) {
            return statement.readInt64();
        });
    }
    Result<Record> readWithChildren(const Statement& row) {
        Result<Record> read = table_.read(row, database_);
        if (!read) return read.error();
        Record record = std::move(read).value();
        if (children_.load) {
            if (Status loaded = children_.load(database_, record); !loaded) return loaded.error();
        }
        return record;
    }
    std::string missingNoun(std::int64_t id) const { return std::string(noun_) + " " + std::to_string(id); }
    // Writes each row's values sealed through `update` (table_.reseal(), prepared once per pass).
    Status resealRows(Statement& update, const std::vector<Record>& rows, const FieldSealer& sealer) {
        for (const Record& record : rows) {
            update.reset();
            if (Status bound = table_.bindReseal(update, record, sealer, record.id); !bound) return bound;
            if (Status ran = update.run(); !ran) return databaseError("could not seal " + missingNoun(record.id) + ": " + ran.error().message);
        }
        return Ok{};
    }
    template <typename... Values>
    Result<Statement> prepareSelect(std::string_view clause, const Values&... values) {
        return database_.prepare(table_.select() + std::string(clause)).andThen([&](Statement& statement) {
            bindPositional(statement, 1, values...);
            return Result<Statement>(std::move(statement));
        });
    }
    Status writeRecord(const std::string& sql, const Record& record, const WriteStamp& stamp, const WriteFailure& failure,
                       const WriteTarget& target) {
        return database_.prepare(sql).andThen([&](Statement& statement) -> Status {
            Status bound = target.forUpdate ? table_.bindUpdate(statement, record, target.id, stamp, target.sealer)
                                            : table_.bindInsert(statement, record, stamp, target.sealer, target.id);
            if (!bound) return bound.error();
            Status ran = statement.run();
            if (ran) return Ok{};
            if (ran.error().code == ErrorCode::InvalidArgument) return invalidArgument("could not " + failure.action + ": " + ran.error().message);
            if (statement.failedOnUniqueConstraint() && !failure.onUnique.empty()) return databaseError(failure.onUnique);
            if (statement.failedOnForeignKey() && !failure.onForeignKey.empty()) return databaseError(failure.onForeignKey);
            if (statement.failedOnCheckConstraint() && !failure.onCheck.empty()) {
                return invalidArgument(failure.onCheck + ": " + ran.error().message);
            }
            return databaseError("could not " + failure.action + ": " + ran.error().message);
        });
    }

    ChildRows<Record> children_;
    std::string_view noun_;
};

}  // namespace reunite::db
