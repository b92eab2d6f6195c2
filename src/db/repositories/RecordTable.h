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
// Sealed columns (sealedColumn: editable text of personal data) are, in an encrypted database,
// packed together and sealed as one value bound to "<table>/<id>" in the extra column `sealed`
// (db/sealing/FieldSealer.h); the column itself then holds a neutral value that its constraints
// accept (SealAs). A row without a sealed value (a plain database, or a row written before the
// database was encrypted) reads as stored; a sealed one opens only with the database's key.
// Thread safety: immutable after construction; share it between threads freely.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "db/records/DnaEnums.h"
#include "db/records/RecordEnums.h"
#include "db/sealing/FieldPacking.h"
#include "db/sealing/FieldSealer.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Statement.h"

namespace reunite::db {

// How a column is written: the key is only read; a fixed column is written when the row is
// inserted; an editable one by INSERT and UPDATE. The stamped ones take the acting user or the
// current time instead of the record's field: CreatedBy/CreatedAt on INSERT, ChangedBy/ChangedAt
// on INSERT and UPDATE.
enum class ColumnUse { Key, Fixed, Editable, CreatedBy, CreatedAt, ChangedBy, ChangedAt };

// What a sealed column holds in an encrypted database, in place of its value: empty ('' or NULL
// for an optional), a placeholder text (for columns whose CHECK wants text), or the value's keyed
// lookup name (for a column that must stay unique or be searched for; see lookupValue).
enum class SealAs { No, Empty, Placeholder, LookupName };
inline constexpr std::string_view kSealedPlaceholder = "(sealed)";

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
    SealAs sealAs = SealAs::No;
    std::string_view lookupPurpose = {};  // 8 characters, for SealAs::LookupName
    void (*pack)(FieldPacker& packer, const Record& record) = nullptr;
    bool (*unpack)(FieldUnpacker& unpacker, Record& record) = nullptr;
    void (*bindEmpty)(Statement& statement, const char* parameter) = nullptr;
    std::string_view (*text)(const Record& record) = nullptr;
    void (*copy)(const Record& from, Record& to) = nullptr;
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

// A column of personal text (std::string or std::optional<std::string>) that an encrypted database
// seals (see the header); editable or fixed (an UPDATE then keeps the stored value).
template <auto Member>
RecordColumn<typename MemberOf<decltype(Member)>::Record> sealedColumn(std::string_view name, SealAs sealAs = SealAs::Empty,
                                                                       std::string_view lookupPurpose = {},
                                                                       ColumnUse use = ColumnUse::Editable) {
    using Record = typename MemberOf<decltype(Member)>::Record;
    using Value = typename MemberOf<decltype(Member)>::Value;
    static_assert(std::is_same_v<Value, std::string> || std::is_same_v<Value, std::optional<std::string>>,
                  "a sealed column is text");
    auto made = column<Member>(name, use);
    made.sealAs = sealAs;
    made.copy = [](const Record& from, Record& to) { to.*Member = from.*Member; };
    made.lookupPurpose = lookupPurpose;
    made.pack = [](FieldPacker& packer, const Record& record) { packer.add(record.*Member); };
    made.unpack = [](FieldUnpacker& unpacker, Record& record) { return unpacker.next(record.*Member); };
    made.bindEmpty = [](Statement& statement, const char* parameter) {
        if constexpr (std::is_same_v<Value, std::string>) {
            statement.bindText(parameter, "");
        } else {
            statement.bindNull(parameter);
        }
    };
    if constexpr (std::is_same_v<Value, std::string>) {
        made.text = [](const Record& record) { return std::string_view(record.*Member); };
    }
    return made;
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
        std::string selected, inserted, values, assignments, keyCondition, keyName;
        for (const RecordColumn<Record>& each : columns_) {
            std::string name(each.name);
            append(selected, name);
            parameters_.push_back(":" + name);
            if (each.use == ColumnUse::Key) {
                keyCondition = " WHERE " + name + " = :" + name;
                keyName = name;
                keyIndex_ = static_cast<int>(parameters_.size()) - 1;
                rowIdIndex_ = keyIndex_;
                continue;
            }
            if (name == "id") rowIdIndex_ = static_cast<int>(parameters_.size()) - 1;
            if (each.sealAs != SealAs::No) {
                if (each.use != ColumnUse::Editable && each.use != ColumnUse::Fixed) abortOnMisuse("sealed column " + name + " must hold the record's value");
                sealed_ = true;
                fixedSealed_ = fixedSealed_ || each.use == ColumnUse::Fixed;
            }
            append(inserted, name);
            append(values, ":" + name);
            if (writtenByUpdate(each.use)) append(assignments, name + " = :" + name);
        }
        if (sealed_) {
            if (rowIdIndex_ < 0) abortOnMisuse("sealed columns need a key column or an id column");
            append(selected, "sealed");
            append(inserted, "sealed");
            append(values, ":sealed");
            append(assignments, "sealed = :sealed");
        }
        select_ = "SELECT " + selected + " FROM " + name_ + " ";
        insert_ = "INSERT INTO " + name_ + " (" + inserted + ") VALUES (" + values + ")";
        insertWithKey_ = keyName.empty() ? insert_
                                         : "INSERT INTO " + name_ + " (" + keyName + ", " + inserted + ") VALUES (:" + keyName + ", " + values + ")";
        update_ = "UPDATE " + name_ + " SET " + assignments + keyCondition;
    }

