#include "workflows/accounts/SignIn.h"

#include <chrono>
#include <optional>

#include "db/repositories/AccountRepository.h"
#include "db/sqlite/Transaction.h"
#include "domain/IsoDateTime.h"
#include "security/PasswordHash.h"
#include "workflows/audit/AuditTrail.h"

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
    if (Status recorded = appendAuditEntry(database, actorOf(created.value()),
                                           {"account.first-supervisor", std::nullopt, {{"account", std::to_string(created.value().id)}}, {}});
        !recorded) {
        return recorded.error();
    }
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return actorOf(created.value());
}

namespace {

// What a password check records: the action of a success (none: the caller records its own
// action) and of a refusal.
struct PasswordCheckActions {
    std::optional<std::string_view> accepted;
    std::string_view refused;
};

// Every sign-in and every refusal goes into the audit trail; a refusal names what was typed.
Result<Actor> recordOutcome(db::Database& database, std::string_view name, Result<Actor> outcome, const PasswordCheckActions& actions) {
    if (outcome) {
        if (!actions.accepted) return outcome;
        if (Status recorded = appendAuditEntry(database, outcome.value(), {std::string(*actions.accepted), std::nullopt, {}, {}}); !recorded) {
            return recorded.error();
        }
        return outcome;
    }
    if (outcome.error().code != ErrorCode::AccessDenied) return outcome;
    Result<std::optional<db::AccountRecord>> known = db::AccountRepository(database).findByName(name);
    Actor typed{0, std::string(name), Role::Volunteer};
    if (known && known.value()) typed = actorOf(*known.value());
    if (Status recorded = appendAuditEntry(database, typed, {std::string(actions.refused), std::nullopt, {}, {{"reason", outcome.error().message}}});
        !recorded) {
        return recorded.error();
    }
    return outcome;
}

Result<Actor> checkSignIn(db::Database& database, std::string_view name, std::string_view password, const SignInPolicy& policy) {
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

}  // namespace

Result<Actor> signIn(db::Database& database, std::string_view name, std::string_view password, const SignInPolicy& policy) {
    return recordOutcome(database, name, checkSignIn(database, name, password, policy), {"sign-in", "sign-in.refused"});
}

Result<Actor> confirmOwnPassword(db::Database& database, std::string_view name, std::string_view password, const SignInPolicy& policy) {
    return recordOutcome(database, name, checkSignIn(database, name, password, policy), {std::nullopt, "account.own-password.refused"});
}

}  // namespace reunite::workflows
