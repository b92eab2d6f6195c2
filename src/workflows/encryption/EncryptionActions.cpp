#include "workflows/encryption/EncryptionActions.h"

#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/KeyringRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/StoredRowSealing.h"
#include "domain/FileBytes.h"
#include "domain/Utf8Text.h"
#include "security/PasswordHash.h"
#include "workflows/encryption/DataKeySealer.h"
#include "workflows/encryption/DatabaseKeyring.h"

namespace reunite::workflows {

namespace {

std::filesystem::path copyPathFor(const std::filesystem::path& databaseFile) { return databaseFile.string() + ".encrypting"; }

std::filesystem::path besideFile(const std::filesystem::path& file, std::string_view suffix) { return file.string() + std::string(suffix); }

void removeDatabaseFiles(const std::filesystem::path& file) {
    std::error_code ignored;
    for (std::string_view suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(besideFile(file, suffix), ignored);
}

Result<std::set<std::string>> referencedFiles(db::Database& database) {
    Result<std::vector<db::StoredFile>> files = db::PhotoRepository(database).listStoredFiles();
    if (!files) return files.error();
    std::set<std::string> paths;
    for (const db::StoredFile& file : files.value()) paths.insert(file.path);
    return paths;
}

// Deletes the store's regular files that are sealed (or plain, when `sealed` is false) and that
// no photo refers to.
std::size_t removeStoreFiles(const std::filesystem::path& folder, bool sealed, const std::set<std::string>& referenced) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return 0;
    std::vector<std::filesystem::path> doomed;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, ec); !ec && it != std::filesystem::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->is_symlink(ec)) continue;
        if (isSealedPhotoFile(it->path()) == sealed && !referenced.count(it->path().string())) doomed.push_back(it->path());
    }
    std::size_t removed = 0;
    std::set<std::filesystem::path> folders;
    for (const std::filesystem::path& file : doomed) {
        removed += std::filesystem::remove(file, ec) ? 1 : 0;
        folders.insert(file.parent_path());
    }
    // A sub-folder left empty would still tell the first digits of a removed photo's SHA-256.
    for (const std::filesystem::path& emptied : folders) {
        if (emptied != folder && std::filesystem::is_empty(emptied, ec)) std::filesystem::remove(emptied, ec);
    }
    return removed;
}

// Seals every store file the copy's photos refer to and points them at the sealed file.
Status sealStoreFiles(db::Database& copy, const PhotoStore& plain, const PhotoStore& sealed, EncryptedCopy& out,
                      std::vector<std::filesystem::path>& created) {
    db::PhotoRepository photos(copy);
    Result<std::vector<db::StoredFile>> files = photos.listStoredFiles();
    if (!files) return files.error();
    for (const db::StoredFile& file : files.value()) {
        if (!plain.holds(file.path)) {
            ++out.photoFilesOutsideStore;
            continue;
        }
        Result<StoredPhoto> stored = sealed.store(file.path, file.sha256);
        if (!stored) return makeError(stored.error().code, "photo " + file.sha256 + " could not be sealed: " + stored.error().message);
        if (stored.value().created) created.push_back(stored.value().path);
        Result<std::int64_t> moved = photos.moveStoredFile(file.path, stored.value().path.string());
        if (!moved) return moved.error();
        ++out.sealedPhotoFiles;
    }
    return Ok{};
}

// The copy is whole and every sealed photo opens, under the new key, to the content it had.
Status verifyCopy(db::Database& copy, const PhotoStore& sealed) {
    if (Status intact = copy.integrityCheck(); !intact) return intact;
    Result<std::vector<db::StoredFile>> files = db::PhotoRepository(copy).listStoredFiles();
    if (!files) return files.error();
    for (const db::StoredFile& file : files.value()) {
        if (!sealed.holds(file.path)) continue;
        Result<std::vector<std::uint8_t>> bytes = sealed.read(file.path);
        if (!bytes) return bytes.error();
        if (sha256Hex(bytes.value()) != file.sha256) {
            return makeError(ErrorCode::CorruptData, "the sealed copy of photo " + file.sha256 + " does not open to its content");
        }
    }
    return Ok{};
}

