#pragma once
// AccountGate: signing in to a database file from a screen's worker thread, before any Session
// exists: whether the file is encrypted and its data key from the passphrase
// (encryption/DatabaseKeyring.h), whether it has accounts, the first supervisor, and sign-in
// (SignIn.h), each on
// the calling thread's own connection to (file, generation) (storage/WorkerConnections.h).
// Guarantees and errors: as SignIn.h; "no database is open" (Database) for an empty file.
// Thread safety: a copyable value; call from any worker thread.
#include <filesystem>
#include <string_view>

#include "domain/Result.h"
#include "security/DataKey.h"
#include "workflows/accounts/SignIn.h"

namespace reunite::workflows {

class AccountGate {
public:
    AccountGate(std::filesystem::path file, int generation) : file_(std::move(file)), generation_(generation) {}

    Result<bool> isEncrypted() const;
    Result<security::DataKey> unlock(std::string_view passphrase) const;
    Result<bool> hasAccounts() const;
    Result<Actor> createFirstSupervisor(std::string_view name, std::string_view password) const;
    Result<Actor> signIn(std::string_view name, std::string_view password) const;

private:
    Result<db::Database*> connection() const;

    std::filesystem::path file_;
    int generation_ = 0;
};

}  // namespace reunite::workflows
