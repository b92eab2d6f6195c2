#pragma once
// DatabaseKeyring: whether a workstation database is encrypted, and its data key from the
// passphrase. Runs when a database is opened, before anybody signs in (the key opens the photos
// and, with it, everything personal), so it is not a Session action.
// Guarantees: a database that is not encrypted unlocks to a null key whatever the passphrase;
// a wrong passphrase -> AccessDenied "wrong passphrase" and nothing is written; a damaged keyring
// -> CorruptData naming the table. The derived key lives in locked memory (security/SecretKey.h);
// unlocking also gives the connection its sealer (DataKeySealer.h), so that the sign-in that
// follows on it reads and writes sealed values.
// Thread safety: uses the calling thread's connection; the returned key may be shared by threads.
#include <string_view>

#include "db/sqlite/Database.h"
#include "domain/Result.h"
#include "security/DataKey.h"

namespace reunite::workflows {

Result<bool> isDatabaseEncrypted(db::Database& database);
Result<security::DataKey> unlockDatabase(db::Database& database, std::string_view passphrase);

}  // namespace reunite::workflows
