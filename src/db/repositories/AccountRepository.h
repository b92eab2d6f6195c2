#pragma once
// AccountRepository: the accounts that may sign in (table `accounts`).
// Inputs: records as in AccountRecord.h (a password hash, never a password) and the name of the
// acting account (not blank; "setup" for the first supervisor).
// Guarantees: a blank name or user -> InvalidArgument; a name already used (in any letter case) ->
// Database naming it; an unknown id -> NotFound; update() writes role, hash, failure count, lock
// and active flag, never the name. Returned records are re-read. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/AccountRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class AccountRepository : public TableRepository<AccountRecord> {
public:
    explicit AccountRepository(Database& database);

    Result<AccountRecord> create(const AccountRecord& record, std::string_view userName);
    Result<AccountRecord> update(const AccountRecord& record, std::string_view userName);
    // By name, ignoring letter case.
    Result<std::optional<AccountRecord>> findByName(std::string_view name);
    // Ordered by name.
    Result<std::vector<AccountRecord>> list();
    Result<std::int64_t> count();
};

}  // namespace reunite::db