// Seals every row of the copy, checks that each sealed record opens, and rewrites the file so
// that no page (free or in the write-ahead log) keeps a value from before.
Status sealCopyRows(db::Database& copy, EncryptedCopy& out) {
    Result<std::int64_t> sealed = db::sealStoredRows(copy);
    if (!sealed) return makeError(sealed.error().code, "the copy's records could not be sealed: " + sealed.error().message);
    out.sealedValues = static_cast<std::size_t>(sealed.value());
    if (Result<std::vector<db::CaseRecord>> cases = db::CaseRepository(copy).list(); !cases) return cases.error();
    Result<std::int64_t> candidates = db::CandidateRepository(copy).forEachCandidate([](const db::CandidateRecord&) { return db::ScanStep::Continue; });
    if (!candidates) return candidates.error();
    Result<std::vector<std::int64_t>> damaged = db::FaceRepository(copy).findDamagedEmbeddings();
    if (!damaged) return damaged.error();
    if (!damaged.value().empty()) {
        return makeError(ErrorCode::CorruptData, "face " + std::to_string(damaged.value().front()) + " of the copy does not open after sealing");
    }
    return copy.execute("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);");
}

AuditEvent encryptedEvent(const EncryptedCopy& copy, const security::KdfLimits& limits) {
    return {"database.encrypted", std::nullopt, {},
            {{"sealed_photo_files", std::to_string(copy.sealedPhotoFiles)},
             {"photo_files_outside_store", std::to_string(copy.photoFilesOutsideStore)},
             {"kdf_passes", std::to_string(limits.passes)},
             {"kdf_memory_mib", std::to_string(limits.memoryBytes >> 20)}}};
}

// Everything step 1 writes into the open copy: keyring, sealed photos, the audit entry.
Status encryptCopy(db::Database& copy, const Actor& actor, const PhotoStore& plain, const security::DataKey& key,
                   const security::WrappedKey& wrapped, const security::KdfLimits& limits, EncryptedCopy& out,
                   std::vector<std::filesystem::path>& created) {
    const PhotoStore sealed(plain.folder(), key);
    Result<db::Transaction> transaction = db::Transaction::begin(copy);
    if (!transaction) return transaction.error();
    if (Status kept = db::KeyringRepository(copy).create(wrapped.encode(), actor.name); !kept) return kept;
    // From here the copy writes sealed, and its audit chain is keyed from the entry below on.
    useKey(copy, key);
    if (Status moved = sealStoreFiles(copy, plain, sealed, out, created); !moved) return moved;
    if (Status logged = appendAuditEntry(copy, actor, encryptedEvent(out, limits)); !logged) return logged;
    if (Status committed = transaction.value().commit(); !committed) return committed;
    if (Status verified = verifyCopy(copy, sealed); !verified) return verified;
    return sealCopyRows(copy, out);
}

}  // namespace

Result<EncryptedCopy> EncryptionActions::prepareEncryptedCopy(std::string_view passphrase, security::KdfLimits limits) {
    if (Status allowed = session_.authorize(Permission::ManageEncryption); !allowed) return allowed.error();
    Result<bool> encrypted = isDatabaseEncrypted(session_.database());
    if (!encrypted) return encrypted.error();
    if (encrypted.value()) return makeError(ErrorCode::InvalidArgument, "the database is encrypted already: change its passphrase with rekey");
    if (Status rules = security::checkPasswordRules(passphrase); !rules) return rules.error();
    Result<std::size_t> stray = removeInterruptedLeftovers();
    if (!stray) return stray.error();

    Result<security::SecretKey> fresh = security::SecretKey::random();
    if (!fresh) return fresh.error();
    const security::DataKey key = std::make_shared<const security::SecretKey>(std::move(fresh).value());
    Result<security::WrappedKey> wrapped = security::wrapKey(*key, passphrase, limits);
    if (!wrapped) return wrapped.error();

    EncryptedCopy out;
    out.copyFile = copyPathFor(session_.database().path());
    removeDatabaseFiles(out.copyFile);
    if (Status copied = session_.database().backupTo(out.copyFile); !copied) return copied.error();
    std::vector<std::filesystem::path> created;
    Status done = [&]() -> Status {
        Result<std::unique_ptr<db::Database>> copy = db::Database::open(out.copyFile);
        if (!copy) return copy.error();
        return encryptCopy(*copy.value(), session_.actor(), session_.photoStore(), key, wrapped.value(), limits, out, created);
    }();
    if (done) return out;
    std::error_code ignored;
    for (const std::filesystem::path& file : created) std::filesystem::remove(file, ignored);
    removeDatabaseFiles(out.copyFile);
    return done.error();
}

