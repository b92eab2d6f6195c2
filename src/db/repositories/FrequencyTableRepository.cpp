#include "db/repositories/FrequencyTableRepository.h"

#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Statement.h"

namespace reunite::db {

namespace {

constexpr std::string_view kColumns = "id, name, source_file, sha256, marker_count, imported_by, imported_at";

FrequencyTableRecord readTable(const Statement& row) {
    FrequencyTableRecord record;
    record.id = row.columnInt64(0);
    record.name = row.columnText(1);
    record.sourceFile = row.columnText(2);
    record.sha256 = row.columnText(3);
    record.markerCount = row.columnInt(4);
    record.importedBy = row.columnText(5);
    record.importedAt = row.columnText(6);
    if (row.columnCount() > 7) record.content = row.columnText(7);
    return record;
}

std::string selectWithContent() { return "SELECT " + std::string(kColumns) + ", content FROM str_frequency_tables "; }

Status validate(const FrequencyTableRecord& table, std::string_view userName) {
    const bool sha = table.sha256.size() == 64 && table.sha256.find_first_not_of("0123456789abcdef") == std::string::npos;
    if (!sha) return invalidArgument("a frequency table's SHA-256 must be 64 lowercase hex digits");
    if (table.markerCount <= 0 || table.content.empty()) return invalidArgument("a frequency table needs at least one marker");
    return firstFailure({requireNotBlank(table.name, "table name"), requireNotBlank(userName, "user name")});
}

}  // namespace

Result<FrequencyTableRecord> FrequencyTableRepository::store(const FrequencyTableRecord& table, std::string_view userName) {
    if (Status valid = validate(table, userName); !valid) return valid.error();
    Result<std::optional<FrequencyTableRecord>> existing = findBySha256(table.sha256);
    if (!existing) return existing.error();
    if (existing.value()) return *existing.value();
    auto statement = database_.prepare(
        "INSERT INTO str_frequency_tables (name, source_file, sha256, content, marker_count, imported_by, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    insert.bindText(1, table.name)
        .bindText(2, table.sourceFile)
        .bindText(3, table.sha256)
        .bindText(4, table.content)
        .bindInt64(5, table.markerCount)
        .bindText(6, userName)
        .bindText(7, currentUtcTimestamp());
    if (Status inserted = insert.run(); !inserted) {
        return databaseError("could not store frequency table '" + table.name + "': " + inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Result<FrequencyTableRecord> FrequencyTableRepository::get(std::int64_t tableId) {
    return database_.prepare(selectWithContent() + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, tableId);
        return statement.readOne<FrequencyTableRecord>(readTable, "no frequency table " + std::to_string(tableId));
    });
}

Result<std::optional<FrequencyTableRecord>> FrequencyTableRepository::findBySha256(std::string_view sha256) {
    return database_.prepare(selectWithContent() + "WHERE sha256 = ?").andThen([&](Statement& statement) {
        statement.bindText(1, sha256);
        return statement.readOptional<FrequencyTableRecord>(readTable);
    });
}

Result<std::vector<FrequencyTableRecord>> FrequencyTableRepository::list() {
    return database_.prepare("SELECT " + std::string(kColumns) + " FROM str_frequency_tables ORDER BY id").andThen([](Statement& statement) {
        return statement.readAll<FrequencyTableRecord>(readTable);
    });
}

}  // namespace reunite::db
