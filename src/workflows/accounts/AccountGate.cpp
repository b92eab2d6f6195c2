#include "workflows/accounts/AccountGate.h"

#include "workflows/encryption/DatabaseKeyring.h"
#include "workflows/storage/WorkerConnections.h"

namespace reunite::workflows {

Result<db::Database*> AccountGate::connection() const {
    if (file_.empty()) return makeError(ErrorCode::Database, "no database is open");
    return workerConnectionFor(file_, generation_);
}

Result<bool> AccountGate::isEncrypted() const {
    return connection().andThen([](db::Database* database) { return isDatabaseEncrypted(*database); });
}

Result<security::DataKey> AccountGate::unlock(std::string_view passphrase) const {
    return connection().andThen([&](db::Database* database) { return unlockDatabase(*database, passphrase); });
}

Result<bool> AccountGate::hasAccounts() const {
    return connection().andThen([](db::Database* database) { return workflows::hasAccounts(*database); });
}

Result<Actor> AccountGate::createFirstSupervisor(std::string_view name, std::string_view password) const {
    return connection().andThen([&](db::Database* database) { return workflows::createFirstSupervisor(*database, name, password); });
}

Result<Actor> AccountGate::signIn(std::string_view name, std::string_view password) const {
    return connection().andThen([&](db::Database* database) { return workflows::signIn(*database, name, password); });
}

}  // namespace reunite::workflows
