#include "db/repositories/FrequencyTableRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

Status validate(const FrequencyTableRecord& table, std::string_view userName) {
    if (Status sha = requireSha256Hex(table.sha256, "a frequency table's"); !sha) return sha;
    if (table.markerCount <= 0 || table.content.empty()) return invalidArgument("a frequency table needs at least one marker");
    return firstFailure({requireNotBlank(table.name, "table name"), requireNotBlank(userName, "user name")});
}

}  // namespace

FrequencyTableRepository::FrequencyTableRepository(Database& database)
    : TableRepository(database, "frequency table", "str_frequency_tables", {
        column<&FrequencyTableRecord::id>("id", ColumnUse::Key), column<&FrequencyTableRecord::name>("name"),
        column<&FrequencyTableRecord::sourceFile>("source_file"), column<&FrequencyTableRecord::sha256>("sha256"),
        column<&FrequencyTableRecord::markerCount>("marker_count"),
        column<&FrequencyTableRecord::importedBy>("imported_by", ColumnUse::CreatedBy),
        column<&FrequencyTableRecord::importedAt>("imported_at", ColumnUse::CreatedAt),
        column<&FrequencyTableRecord::content>("content"),
    }) {}

Result<FrequencyTableRecord> FrequencyTableRepository::store(const FrequencyTableRecord& table, std::string_view userName) {
    if (Status valid = validate(table, userName); !valid) return valid.error();
    Result<std::optional<FrequencyTableRecord>> existing = findBySha256(table.sha256);
    if (!existing) return existing.error();
    if (existing.value()) return *existing.value();
    return insertRecord(table, userName, {"store frequency table '" + table.name + "'"});
}

Result<std::optional<FrequencyTableRecord>> FrequencyTableRepository::findBySha256(std::string_view sha256) {
    return selectOptional("WHERE sha256 = ?", sha256);
}

Result<std::vector<FrequencyTableRecord>> FrequencyTableRepository::list() {
    return database_.prepare(table_.selectLeavingOut("content") + "ORDER BY id").andThen([&](Statement& statement) {
        return statement.readAll<FrequencyTableRecord>([this](const Statement& row) { return table_.read(row, database_); });
    });
}

}  // namespace reunite::db
