#include "cli/CommandSession.h"

#include <cstdlib>

#include <pwd.h>
#include <unistd.h>

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

CommandSession::CommandSession(std::unique_ptr<db::Database> database, workflows::EngineOptions engine, workflows::Actor actor)
    : database_(std::move(database)), engine_(engine),
      session_(std::make_unique<workflows::Session>(*database_, std::move(actor), engine_)) {}

Result<std::unique_ptr<CommandSession>> CommandSession::open(const Arguments& args, workflows::EngineOptions engine) {
    const std::optional<std::string> user = commandUserName(args);
    if (!user) return makeError(ErrorCode::InvalidArgument, "say who you are: --user NAME (or set REUNITE_USER)");
    const auto path = args.value("db");
    Result<std::unique_ptr<db::Database>> database = openWorkstationDatabase(path ? std::filesystem::path(*path) : defaultDatabasePath());
    if (!database) return database.error();
    return std::unique_ptr<CommandSession>(
        new CommandSession(std::move(database).value(), engine, workflows::Actor{*user, workflows::Role::Analyst}));
}

}  // namespace reunite::cli
