#include "workflows/accounts/AccountActions.h"

#include "db/repositories/AccountRepository.h"
#include "security/PasswordHash.h"
#include "workflows/accounts/SignIn.h"

namespace reunite::workflows {

namespace {

AccountSummary summaryOf(const db::AccountRecord& record) {
    return AccountSummary{record.id, record.name, record.role, record.active, record.lockedUntil, record.failedSignIns,
                          record.createdAt, record.createdBy};
}

// The audit entry of a change to an account: its id, and its role as it is now.
AuditEvent accountEvent(const char* action, const db::AccountRecord& account) {
    return AuditEvent{action, std::nullopt, {{"account", std::to_string(account.id)}}, {{"role", roleName(account.role)}}};
}

Result<db::AccountRecord> accountNamed(db::Database& database, std::string_view name) {
    Result<std::optional<db::AccountRecord>> found = db::AccountRepository(database).findByName(name);
    if (!found) return found.error();
    if (!found.value()) return makeError(ErrorCode::NotFound, "no account named " + std::string(name));
    return std::move(*found.value());
}

}  // namespace

template <typename Change>
Result<AccountSummary> AccountActions::change(const char* action, std::string_view name, Change&& apply) {
    if (Status allowed = session_.authorize(Permission::ManageAccounts); !allowed) return allowed.error();
    Result<db::AccountRecord> account = accountNamed(session_.database(), name);
    if (!account) return account.error();
    if (Status applied = apply(account.value()); !applied) return applied.error();
    Result<db::AccountRecord> stored = session_.recordedWrite(
        [&] { return db::AccountRepository(session_.database()).update(account.value(), session_.userName()); },
        [&](const db::AccountRecord& changed) { return accountEvent(action, changed); });
    if (!stored) return stored.error();
    return summaryOf(stored.value());
}

Result<AccountSummary> AccountActions::create(std::string_view name, Role role, std::string_view password) {
    if (Status allowed = session_.authorize(Permission::ManageAccounts); !allowed) return allowed.error();
    Result<std::string> hash = security::hashPassword(password);
    if (!hash) return hash.error();
    db::AccountRecord record;
    record.name = std::string(name);
    record.role = role;
    record.passwordHash = std::move(hash).value();
    Result<db::AccountRecord> created = session_.recordedWrite(
        [&] { return db::AccountRepository(session_.database()).create(record, session_.userName()); },
        [](const db::AccountRecord& made) { return accountEvent("account.create", made); });
    if (!created) return created.error();
    return summaryOf(created.value());
}

Result<std::vector<AccountSummary>> AccountActions::list() {
    if (Status allowed = session_.authorize(Permission::ManageAccounts); !allowed) return allowed.error();
    Result<std::vector<db::AccountRecord>> accounts = db::AccountRepository(session_.database()).list();
    if (!accounts) return accounts.error();
    std::vector<AccountSummary> summaries;
    for (const db::AccountRecord& account : accounts.value()) summaries.push_back(summaryOf(account));
    return summaries;
}

Result<AccountSummary> AccountActions::setRole(std::string_view name, Role role) {
    return change("account.role", name, [&](db::AccountRecord& account) -> Status {
        if (account.id == session_.actor().accountId && role != Role::Supervisor) {
            return makeError(ErrorCode::InvalidArgument, "a supervisor cannot give up its own role: another supervisor can");
        }
        account.role = role;
        return Ok{};
    });
}

Result<AccountSummary> AccountActions::setPassword(std::string_view name, std::string_view password) {
    Result<std::string> hash = security::hashPassword(password);
    if (!hash) return hash.error();
    return change("account.password", name, [&](db::AccountRecord& account) -> Status {
        account.passwordHash = hash.value();
        account.failedSignIns = 0;
        account.lockedUntil.reset();
        return Ok{};
    });
}

Result<AccountSummary> AccountActions::unlock(std::string_view name) {
    return change("account.unlock", name, [](db::AccountRecord& account) -> Status {
        account.failedSignIns = 0;
        account.lockedUntil.reset();
        return Ok{};
    });
}

Result<AccountSummary> AccountActions::setActive(std::string_view name, bool active) {
    return change(active ? "account.activate" : "account.deactivate", name, [&](db::AccountRecord& account) -> Status {
        if (account.id == session_.actor().accountId && !active) {
            return makeError(ErrorCode::InvalidArgument, "a supervisor cannot deactivate its own account");
        }
        account.active = active;
        return Ok{};
    });
}

Status AccountActions::changeOwnPassword(std::string_view currentPassword, std::string_view newPassword) {
    Result<Actor> confirmed = confirmOwnPassword(session_.database(), session_.userName(), currentPassword);
    if (!confirmed) return confirmed.error();
    Result<std::string> hash = security::hashPassword(newPassword);
    if (!hash) return hash.error();
    Result<db::AccountRecord> account = accountNamed(session_.database(), session_.userName());
    if (!account) return account.error();
    account.value().passwordHash = std::move(hash).value();
    Result<db::AccountRecord> stored = session_.recordedWrite(
        [&] { return db::AccountRepository(session_.database()).update(account.value(), session_.userName()); },
        [](const db::AccountRecord& changed) { return accountEvent("account.own-password", changed); });
    if (!stored) return stored.error();
    return Ok{};
}

Result<std::int64_t> AccountActions::idOf(std::string_view name) {
    if (Status allowed = session_.authorize(Permission::AssignCases); !allowed) return allowed.error();
    Result<db::AccountRecord> account = accountNamed(session_.database(), name);
    if (!account) return account.error();
    return account.value().id;
}

}  // namespace reunite::workflows
