#pragma once
// Statement: one prepared SQLite statement, finalized automatically (RAII). Created by
// Database::prepare().
// Inputs: parameters are bound by name (":case_number") or by 1-based index with the typed
// bind helpers; text and blobs are copied at bind time, so the arguments may be temporaries.
// Guarantees: the first bind failure (unknown name, out-of-range index, too large) is remembered
// and reported by the next step() or run(), so a chain of binds needs a single check. Text that
// is not well-formed UTF-8 is such a failure (InvalidArgument naming the parameter), so nothing
// stored can break a later reader; only bindPathText takes any bytes (a file path kept as the
// file system gave it). Column
// accessors never throw; NULL reads as 0 / "" / empty span / std::nullopt. A view returned by
// columnBlob() or columnTextView() is valid until the next step(), reset() or destruction.
// The typed row readers (readAll, readOptional, readOne, forEachRow) step through the rows and
// turn each into a value with a reader `T read(const Statement&)`, in place of hand-written loops.
// Nothing here throws.
// Thread safety: belongs to its Database connection; a Database connection (and its statements)
// is used by one thread at a time.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"
#include "db/records/ScanStep.h"
#include "db/sqlite/StatementParameter.h"

struct sqlite3;
struct sqlite3_stmt;

namespace reunite::db {

class Statement {
public:
    // Takes ownership of a prepared statement of `connection`.
    Statement(sqlite3_stmt* statement, sqlite3* connection) noexcept;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bindNull(Parameter parameter);
    Statement& bindInt64(Parameter parameter, std::int64_t value);
    Statement& bindDouble(Parameter parameter, double value);
    Statement& bindBool(Parameter parameter, bool value);
    Statement& bindText(Parameter parameter, std::string_view value);
    Statement& bindPathText(Parameter parameter, std::string_view path);
    Statement& bindBlob(Parameter parameter, std::span<const std::byte> value);
    Statement& bindOptionalInt64(Parameter parameter, const std::optional<std::int64_t>& value);
    Statement& bindOptionalDouble(Parameter parameter, const std::optional<double>& value);
    Statement& bindOptionalText(Parameter parameter, const std::optional<std::string>& value);

    // Advances to the next row. true: a row is available; false: the statement has finished.
    Result<bool> step();
    // Runs the statement to completion, discarding any rows (INSERT, UPDATE, DELETE, DDL).
    Status run();
    // Every row, each turned into a T by read(const Statement&), which returns a T or a
    // Result<T> (a reader that finds damaged data stops the reading with its error).
    template <typename T, typename Reader>
    Result<std::vector<T>> readAll(Reader&& read) {
        std::vector<T> rows;
        std::optional<Error> failure;
        Result<std::int64_t> visited = forEachRow([&](const Statement& row) {
            Result<T> value = readRow<T>(read, row);
            if (!value) {
                failure = value.error();
                return ScanStep::Stop;
            }
            rows.push_back(std::move(value).value());
            return ScanStep::Continue;
        });
        if (!visited) return visited.error();
        if (failure) return *failure;
        return rows;
    }
    // The first row as a T, or nullopt when the statement returns none.
    template <typename T, typename Reader>
    Result<std::optional<T>> readOptional(Reader&& read) {
        return step().andThen([&](bool hasRow) -> Result<std::optional<T>> {
            if (!hasRow) return std::optional<T>();
            return readRow<T>(read, *this).andThen([](T& value) -> Result<std::optional<T>> {
                return std::optional<T>(std::move(value));
            });
        });
    }
    // The first row as a T; ErrorCode::NotFound with `missing` as message when there is none.
    template <typename T, typename Reader>
    Result<T> readOne(Reader&& read, std::string_view missing) {
        return step().andThen([&](bool hasRow) -> Result<T> {
            if (!hasRow) return Error{ErrorCode::NotFound, std::string(missing)};
            return readRow<T>(read, *this);
        });
    }
    // The first column of the first row as an integer (count(*), max(id), ...).
    Result<std::int64_t> readInt64() {
        return readOne<std::int64_t>([](const Statement& row) { return row.columnInt64(0); }, "the query returned no row");
    }
    // Calls visit(const Statement&) -> ScanStep for each row until it returns Stop; returns how
    // many rows were visited.
    template <typename Visitor>
    Result<std::int64_t> forEachRow(Visitor&& visit) {
        std::int64_t visited = 0;
        while (true) {
            Result<bool> hasRow = step();
            if (!hasRow) return hasRow.error();
            if (!hasRow.value()) return visited;
            ++visited;
            if (visit(static_cast<const Statement&>(*this)) == ScanStep::Stop) return visited;
        }
    }

    // Makes the statement ready to run again; clears bindings and any remembered bind error.
    void reset();

    // The extended SQLite result code of the last failed step (e.g. SQLITE_CONSTRAINT_UNIQUE), 0 if none.
    int lastErrorCode() const noexcept { return lastErrorCode_; }
    bool failedOnUniqueConstraint() const noexcept;
    bool failedOnForeignKey() const noexcept;
    bool failedOnCheckConstraint() const noexcept;

    int columnCount() const noexcept;
    bool isNull(int column) const noexcept;
    bool isBlob(int column) const noexcept;
    std::int64_t columnInt64(int column) const noexcept;
    int columnInt(int column) const noexcept;
    double columnDouble(int column) const noexcept;
    bool columnBool(int column) const noexcept;
    std::string columnText(int column) const;
    std::string_view columnTextView(int column) const noexcept;
    std::span<const std::byte> columnBlob(int column) const noexcept;
    std::optional<std::int64_t> columnOptionalInt64(int column) const noexcept;
    std::optional<double> columnOptionalDouble(int column) const noexcept;
    std::optional<std::string> columnOptionalText(int column) const;

    // The SQL text this statement was prepared from (for error messages).
    std::string_view sql() const noexcept;

private:
    template <typename T, typename Reader>
    static Result<T> readRow(Reader& read, const Statement& row) {
        if constexpr (IsResult<std::invoke_result_t<Reader&, const Statement&>>::value) {
            return read(row);
        } else {
            return T(read(row));
        }
    }
    int resolve(const Parameter& parameter);
    void recordBindResult(int resultCode, const Parameter& parameter);
    Error stepError() const;
    void release() noexcept;

    sqlite3_stmt* statement_ = nullptr;
    sqlite3* connection_ = nullptr;
    std::optional<Error> bindError_;
    int lastErrorCode_ = 0;
};

}  // namespace reunite::db
