#pragma once
// CommandSession: what a database command of reunite-cli runs with: the database named by --db
// (or the workstation's default), an Engine for this process, and a Session for the signed-in
// account (--user, else $REUNITE_USER, $USER, $LOGNAME, or the operating-system account; the
// password as cli/PasswordInput.h reads it), and for an encrypted database its data key,
// unlocked with the passphrase (read before the password).
// Guarantees: open() fails with the database error (exit 7), a usage error for a blank user, or
// AccessDenied (exit 9) for a database without accounts, a wrong passphrase or password, or a
// locked account.
// Thread safety: one per command, used from the main thread.
#include <memory>
#include <optional>
#include <string>

#include "cli/CliCommon.h"
#include "db/sqlite/Database.h"
#include "domain/Result.h"
#include "security/DataKey.h"
#include "workflows/session/Engine.h"
#include "workflows/session/Session.h"

namespace reunite::cli {

class CommandSession {
public:
    static Result<std::unique_ptr<CommandSession>> open(const Arguments& args, workflows::EngineOptions engine = {});

    workflows::Session& session() { return *session_; }
    workflows::Engine& engine() { return engine_; }
    db::Database& database() { return *database_; }

private:
    CommandSession(std::unique_ptr<db::Database> database, workflows::EngineOptions engine, workflows::Actor actor,
                   security::DataKey key);

    std::unique_ptr<db::Database> database_;
    workflows::Engine engine_;
    std::unique_ptr<workflows::Session> session_;
};

// The database named by --db, else the workstation's default, opened as the workstation does.
Result<std::unique_ptr<db::Database>> openCommandDatabase(const Arguments& args);

// The data key of an encrypted database, unlocked with the passphrase (PasswordInput.h); null
// for a database that is not encrypted (then nothing is read).
Result<security::DataKey> unlockCommandDatabase(db::Database& database);

// The acting user of this command: --user, else $REUNITE_USER, $USER, $LOGNAME, the OS account.
std::optional<std::string> commandUserName(const Arguments& args);

}  // namespace reunite::cli
