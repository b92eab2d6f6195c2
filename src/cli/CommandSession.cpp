#include "cli/CommandSession.h"

#include <cstdlib>

#include <pwd.h>
#include <unistd.h>

#include "cli/PasswordInput.h"
#include "domain/Utf8Text.h"
#include "workflows/accounts/SignIn.h"
#include "workflows/encryption/DatabaseKeyring.h"
#include "workflows/storage/WorkstationDatabase.h"
#include "workflows/storage/WorkstationPaths.h"

namespace reunite::cli {

std::optional<std::string> commandUserName(const Arguments& args) {
    if (auto user = args.value("user")) return *user;
    for (const char* variable : {"REUNITE_USER", "USER", "LOGNAME"}) {
        if (const char* value = std::getenv(variable); value && *value) return std::string(value);
    }
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name && *account->pw_name) {
        return std::string(account->pw_name);
    }
    return std::nullopt;
}

CommandSession::CommandSession(std::unique_ptr<db::Database> database, workflows::EngineOptions engine, workflows::Actor actor,
                               security::DataKey key)
    : database_(std::move(database)), engine_(engine),
      session_(std::make_unique<workflows::Session>(*database_, std::move(actor), engine_, nullptr, std::move(key))) {}

Result<std::unique_ptr<db::Database>> openCommandDatabase(const Arguments& args) {
    const auto path = args.value("db");
    const Result<std::filesystem::path> file = path ? Result<std::filesystem::path>(std::filesystem::path(*path)) : defaultDatabasePath();
    if (!file) return file.error();
    return openWorkstationDatabase(file.value());
}

Result<security::DataKey> unlockCommandDatabase(db::Database& database) {
    Result<bool> encrypted = workflows::isDatabaseEncrypted(database);
    if (!encrypted) return encrypted.error();
    if (!encrypted.value()) return security::DataKey();
    Result<std::string> passphrase = readPassphrase("Passphrase of " + pathText(database.path()));
    if (!passphrase) return passphrase.error();
    Result<security::DataKey> key = workflows::unlockDatabase(database, passphrase.value());
    if (!key) return makeError(key.error().code, quotedPathText(database.path()) + ": " + key.error().message);
    return key;
}

Result<std::unique_ptr<CommandSession>> CommandSession::open(const Arguments& args, workflows::EngineOptions engine) {
    const std::optional<std::string> user = commandUserName(args);
    if (!user) return makeError(ErrorCode::InvalidArgument, "say who you are: --user NAME (or set REUNITE_USER)");
    Result<std::unique_ptr<db::Database>> database = openCommandDatabase(args);
    if (!database) return database.error();
    Result<bool> anyAccount = workflows::hasAccounts(*database.value());
    if (!anyAccount) return anyAccount.error();
    if (!anyAccount.value()) {
        return makeError(ErrorCode::AccessDenied, "the database " + quotedPathText(database.value()->path()) +
                                                      " has no account yet: create the first supervisor with "
                                                      "`reunite-cli account init --user NAME`");
    }
    Result<security::DataKey> key = unlockCommandDatabase(*database.value());
    if (!key) return key.error();
    Result<std::string> password = readPassword("Password for " + *user);
    if (!password) return password.error();
    Result<workflows::Actor> actor = workflows::signIn(*database.value(), *user, password.value());
    if (!actor) return actor.error();
    return std::unique_ptr<CommandSession>(
        new CommandSession(std::move(database).value(), engine, std::move(actor).value(), std::move(key).value()));
}

}  // namespace reunite::cli
