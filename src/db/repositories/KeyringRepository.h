#pragma once
// KeyringRepository: the wrapped data key of an encrypted database (table `keyring`, one row).
// Guarantees: get() of a database that is not encrypted returns nullopt; create() refuses a
// second key (InvalidArgument: the database is encrypted already); replace() changes the wrapping of the
// existing key only (NotFound when there is none). Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <optional>
#include <string_view>

#include "db/records/KeyringRecord.h"
#include "db/sqlite/Database.h"
#include "domain/Result.h"

namespace reunite::db {

class KeyringRepository {
public:
    explicit KeyringRepository(Database& database) : database_(database) {}

    Result<std::optional<KeyringRecord>> get();
    Status create(std::string_view wrappedKey, std::string_view userName);
    Status replace(std::string_view wrappedKey, std::string_view userName);

private:
    Database& database_;
};

}  // namespace reunite::db
