// reunite-cli account: the first supervisor, and the supervisor's work on accounts.
#include <iostream>

#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/CommandSession.h"
#include "cli/JsonOutput.h"
#include "cli/PasswordInput.h"
#include "workflows/accounts/AccountActions.h"
#include "workflows/accounts/SignIn.h"

namespace reunite::cli {
namespace {

using workflows::AccountActions;
using workflows::AccountSummary;

constexpr const char* kUsage =
    "usage: account init | list | create NAME --role volunteer|analyst|supervisor | role NAME ROLE |\n"
    "       password NAME | unlock NAME | deactivate NAME | activate NAME | change-password\n"
    "       (new passwords: --new-password-file FILE, a prompt, or the next line of standard input)";

nlohmann::json accountToJson(const AccountSummary& account) {
    return {{"id", account.id},
            {"name", account.name},
            {"role", roleName(account.role)},
            {"active", account.active},
            {"locked_until", account.lockedUntil ? nlohmann::json(*account.lockedUntil) : nlohmann::json()},
            {"failed_sign_ins", account.failedSignIns},
            {"created_at", account.createdAt},
            {"created_by", account.createdBy}};
}

int printAccount(const Result<AccountSummary>& account) {
    if (!account) return fail(account.error());
    return printJson(accountToJson(account.value()));
}

// account init: the first supervisor of a database without accounts, named by --user.
int initAccounts(const Arguments& args) {
    const std::optional<std::string> user = commandUserName(args);
    if (!user) return usageError("account init needs --user NAME");
    Result<std::unique_ptr<db::Database>> database = openCommandDatabase(args);
    if (!database) return fail(database.error());
    Result<bool> anyAccount = workflows::hasAccounts(*database.value());
    if (!anyAccount) return fail(anyAccount.error());
    if (anyAccount.value()) return fail(makeError(ErrorCode::AccessDenied, "the first supervisor exists already: sign in"));
    Result<std::string> password = readNewPassword(args, "New password for supervisor " + *user);
    if (!password) return fail(password.error());
    Result<workflows::Actor> created = workflows::createFirstSupervisor(*database.value(), *user, password.value());
    if (!created) return fail(created.error());
    return printJson({{"id", created.value().accountId}, {"name", created.value().name}, {"role", roleName(created.value().role)}});
}

std::optional<std::string> accountName(const Arguments& args) {
    if (args.positional().size() < 2) return std::nullopt;
    return args.positional()[1];
}

int createAccount(const Arguments& args, AccountActions& accounts) {
    const std::optional<std::string> name = accountName(args);
    const std::optional<Role> role = parseRole(args.value("role").value_or(""));
    if (!name || !role) return usageError("usage: account create NAME --role volunteer|analyst|supervisor");
    Result<std::string> password = readNewPassword(args, "New password for " + *name);
    if (!password) return fail(password.error());
    return printAccount(accounts.create(*name, *role, password.value()));
}

int listAccounts(AccountActions& accounts) {
    Result<std::vector<AccountSummary>> listed = accounts.list();
    if (!listed) return fail(listed.error());
    nlohmann::json out = nlohmann::json::array();
    for (const AccountSummary& account : listed.value()) out.push_back(accountToJson(account));
    return printJson(out);
}

int changeAccount(const std::string& action, const Arguments& args, AccountActions& accounts) {
    const std::optional<std::string> name = accountName(args);
    if (!name) return usageError(kUsage);
    if (action == "role") {
        const std::optional<Role> role = args.positional().size() == 3 ? parseRole(args.positional()[2]) : std::nullopt;
        if (!role) return usageError("usage: account role NAME volunteer|analyst|supervisor");
        return printAccount(accounts.setRole(*name, *role));
    }
    if (action == "password") {
        Result<std::string> password = readNewPassword(args, "New password for " + *name);
        if (!password) return fail(password.error());
        return printAccount(accounts.setPassword(*name, password.value()));
    }
    if (action == "unlock") return printAccount(accounts.unlock(*name));
    return printAccount(accounts.setActive(*name, action == "activate"));
}

int changeOwnPassword(const Arguments& args, AccountActions& accounts) {
    Result<std::string> current = readPassword("Current password");
    if (!current) return fail(current.error());
    Result<std::string> replacement = readNewPassword(args, "New password");
    if (!replacement) return fail(replacement.error());
    if (Status changed = accounts.changeOwnPassword(current.value(), replacement.value()); !changed) return fail(changed.error());
    return printJson({{"changed", true}});
}

}  // namespace

int runAccountCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "user", "role", "new-password-file"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().empty()) return usageError(kUsage);
    const std::string& action = args.positional()[0];
    if (action == "init") return initAccounts(args);
    const bool known = action == "list" || action == "create" || action == "role" || action == "password" ||
                       action == "unlock" || action == "deactivate" || action == "activate" || action == "change-password";
    if (!known) return usageError("unknown account action '" + action + "'\n" + kUsage);
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    AccountActions accounts(opened.value()->session());
    if (action == "list") return listAccounts(accounts);
    if (action == "create") return createAccount(args, accounts);
    if (action == "change-password") return changeOwnPassword(args, accounts);
    return changeAccount(action, args, accounts);
}

}  // namespace reunite::cli
