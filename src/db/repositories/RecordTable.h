#pragma once
// RecordTable<Record>: one table's columns mapped to one record's fields, written once per table.
// The SELECT list, the row reader and the named bindings of INSERT and UPDATE all come from it,
// so a repository spells each column name in one place.
// Inputs: columns made with column<&Record::field>("name", ColumnUse::...) for fields of type
// int64, int, double, bool, std::string, std::optional<std::string | int64 | int | double> or a record
// enum (stored through toDatabaseText and read through fromDatabaseText); any other field (a blob,
// a nested struct) with an explicit RecordColumn{name, use, read, bind}.
// Guarantees: read() fills the fields in column order. Text columns bind through
// Statement::bindText, which refuses text that is not UTF-8 (so nothing stored breaks a later
// reader); columns made with pathColumn (stored file paths) are kept byte for byte. An enum text
// this program does not know reads as that enum's safe value (fromDatabaseText's fallback, e.g.
// PhotoStatus::Error). Each written column binds the parameter ":<column>".
// Thread safety: immutable after construction; share it between threads freely.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "db/records/DnaEnums.h"
#include "db/records/RecordEnums.h"
#include "db/sqlite/Statement.h"

namespace reunite::db {

// How a column is written: the key is only read; a fixed column is written when the row is
// inserted; an editable one by INSERT and UPDATE. The stamped ones take the acting user or the
// current time instead of the record's field: CreatedBy/CreatedAt on INSERT, ChangedBy/ChangedAt
// on INSERT and UPDATE.
enum class ColumnUse { Key, Fixed, Editable, CreatedBy, CreatedAt, ChangedBy, ChangedAt };

// Who writes, and when (an ISO-8601 UTC timestamp), for the stamped columns.
struct WriteStamp {
    std::string_view user;
    std::string time;
};

template <typename Record>
struct RecordColumn {
    std::string_view name;
    ColumnUse use = ColumnUse::Editable;
    void (*read)(const Statement& row, int index, Record& record) = nullptr;
    void (*bind)(Statement& statement, const char* parameter, const Record& record) = nullptr;
};

// Reading and binding one field by its C++ type; std::optional<T> is NULL when empty.
inline void readColumn(const Statement& row, int index, std::int64_t& value) { value = row.columnInt64(index); }
inline void readColumn(const Statement& row, int index, int& value) { value = row.columnInt(index); }
inline void readColumn(const Statement& row, int index, double& value) { value = row.columnDouble(index); }
inline void readColumn(const Statement& row, int index, bool& value) { value = row.columnBool(index); }
inline void readColumn(const Statement& row, int index, std::string& value) { value.assign(row.columnTextView(index)); }
template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
void readColumn(const Statement& row, int index, Enum& value) {
    fromDatabaseText(row.columnTextView(index), value);
}
template <typename T>
void readColumn(const Statement& row, int index, std::optional<T>& value) {
    if (row.isNull(index)) {
        value.reset();
        return;
    }
    readColumn(row, index, value.emplace());
}

inline void bindColumn(Statement& statement, const char* parameter, std::int64_t value) {
    statement.bindInt64(parameter, value);
}
inline void bindColumn(Statement& statement, const char* parameter, int value) { statement.bindInt64(parameter, value); }
inline void bindColumn(Statement& statement, const char* parameter, double value) {
    statement.bindDouble(parameter, value);
}
inline void bindColumn(Statement& statement, const char* parameter, bool value) { statement.bindBool(parameter, value); }
inline void bindColumn(Statement& statement, const char* parameter, const std::string& value) {
    statement.bindText(parameter, value);
}
template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
void bindColumn(Statement& statement, const char* parameter, Enum value) {
    statement.bindText(parameter, toDatabaseText(value));
}
template <typename T>
void bindColumn(Statement& statement, const char* parameter, const std::optional<T>& value) {
    if (value) {
        bindColumn(statement, parameter, *value);
    } else {
        statement.bindNull(parameter);
    }
}

template <typename MemberPointer>
struct MemberOf;
template <typename Owner, typename Field>
struct MemberOf<Field Owner::*> {
    using Record = Owner;
    using Value = Field;
};

// The column `name` stored in the field `Member` of its record.
template <auto Member>
RecordColumn<typename MemberOf<decltype(Member)>::Record> column(std::string_view name,
                                                                 ColumnUse use = ColumnUse::Editable) {
    using Record = typename MemberOf<decltype(Member)>::Record;
    return {name, use, [](const Statement& row, int index, Record& record) { readColumn(row, index, record.*Member); },
            [](Statement& statement, const char* parameter, const Record& record) {
                bindColumn(statement, parameter, record.*Member);
            }};
}

// The column `name` stored in the field `Inner` of the struct field `Outer` of its record
// (ImportRunRecord::counts.itemsSeen).
template <auto Outer, auto Inner>
RecordColumn<typename MemberOf<decltype(Outer)>::Record> column(std::string_view name,
                                                                ColumnUse use = ColumnUse::Editable) {
    using Record = typename MemberOf<decltype(Outer)>::Record;
    return {name, use,
            [](const Statement& row, int index, Record& record) { readColumn(row, index, (record.*Outer).*Inner); },
            [](Statement& statement, const char* parameter, const Record& record) {
                bindColumn(statement, parameter, (record.*Outer).*Inner);
            }};
}

// A file path kept byte for byte, as the file system gave it (it must open the same file again),
// so it is not held to the UTF-8 rule of the other text columns (Statement::bindPathText).
template <auto Member>
RecordColumn<typename MemberOf<decltype(Member)>::Record> pathColumn(std::string_view name) {
    using Record = typename MemberOf<decltype(Member)>::Record;
    static_assert(std::is_same_v<typename MemberOf<decltype(Member)>::Value, std::string>, "a path column is a std::string");
    auto made = column<Member>(name);
    made.bind = [](Statement& statement, const char* parameter, const Record& record) {
        statement.bindPathText(parameter, record.*Member);
    };
    return made;
}

template <typename Record>
class RecordTable {
public:
    RecordTable(std::string_view table, std::vector<RecordColumn<Record>> columns)
        : name_(table), columns_(std::move(columns)) {
        std::string selected, inserted, values, assignments, keyCondition;
        for (const RecordColumn<Record>& each : columns_) {
            std::string name(each.name);
            append(selected, name);
            parameters_.push_back(":" + name);
            if (each.use == ColumnUse::Key) {
                keyCondition = " WHERE " + name + " = :" + name;
                continue;
            }
            append(inserted, name);
            append(values, ":" + name);
            if (writtenByUpdate(each.use)) append(assignments, name + " = :" + name);
        }
        select_ = "SELECT " + selected + " FROM " + name_ + " ";
        insert_ = "INSERT INTO " + name_ + " (" + inserted + ") VALUES (" + values + ")";
        update_ = "UPDATE " + name_ + " SET " + assignments + keyCondition;
    }

