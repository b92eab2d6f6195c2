#pragma once
// Accounts for tests that act through the application layer: a real row in `accounts` (cases
// an analyst creates refer to it) with a known password, made with one Argon2id hash per run.
#include <optional>
#include <string>

#include "TestPassword.h"
#include "db/repositories/AccountRepository.h"
#include "security/PasswordHash.h"
#include "workflows/session/Actor.h"

namespace reunite::test {

// The account `name` with `role`, created when missing.
inline Result<workflows::Actor> testAccount(db::Database& database, const std::string& name, Role role) {
    static const Result<std::string> hash = security::hashPassword(kTestPassword);
    if (!hash) return hash.error();
    db::AccountRepository accounts(database);
    Result<std::optional<db::AccountRecord>> found = accounts.findByName(name);
    if (!found) return found.error();
    if (found.value()) return workflows::Actor{found.value()->id, found.value()->name, found.value()->role};
    db::AccountRecord record;
    record.name = name;
    record.role = role;
    record.passwordHash = hash.value();
    Result<db::AccountRecord> created = accounts.create(record, "test setup");
    if (!created) return created.error();
    return workflows::Actor{created.value().id, created.value().name, created.value().role};
}

}  // namespace reunite::test
