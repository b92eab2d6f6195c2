#include "db/sqlite/Statement.h"

#include <sqlite3.h>

#include <utility>

#include "db/sqlite/DatabaseError.h"
#include "domain/Utf8Text.h"

namespace reunite::db {

namespace {

std::string describe(const Parameter& parameter) {
    if (parameter.name()) return std::string("parameter ") + parameter.name();
    return "parameter #" + std::to_string(parameter.index());
}

}  // namespace

Statement::Statement(sqlite3_stmt* statement, sqlite3* connection) noexcept
    : statement_(statement), connection_(connection) {}

Statement::Statement(Statement&& other) noexcept
    : statement_(std::exchange(other.statement_, nullptr)),
      connection_(other.connection_),
      bindError_(std::move(other.bindError_)),
      lastErrorCode_(other.lastErrorCode_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        release();
        statement_ = std::exchange(other.statement_, nullptr);
        connection_ = other.connection_;
        bindError_ = std::move(other.bindError_);
        lastErrorCode_ = other.lastErrorCode_;
    }
    return *this;
}

Statement::~Statement() { release(); }

void Statement::release() noexcept {
    if (statement_) sqlite3_finalize(statement_);
    statement_ = nullptr;
}

int Statement::resolve(const Parameter& parameter) {
    if (!parameter.name()) return parameter.index();
    return sqlite3_bind_parameter_index(statement_, parameter.name());
}

void Statement::recordBindResult(int resultCode, const Parameter& parameter) {
    if (resultCode == SQLITE_OK || bindError_) return;
    if (resultCode == SQLITE_RANGE) {
        bindError_ = Error{ErrorCode::Database, "no " + describe(parameter) + " in statement: " + std::string(sql())};
    } else {
        bindError_ = Error{ErrorCode::Database, "could not bind " + describe(parameter) + ": " + sqlite3_errstr(resultCode)};
    }
}

Statement& Statement::bindNull(Parameter parameter) {
    recordBindResult(sqlite3_bind_null(statement_, resolve(parameter)), parameter);
    return *this;
}

Statement& Statement::bindInt64(Parameter parameter, std::int64_t value) {
    recordBindResult(sqlite3_bind_int64(statement_, resolve(parameter), value), parameter);
    return *this;
}

Statement& Statement::bindDouble(Parameter parameter, double value) {
    recordBindResult(sqlite3_bind_double(statement_, resolve(parameter), value), parameter);
    return *this;
}

Statement& Statement::bindBool(Parameter parameter, bool value) {
    return bindInt64(parameter, value ? 1 : 0);
}

Statement& Statement::bindText(Parameter parameter, std::string_view value) {
    if (!isValidUtf8(value)) {
        if (!bindError_) {
            bindError_ = Error{ErrorCode::InvalidArgument,
                               describe(parameter) + " is not valid UTF-8 text (check the input's encoding)"};
        }
        return *this;
    }
    return bindPathText(parameter, value);
}

Statement& Statement::bindPathText(Parameter parameter, std::string_view value) {
    // An empty view may have a null data pointer, which SQLite would store as NULL instead of ''.
    const char* text = value.data() ? value.data() : "";
    recordBindResult(sqlite3_bind_text64(statement_, resolve(parameter), text, value.size(), SQLITE_TRANSIENT,
                                         SQLITE_UTF8),
                     parameter);
    return *this;
}

Statement& Statement::bindBlob(Parameter parameter, std::span<const std::byte> value) {
    // A zero-length blob must still be a blob, not NULL: SQLite needs a non-null pointer for that.
    static const std::byte emptyBlob{};
    const void* data = value.empty() ? &emptyBlob : value.data();
    recordBindResult(sqlite3_bind_blob64(statement_, resolve(parameter), data, value.size(), SQLITE_TRANSIENT),
                     parameter);
    return *this;
}

Statement& Statement::bindOptionalInt64(Parameter parameter, const std::optional<std::int64_t>& value) {
    return value ? bindInt64(parameter, *value) : bindNull(parameter);
}

Statement& Statement::bindOptionalDouble(Parameter parameter, const std::optional<double>& value) {
    return value ? bindDouble(parameter, *value) : bindNull(parameter);
}

Statement& Statement::bindOptionalText(Parameter parameter, const std::optional<std::string>& value) {
    return value ? bindText(parameter, *value) : bindNull(parameter);
}

Error Statement::stepError() const {
    std::string context = "statement failed (";
    context += sql().substr(0, 80);
    if (sql().size() > 80) context += "...";
    context += ")";
    return databaseError(connection_, context);
}

Result<bool> Statement::step() {
    if (!statement_) return databaseError("statement was moved from or never prepared");
    if (bindError_) {
        lastErrorCode_ = SQLITE_RANGE;
        return *bindError_;
    }
    const int resultCode = sqlite3_step(statement_);
    if (resultCode == SQLITE_ROW) return true;
    if (resultCode == SQLITE_DONE) return false;
    lastErrorCode_ = sqlite3_extended_errcode(connection_);
    Error error = stepError();
    sqlite3_reset(statement_);
    return error;
}

Status Statement::run() {
    return forEachRow([](const Statement&) { return ScanStep::Continue; }).andThen([](std::int64_t) -> Status {
        return Ok{};
    });
}

void Statement::reset() {
    if (!statement_) return;
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
    bindError_.reset();
    lastErrorCode_ = 0;
}

bool Statement::failedOnUniqueConstraint() const noexcept {
    return lastErrorCode_ == SQLITE_CONSTRAINT_UNIQUE || lastErrorCode_ == SQLITE_CONSTRAINT_PRIMARYKEY;
}

bool Statement::failedOnForeignKey() const noexcept { return lastErrorCode_ == SQLITE_CONSTRAINT_FOREIGNKEY; }

bool Statement::failedOnCheckConstraint() const noexcept { return lastErrorCode_ == SQLITE_CONSTRAINT_CHECK; }

int Statement::columnCount() const noexcept { return statement_ ? sqlite3_column_count(statement_) : 0; }

bool Statement::isNull(int column) const noexcept { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

bool Statement::isBlob(int column) const noexcept { return sqlite3_column_type(statement_, column) == SQLITE_BLOB; }

std::int64_t Statement::columnInt64(int column) const noexcept { return sqlite3_column_int64(statement_, column); }

int Statement::columnInt(int column) const noexcept { return sqlite3_column_int(statement_, column); }

double Statement::columnDouble(int column) const noexcept { return sqlite3_column_double(statement_, column); }

bool Statement::columnBool(int column) const noexcept { return sqlite3_column_int64(statement_, column) != 0; }

std::string_view Statement::columnTextView(int column) const noexcept {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    if (!text) return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
}

std::string Statement::columnText(int column) const { return std::string(columnTextView(column)); }

std::span<const std::byte> Statement::columnBlob(int column) const noexcept {
    const auto* data = static_cast<const std::byte*>(sqlite3_column_blob(statement_, column));
    if (!data) return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
}

std::optional<std::int64_t> Statement::columnOptionalInt64(int column) const noexcept {
    if (isNull(column)) return std::nullopt;
    return columnInt64(column);
}

std::optional<double> Statement::columnOptionalDouble(int column) const noexcept {
    if (isNull(column)) return std::nullopt;
    return columnDouble(column);
}

std::optional<std::string> Statement::columnOptionalText(int column) const {
    if (isNull(column)) return std::nullopt;
    return columnText(column);
}

std::string_view Statement::sql() const noexcept {
    const char* text = statement_ ? sqlite3_sql(statement_) : nullptr;
    return text ? std::string_view(text) : std::string_view();
}

}  // namespace reunite::db
