#pragma once
// Signing in: turns an account name and password into the Actor every action runs as, and
// creates the first supervisor on a database that has no account yet.
// Inputs: a database connection of the calling thread; the name (any letter case) and the
// password as typed.
// Guarantees: an unknown name, a wrong password, a deactivated or a locked account are all
// AccessDenied; the first two share one message, so a refusal does not tell whether the account
// exists. After SignInPolicy::attemptsBeforeLock consecutive failures the account is locked for
// SignInPolicy::lockFor (a correct password does not open it early); a success clears the count.
// Every outcome is stored before the call returns. createFirstSupervisor refuses (AccessDenied)
// once any account exists.
// Thread safety: uses the connection from the calling thread.
#include <chrono>
#include <string_view>

#include "db/sqlite/Database.h"
#include "domain/Result.h"
#include "workflows/session/Actor.h"

namespace reunite::workflows {

struct SignInPolicy {
    int attemptsBeforeLock = 5;
    std::chrono::seconds lockFor = std::chrono::minutes(15);
};

// The name recorded as creator of the first supervisor.
inline constexpr std::string_view kFirstStartCreator = "first start";

Result<bool> hasAccounts(db::Database& database);
Result<Actor> createFirstSupervisor(db::Database& database, std::string_view name, std::string_view password);
Result<Actor> signIn(db::Database& database, std::string_view name, std::string_view password, const SignInPolicy& policy = {});
// The current password of `name`, checked before it changes its own password: the checks and the
// lock-out of signIn, but a success records nothing (the change records itself) and a refusal is
// recorded as account.own-password.refused, not as a sign-in.
Result<Actor> confirmOwnPassword(db::Database& database, std::string_view name, std::string_view password,
                                 const SignInPolicy& policy = {});

}  // namespace reunite::workflows
