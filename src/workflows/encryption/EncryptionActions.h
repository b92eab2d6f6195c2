#pragma once
// EncryptionActions: encrypting a plain workstation database and its photo store, and changing
// the passphrase of an encrypted one. Supervisors only (Permission::ManageEncryption).
//
// Encrypting runs in two steps so that no step can leave a half-encrypted database:
//  1. prepareEncryptedCopy (with the database open): the database is copied (SQLite online
//     backup) to "<database>.encrypting"; a new random data key is wrapped under the passphrase
//     into the copy's keyring; every photo-store file is sealed into the store under its keyed
//     name and the copy's photos point at the sealed files; the copy's audit trail records it;
//     then the copy is verified (integrity, and every sealed photo opens to its SHA-256); then
//     every personal value of its rows is sealed (db/repositories/StoredRowSealing.h), every
//     sealed record is read back, and the file is rewritten (VACUUM) so that no free page keeps
//     a value from before. Until
//     step 2 the plain database is untouched and in use; a failure removes the copy and the
//     sealed files.
//  2. swapInEncryptedCopy (after every connection to the database was closed): the verified copy
//     is renamed over the database (atomic), then the plain photo files are deleted.
// A crash before the rename leaves the plain database as it was (the next attempt removes the
// stray sealed files); a crash after it leaves an encrypted database with plain files that
// removeInterruptedLeftovers deletes.
// Photos imported without a copy (read from the user's own files) stay where they are; the copy
// says how many. Backups of an encrypted database hold its wrapped key and sealed values only.
//
// rekey wraps the same data key under a new passphrase (nothing sealed changes), with its audit
// entry in one transaction.
// Guarantees: a passphrase shorter than the password rules -> InvalidArgument before anything is
// written; encrypting an encrypted database -> InvalidArgument; rekey of a plain one ->
// InvalidArgument.
// Thread safety: uses the Session from the calling thread.
#include <cstddef>
#include <filesystem>
#include <string_view>

#include "domain/Result.h"
#include "security/WrappedKey.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

struct EncryptedCopy {
    std::filesystem::path copyFile;         // "<database>.encrypting", verified
    std::size_t sealedPhotoFiles = 0;       // store files sealed into the copy's store
    std::size_t photoFilesOutsideStore = 0; // photos read from the user's own files, left as they are
    std::size_t sealedValues = 0;           // rows and values sealed in the copy's tables
};

class EncryptionActions {
public:
    explicit EncryptionActions(Session& session) : session_(session) {}

    Result<EncryptedCopy> prepareEncryptedCopy(std::string_view passphrase, security::KdfLimits limits);
    Status rekey(std::string_view newPassphrase, security::KdfLimits limits);
    // Files an interrupted encryption left in the photo store: sealed files beside a plain
    // database, plain ones beside an encrypted database. Returns how many were deleted.
    Result<std::size_t> removeInterruptedLeftovers();

private:
    Session& session_;
};

// Step 2 of encrypting (see above): the database file must have no other connection (its WAL
// file is gone once the last one closes; one still there -> InvalidArgument "open in another
// program", and the copy is removed). Returns how many plain photo files were deleted.
Result<std::size_t> swapInEncryptedCopy(const std::filesystem::path& databaseFile, const EncryptedCopy& copy);

}  // namespace reunite::workflows