    const std::string& name() const { return name_; }
    // "SELECT <every column> FROM <table> ", to be followed by WHERE / ORDER BY.
    const std::string& select() const { return select_; }
    // The same SELECT with `column` read as '' (a large text a listing does not need).
    std::string selectLeavingOut(std::string_view column) const {
        std::string selected;
        for (const RecordColumn<Record>& each : columns_) append(selected, each.name == column ? "''" : std::string(each.name));
        return "SELECT " + selected + " FROM " + name_ + " ";
    }
    // INSERT of every column but the key.
    const std::string& insert() const { return insert_; }
    // UPDATE of the editable columns of the row whose key is bound.
    const std::string& update() const { return update_; }

    Record read(const Statement& row) const {
        Record record;
        readInto(row, record);
        return record;
    }
    // Overwrites every mapped field of `record` (reusing its strings' memory in a long scan).
    void readInto(const Statement& row, Record& record) const {
        for (int index = 0; index < static_cast<int>(columns_.size()); ++index) {
            columns_[static_cast<std::size_t>(index)].read(row, index, record);
        }
    }
    // Binds every column the statement writes: all but the key for INSERT, the editable ones and
    // the key for UPDATE.
    void bindInsert(Statement& statement, const Record& record, const WriteStamp& stamp = {}) const {
        bindWhere(statement, record, stamp, false);
    }
    void bindUpdate(Statement& statement, const Record& record, const WriteStamp& stamp = {}) const {
        bindWhere(statement, record, stamp, true);
    }

private:
    static void append(std::string& list, const std::string& item) {
        if (!list.empty()) list += ", ";
        list += item;
    }
    static bool writtenByUpdate(ColumnUse use) {
        return use == ColumnUse::Editable || use == ColumnUse::ChangedBy || use == ColumnUse::ChangedAt;
    }
    void bindWhere(Statement& statement, const Record& record, const WriteStamp& stamp, bool forUpdate) const {
        for (std::size_t index = 0; index < columns_.size(); ++index) {
            const ColumnUse use = columns_[index].use;
            const char* parameter = parameters_[index].c_str();
            if (forUpdate ? !(writtenByUpdate(use) || use == ColumnUse::Key) : use == ColumnUse::Key) continue;
            if (use == ColumnUse::CreatedBy || use == ColumnUse::ChangedBy) {
                statement.bindText(parameter, stamp.user);
            } else if (use == ColumnUse::CreatedAt || use == ColumnUse::ChangedAt) {
                statement.bindText(parameter, stamp.time);
            } else {
                columns_[index].bind(statement, parameter, record);
            }
        }
    }

    std::string name_;
    std::vector<RecordColumn<Record>> columns_;
    std::vector<std::string> parameters_;  // ":<column>", bound by name
    std::string select_;
    std::string insert_;
    std::string update_;
};

// Binds values to the positional parameters 1, 2, ... in order (integers, text, optional text).
inline void bindPositional(Statement&, int) {}
template <typename First, typename... Rest>
void bindPositional(Statement& statement, int index, const First& first, const Rest&... rest) {
    if constexpr (std::is_integral_v<First>) {
        statement.bindInt64(index, static_cast<std::int64_t>(first));
    } else if constexpr (std::is_same_v<First, std::optional<std::string>>) {
        statement.bindOptionalText(index, first);
    } else {
        statement.bindText(index, std::string_view(first));
    }
    bindPositional(statement, index + 1, rest...);
}

}  // namespace reunite::db
