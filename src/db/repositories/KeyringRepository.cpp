#include "db/repositories/KeyringRepository.h"

#include "db/records/Timestamps.h"
#include "db/sqlite/DatabaseError.h"

namespace reunite::db {

Result<std::optional<KeyringRecord>> KeyringRepository::get() {
    return database_.prepare("SELECT wrapped_key, created_at, changed_at, changed_by FROM keyring WHERE id = 1")
        .andThen([](Statement& statement) {
            return statement.readOptional<KeyringRecord>([](const Statement& row) {
                return KeyringRecord{std::string(row.columnTextView(0)), std::string(row.columnTextView(1)),
                                     std::string(row.columnTextView(2)), std::string(row.columnTextView(3))};
            });
        });
}

Status KeyringRepository::create(std::string_view wrappedKey, std::string_view userName) {
    Result<std::optional<KeyringRecord>> existing = get();
    if (!existing) return existing.error();
    if (existing.value()) return invalidArgument("the database is encrypted already: change its passphrase with rekey");
    Result<Statement> statement =
        database_.prepare("INSERT INTO keyring (id, wrapped_key, created_at, changed_at, changed_by) VALUES (1, ?, ?, ?, ?)");
    if (!statement) return statement.error();
    const std::string now = currentUtcTimestamp();
    statement.value().bindText(1, wrappedKey).bindText(2, now).bindText(3, now).bindText(4, userName);
    return statement.value().run();
}

Status KeyringRepository::replace(std::string_view wrappedKey, std::string_view userName) {
    Result<Statement> statement = database_.prepare("UPDATE keyring SET wrapped_key = ?, changed_at = ?, changed_by = ? WHERE id = 1");
    if (!statement) return statement.error();
    statement.value().bindText(1, wrappedKey).bindText(2, currentUtcTimestamp()).bindText(3, userName);
    if (Status stored = statement.value().run(); !stored) return stored;
    if (database_.changes() == 0) return makeError(ErrorCode::NotFound, "the database is not encrypted: there is no key to rewrap");
    return Ok{};
}

}  // namespace reunite::db