    const std::string& name() const { return name_; }
    // "SELECT <every column> FROM <table> ", to be followed by WHERE / ORDER BY.
    const std::string& select() const { return select_; }
    // The same SELECT with `column` read as '' (a large text a listing does not need).
    std::string selectLeavingOut(std::string_view column) const {
        std::string selected;
        for (const RecordColumn<Record>& each : columns_) append(selected, each.name == column ? "''" : std::string(each.name));
        if (sealed_) append(selected, "sealed");
        return "SELECT " + selected + " FROM " + name_ + " ";
    }
    // Whether the table has sealed columns (then a sealed write needs its key first: insertWithKey).
    bool hasSealedColumns() const { return sealed_; }
    // Whether the database chooses the key (a Key column) rather than the record (a fixed "id").
    bool hasKeyColumn() const { return keyIndex_ >= 0; }
    // Whether an UPDATE must first take the sealed values of fixed columns from the stored row.
    bool hasFixedSealedColumns() const { return fixedSealed_; }
    // Copies the fields of the fixed sealed columns from `stored` into `record`.
    void keepFixedSealed(const Record& stored, Record& record) const {
        for (const RecordColumn<Record>& column : columns_) {
            if (column.sealAs != SealAs::No && column.use == ColumnUse::Fixed) column.copy(stored, record);
        }
    }
    // INSERT of every column but the key.
    const std::string& insert() const { return insert_; }
    // INSERT of every column, the key included (a sealed row is bound to its key before it exists).
    const std::string& insertWithKey() const { return insertWithKey_; }
    // UPDATE of the editable columns of the row whose key is bound.
    const std::string& update() const { return update_; }

