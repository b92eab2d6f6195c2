#include "db/sealing/SealedText.h"

#include "db/sqlite/DatabaseError.h"

namespace reunite::db {

Result<std::vector<std::vector<std::byte>>> sealTexts(const FieldSealer* sealer, const std::vector<std::string_view>& texts,
                                                      const std::function<std::string(std::size_t)>& boundTo) {
    std::vector<std::vector<std::byte>> sealed;
    if (!sealer) return sealed;
    for (std::size_t index = 0; index < texts.size(); ++index) {
        const auto* bytes = reinterpret_cast<const std::byte*>(texts[index].data());
        Result<std::vector<std::byte>> one = sealer->seal(std::span<const std::byte>(bytes, texts[index].size()), boundTo(index));
        if (!one) return one.error();
        sealed.push_back(std::move(one).value());
    }
    return sealed;
}

void bindSealedText(Statement& statement, int index, std::string_view text, const std::vector<std::vector<std::byte>>& sealed,
                    std::size_t position) {
    if (position < sealed.size()) {
        statement.bindBlob(index, sealed[position]);
    } else {
        statement.bindText(index, text);
    }
}

namespace {

struct PlainChildText {
    std::int64_t parent = 0;
    std::string child;
    std::string text;
};

}  // namespace

Result<std::int64_t> sealPlainChildTexts(Database& database, std::string_view table, std::string_view parentColumn,
                                         std::string_view childColumn, std::string_view column,
                                         const std::function<std::string(std::int64_t, const std::string&)>& boundTo) {
    Result<const FieldSealer*> sealer = database.sealerForReading();
    if (!sealer) return sealer.error();
    const std::string t(table), parent(parentColumn), child(childColumn), value(column);
    Result<std::vector<PlainChildText>> plain =
        database.prepare("SELECT " + parent + ", " + child + ", " + value + " FROM " + t + " WHERE typeof(" + value + ") = 'text'")
            .andThen([](Statement& statement) {
                return statement.readAll<PlainChildText>([](const Statement& row) {
                    return PlainChildText{row.columnInt64(0), row.columnText(1), row.columnText(2)};
                });
            });
    if (!plain) return plain.error();
    Result<Statement> update = database.prepare("UPDATE " + t + " SET " + value + " = ? WHERE " + parent + " = ? AND " + child + " = ?");
    if (!update) return update.error();
    for (const PlainChildText& row : plain.value()) {
        const auto* bytes = reinterpret_cast<const std::byte*>(row.text.data());
        Result<std::vector<std::byte>> sealed = sealer.value()->seal(std::span<const std::byte>(bytes, row.text.size()), boundTo(row.parent, row.child));
        if (!sealed) return sealed.error();
        update.value().reset();
        update.value().bindBlob(1, sealed.value()).bindInt64(2, row.parent).bindText(3, row.child);
        if (Status ran = update.value().run(); !ran) return databaseError("could not seal " + t + ": " + ran.error().message);
    }
    return static_cast<std::int64_t>(plain.value().size());
}

Result<std::string> readSealedText(const Database& database, const Statement& row, int column, const std::string& boundTo) {
    if (!row.isBlob(column)) return row.columnText(column);
    Result<const FieldSealer*> sealer = database.sealerForReading();
    if (!sealer) return sealer.error();
    Result<std::vector<std::byte>> plain = sealer.value()->open(row.columnBlob(column), boundTo);
    if (!plain) return databaseError("the sealed value " + boundTo + " does not open: " + plain.error().message);
    return std::string(reinterpret_cast<const char*>(plain.value().data()), plain.value().size());
}

}  // namespace reunite::db
