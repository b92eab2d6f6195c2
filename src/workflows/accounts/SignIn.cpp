#include "workflows/accounts/SignIn.h"

#include <chrono>

#include "db/repositories/AccountRepository.h"
#include "db/sqlite/Transaction.h"
#include "domain/IsoDateTime.h"
#include "security/PasswordHash.h"

namespace reunite::workflows {

namespace {

constexpr std::string_view kRefused = "unknown account or wrong password";

std::chrono::sys_seconds now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

Actor actorOf(const db::AccountRecord& account) { return Actor{account.id, account.name, account.role}; }

bool isLocked(const db::AccountRecord& account) {
    if (!account.lockedUntil) return false;
    const std::optional<std::chrono::sys_seconds> until = parseIsoTimestamp(*account.lockedUntil);
    return !until || now() < *until;
}

// A hash to check unknown names against, so that they take as long as known ones.
const std::string& decoyHash() {
    static const std::string hash = [] {
        Result<std::string> made = security::hashPassword("no account has this password");
        return made ? made.value() : std::string();
    }();
    return hash;
}

Result<Actor> recordFailure(db::AccountRepository& accounts, db::AccountRecord account, const SignInPolicy& policy) {
    ++account.failedSignIns;
    if (account.failedSignIns >= policy.attemptsBeforeLock) {
        account.lockedUntil = formatUtcSeconds(now() + policy.lockFor);
        account.failedSignIns = 0;
    }
    if (Result<db::AccountRecord> stored = accounts.update(account, account.name); !stored) return stored.error();
    if (account.lockedUntil && isLocked(account)) {
        return makeError(ErrorCode::AccessDenied, std::string(kRefused) + "; the account is now locked until " + *account.lockedUntil);
    }
    return makeError(ErrorCode::AccessDenied, std::string(kRefused));
}

Result<Actor> recordSuccess(db::AccountRepository& accounts, db::AccountRecord account) {
    if (account.failedSignIns == 0 && !account.lockedUntil) return actorOf(account);
    account.failedSignIns = 0;
    account.lockedUntil.reset();
    Result<db::AccountRecord> stored = accounts.update(account, account.name);
    if (!stored) return stored.error();
    return actorOf(stored.value());
}

}  // namespace

Result<bool> hasAccounts(db::Database& database) {
    Result<std::int64_t> count = db::AccountRepository(database).count();
    if (!count) return count.error();
    return count.value() > 0;
}

Result<Actor> createFirstSupervisor(db::Database& database, std::string_view name, std::string_view password) {
    Result<std::string> hash = security::hashPassword(password);
    if (!hash) return hash.error();
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    db::AccountRepository accounts(database);
    Result<std::int64_t> count = accounts.count();
    if (!count) return count.error();
    if (count.value() > 0) return makeError(ErrorCode::AccessDenied, "the first supervisor exists already: sign in");
    db::AccountRecord record;
    record.name = std::string(name);
    record.role = Role::Supervisor;
    record.passwordHash = std::move(hash).value();
    Result<db::AccountRecord> created = accounts.create(record, kFirstStartCreator);
    if (!created) return created.error();
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return actorOf(created.value());
}

Result<Actor> signIn(db::Database& database, std::string_view name, std::string_view password, const SignInPolicy& policy) {
    db::AccountRepository accounts(database);
    Result<std::optional<db::AccountRecord>> found = accounts.findByName(name);
    if (!found) return found.error();
    if (!found.value()) {
        (void)security::passwordMatches(decoyHash(), password);
        return makeError(ErrorCode::AccessDenied, std::string(kRefused));
    }
    db::AccountRecord account = std::move(*found.value());
    if (!account.active) return makeError(ErrorCode::AccessDenied, "the account " + account.name + " is deactivated");
    if (isLocked(account)) {
        return makeError(ErrorCode::AccessDenied, "the account " + account.name + " is locked until " + *account.lockedUntil +
                                                      " after repeated failed sign-ins (a supervisor can unlock it)");
    }
    if (!security::passwordMatches(account.passwordHash, password)) return recordFailure(accounts, std::move(account), policy);
    return recordSuccess(accounts, std::move(account));
}

}  // namespace reunite::workflows