    // The record of a row of select(); a sealed row is opened with `database`'s key (locked or
    // damaged -> the error).
    Result<Record> read(const Statement& row, const Database& database) const {
        Record record;
        if (Status read = readInto(row, record, database); !read) return read.error();
        return record;
    }
    // Overwrites every mapped field of `record` (reusing its strings' memory in a long scan).
    Status readInto(const Statement& row, Record& record, const Database& database) const {
        for (int index = 0; index < static_cast<int>(columns_.size()); ++index) {
            columns_[static_cast<std::size_t>(index)].read(row, index, record);
        }
        const int sealedIndex = static_cast<int>(columns_.size());
        if (!sealed_ || row.isNull(sealedIndex)) return Ok{};
        return openSealed(row.columnBlob(sealedIndex), row.columnInt64(rowIdIndex_), record, database);
    }
    // Binds every column the statement writes: all but the key for INSERT (insertWithKey: the key
    // `id` too), the editable ones and the key for UPDATE. With a sealer, the sealed columns get
    // their neutral values and `sealed` their sealed value bound to the row `id`.
    Status bindInsert(Statement& statement, const Record& record, const WriteStamp& stamp = {},
                      const FieldSealer* sealer = nullptr, std::int64_t id = 0) const {
        bindWhere(statement, record, stamp, false, sealer != nullptr);
        if (sealer && keyIndex_ >= 0) statement.bindInt64(parameters_[static_cast<std::size_t>(keyIndex_)].c_str(), id);
        return bindSealed(statement, record, sealer, id);
    }
    Status bindUpdate(Statement& statement, const Record& record, std::int64_t id, const WriteStamp& stamp = {},
                      const FieldSealer* sealer = nullptr) const {
        bindWhere(statement, record, stamp, true, sealer != nullptr);
        return bindSealed(statement, record, sealer, id);
    }
    // What to look `value` of the column `column` up by: the value itself, or with a sealer its
    // keyed lookup name when the column is stored as one.
    Result<std::string> lookupValue(std::string_view column, std::string_view value, const FieldSealer* sealer) const {
        for (const RecordColumn<Record>& each : columns_) {
            if (each.name == column && sealer && each.sealAs == SealAs::LookupName) return sealer->lookupName(each.lookupPurpose, value);
        }
        return std::string(value);
    }
    // "UPDATE <table> SET <each sealed column>, sealed WHERE id = :id": seals a row stored plain.
    std::string reseal() const {
        std::string assignments;
        for (const RecordColumn<Record>& each : columns_) {
            if (each.sealAs != SealAs::No) append(assignments, std::string(each.name) + " = :" + std::string(each.name));
        }
        append(assignments, "sealed = :sealed");
        const std::string idName(columns_[static_cast<std::size_t>(rowIdIndex_)].name);
        return "UPDATE " + name_ + " SET " + assignments + " WHERE " + idName + " = :" + idName;
    }
    // Binds reseal() for the row `id` holding `record`.
    Status bindReseal(Statement& statement, const Record& record, const FieldSealer& sealer, std::int64_t id) const {
        for (std::size_t index = 0; index < columns_.size(); ++index) {
            const RecordColumn<Record>& column = columns_[index];
            if (column.sealAs == SealAs::Empty) column.bindEmpty(statement, parameters_[index].c_str());
            if (column.sealAs == SealAs::Placeholder) statement.bindText(parameters_[index].c_str(), kSealedPlaceholder);
        }
        statement.bindInt64(parameters_[static_cast<std::size_t>(rowIdIndex_)].c_str(), id);
        return bindSealed(statement, record, &sealer, id);
    }
    // Where a row's sealed value is bound: "<table>/<id>".
    std::string sealedValueName(std::int64_t id) const { return name_ + "/" + std::to_string(id); }

private:
    static void append(std::string& list, const std::string& item) {
        if (!list.empty()) list += ", ";
        list += item;
    }
    static bool writtenByUpdate(ColumnUse use) {
        return use == ColumnUse::Editable || use == ColumnUse::ChangedBy || use == ColumnUse::ChangedAt;
    }
    [[noreturn]] void abortOnMisuse(const std::string& problem) const {
        std::fprintf(stderr, "reunite: table %s: %s\n", name_.c_str(), problem.c_str());
        std::abort();
    }
    void bindWhere(Statement& statement, const Record& record, const WriteStamp& stamp, bool forUpdate, bool sealing) const {
        for (std::size_t index = 0; index < columns_.size(); ++index) {
            const RecordColumn<Record>& column = columns_[index];
            const char* parameter = parameters_[index].c_str();
            if (forUpdate ? !(writtenByUpdate(column.use) || column.use == ColumnUse::Key) : column.use == ColumnUse::Key) continue;
            if (column.use == ColumnUse::CreatedBy || column.use == ColumnUse::ChangedBy) {
                statement.bindText(parameter, stamp.user);
            } else if (column.use == ColumnUse::CreatedAt || column.use == ColumnUse::ChangedAt) {
                statement.bindText(parameter, stamp.time);
            } else if (sealing && column.sealAs == SealAs::Empty) {
                column.bindEmpty(statement, parameter);
            } else if (sealing && column.sealAs == SealAs::Placeholder) {
                statement.bindText(parameter, kSealedPlaceholder);
            } else if (!(sealing && column.sealAs == SealAs::LookupName)) {
                column.bind(statement, parameter, record);
            }
        }
    }
    // Binds `sealed` (and, with a sealer, the lookup names of its columns).
    Status bindSealed(Statement& statement, const Record& record, const FieldSealer* sealer, std::int64_t id) const {
        if (!sealed_) return Ok{};
        if (!sealer) {
            statement.bindNull(":sealed");
            return Ok{};
        }
        FieldPacker packer;
        for (std::size_t index = 0; index < columns_.size(); ++index) {
            const RecordColumn<Record>& column = columns_[index];
            if (column.sealAs == SealAs::No) continue;
            column.pack(packer, record);
            if (column.sealAs != SealAs::LookupName) continue;
            Result<std::string> name = sealer->lookupName(column.lookupPurpose, column.text(record));
            if (!name) return name.error();
            statement.bindText(parameters_[index].c_str(), name.value());
        }
        Result<std::vector<std::byte>> sealedValue = sealer->seal(packer.bytes(), sealedValueName(id));
        if (!sealedValue) return sealedValue.error();
        statement.bindBlob(":sealed", sealedValue.value());
        return Ok{};
    }
    Status openSealed(std::span<const std::byte> sealedValue, std::int64_t id, Record& record, const Database& database) const {
        Result<const FieldSealer*> sealer = database.sealerForReading();
        if (!sealer) return sealer.error();
        Result<std::vector<std::byte>> plain = sealer.value()->open(sealedValue, sealedValueName(id));
        if (!plain) return databaseError("the sealed values of " + sealedValueName(id) + " do not open: " + plain.error().message);
        FieldUnpacker unpacker(plain.value());
        for (const RecordColumn<Record>& column : columns_) {
            if (column.sealAs != SealAs::No && !column.unpack(unpacker, record)) {
                return databaseError("the sealed values of " + sealedValueName(id) + " are malformed");
            }
        }
        if (!unpacker.finished()) return databaseError("the sealed values of " + sealedValueName(id) + " are malformed");
        return Ok{};
    }

    std::string name_;
    std::vector<RecordColumn<Record>> columns_;
    std::vector<std::string> parameters_;  // ":<column>", bound by name
    std::string select_;
    std::string insert_;
    std::string insertWithKey_;
    std::string update_;
    int keyIndex_ = -1;
    int rowIdIndex_ = -1;  // the key, or a fixed column named "id"
    bool sealed_ = false;
    bool fixedSealed_ = false;
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
