#pragma once
// AccountRecord: one person who may sign in (row of table `accounts`). Plain data.
// The name is unique regardless of letter case and never changes (decisions and audit entries
// carry it); the password is kept only as an Argon2id hash (security/PasswordHash.h).
// Fields marked "set by the repository" are ignored on input and filled on output.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/AccountRole.h"

namespace reunite::db {

struct AccountRecord {
    std::int64_t id = 0;                     // set by the repository
    std::string name;                        // not blank, unique ignoring case, fixed once created
    Role role = Role::Volunteer;
    std::string passwordHash;                // Argon2id, encoded with its salt and limits
    int failedSignIns = 0;                   // consecutive failures since the last success
    std::optional<std::string> lockedUntil;  // ISO-8601 UTC; no sign-in before it
    bool active = true;                      // a deactivated account cannot sign in
    std::string createdAt;                   // set by the repository
    std::string createdBy;                   // set by the repository
    std::string updatedAt;                   // set by the repository
    std::string updatedBy;                   // set by the repository
};

}  // namespace reunite::db
