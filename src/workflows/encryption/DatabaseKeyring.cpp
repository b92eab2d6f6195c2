#include "workflows/encryption/DatabaseKeyring.h"

#include "db/repositories/KeyringRepository.h"
#include "security/WrappedKey.h"
#include "workflows/encryption/DataKeySealer.h"

namespace reunite::workflows {

// The connection found out when it opened (Database::isEncrypted); asking the keyring again
// would be a second answer to the same question.
Result<bool> isDatabaseEncrypted(db::Database& database) { return database.isEncrypted(); }

Result<security::DataKey> unlockDatabase(db::Database& database, std::string_view passphrase) {
    Result<std::optional<db::KeyringRecord>> keyring = db::KeyringRepository(database).get();
    if (!keyring) return keyring.error();
    if (!keyring.value()) return security::DataKey();
    Result<security::WrappedKey> wrapped = security::WrappedKey::decode(keyring.value()->wrappedKey);
    if (!wrapped) return makeError(ErrorCode::CorruptData, "the database's keyring is damaged: " + wrapped.error().message);
    Result<security::SecretKey> key = security::unwrapKey(wrapped.value(), passphrase);
    if (!key) return key.error();
    security::DataKey unlocked = std::make_shared<const security::SecretKey>(std::move(key).value());
    useKey(database, unlocked);
    return unlocked;
}

}  // namespace reunite::workflows