Status EncryptionActions::rekey(std::string_view newPassphrase, security::KdfLimits limits) {
    if (Status allowed = session_.authorize(Permission::ManageEncryption); !allowed) return allowed;
    if (!session_.dataKey()) return makeError(ErrorCode::InvalidArgument, "the database is not encrypted: encrypt it first (reunite-cli encrypt)");
    Result<security::WrappedKey> wrapped = security::wrapKey(*session_.dataKey(), newPassphrase, limits);
    if (!wrapped) return wrapped.error();
    Result<db::Transaction> transaction = db::Transaction::begin(session_.database());
    if (!transaction) return transaction.error();
    if (Status kept = db::KeyringRepository(session_.database()).replace(wrapped.value().encode(), session_.userName()); !kept) return kept;
    const AuditEvent event{"database.rekeyed", std::nullopt, {}, {{"kdf_memory_mib", std::to_string(limits.memoryBytes >> 20)}}};
    if (Status logged = session_.audit(event); !logged) return logged;
    return transaction.value().commit();
}

Result<std::size_t> EncryptionActions::removeInterruptedLeftovers() {
    if (Status allowed = session_.authorize(Permission::ManageEncryption); !allowed) return allowed.error();
    Result<bool> encrypted = isDatabaseEncrypted(session_.database());
    if (!encrypted) return encrypted.error();
    Result<std::set<std::string>> referenced = referencedFiles(session_.database());
    if (!referenced) return referenced.error();
    return removeStoreFiles(session_.photoStore().folder(), !encrypted.value(), referenced.value());
}

Result<std::size_t> swapInEncryptedCopy(const std::filesystem::path& databaseFile, const EncryptedCopy& copy) {
    std::error_code ec;
    if (std::filesystem::exists(besideFile(copy.copyFile, "-wal"), ec)) {
        return makeError(ErrorCode::Internal, "the encrypted copy " + quotedPathText(copy.copyFile) + " was not closed cleanly");
    }
    if (std::filesystem::exists(besideFile(databaseFile, "-wal"), ec)) {
        removeDatabaseFiles(copy.copyFile);
        return makeError(ErrorCode::InvalidArgument, quotedPathText(databaseFile) +
                                                         " is open in another program (a workstation window or a command): close it, "
                                                         "then run encrypt again; nothing was changed");
    }
    std::filesystem::rename(copy.copyFile, databaseFile, ec);
    if (ec) {
        removeDatabaseFiles(copy.copyFile);
        return makeError(ErrorCode::Unreadable, "cannot put the encrypted copy in place of " + quotedPathText(databaseFile) + ": " +
                                                    ec.message() + "; nothing was changed");
    }
    Result<std::unique_ptr<db::Database>> encrypted = db::Database::open(databaseFile);
    if (!encrypted) return encrypted.error();
    Result<std::set<std::string>> referenced = referencedFiles(*encrypted.value());
    if (!referenced) return referenced.error();
    return removeStoreFiles(PhotoStore::besideDatabase(databaseFile).folder(), false, referenced.value());
}

}  // namespace reunite::workflows
