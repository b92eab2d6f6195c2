// Encryption at rest through the application layer: the photo store seals each copy under a
// keyed name; `encrypt` works on a verified copy and swaps it in, after which the photos open only
// with the passphrase, a wrong one changes nothing, new photos are sealed too and `rekey`
// changes the passphrase alone. Supervisors only.
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "TestAccounts.h"
#include "TestData.h"
#include "ActionWorld.h"
#include "FileContent.h"
#include "db/repositories/AuditLogRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "domain/FileBytes.h"
#include "security/SecretKey.h"
#include "workflows/audit/AuditTrail.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/encryption/DatabaseKeyring.h"
#include "workflows/encryption/EncryptionActions.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/storage/PhotoStore.h"

using namespace reunite;
using reunite::test::sharedEngine;
using reunite::test::contentOf;
using reunite::test::looksLikeAnImage;
using reunite::test::TempFolder;
using reunite::test::testAccount;

namespace {

constexpr const char* kPassphrase = "correct horse battery staple";

security::DataKey randomKey() {
    Result<security::SecretKey> key = security::SecretKey::random();
    REQUIRE(key.ok());
    return std::make_shared<const security::SecretKey>(std::move(key).value());
}

std::vector<std::uint8_t> bytesOf(const std::filesystem::path& file) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(file, 1ull << 30);
    REQUIRE(bytes.ok());
    return bytes.value();
}

std::vector<std::filesystem::path> storeFiles(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    return files;
}

AttachedPhoto attach(workflows::Session& session, std::int64_t caseId, const std::string& sample) {
    PhotoToAttach request;
    request.file = test::samplePhoto(sample);
    request.owner = db::PhotoOwner::ofCase(caseId);
    Result<AttachedPhoto> attached = workflows::PhotoActions(session).attach(request);
    INFO((attached ? std::string() : attached.error().message));
    REQUIRE(attached.ok());
    REQUIRE(!attached.value().faces.empty());
    return attached.value();
}

// A plain database file with the supervisor Sam and one case whose childhood photo is messi5.jpg.
struct PlainUnit {
    workflows::Actor sam;
    AttachedPhoto photo;
};

PlainUnit makePlainUnit(const std::filesystem::path& file, const std::string& caseNumber) {
    auto database = db::Database::open(file).value();
    PlainUnit unit;
    unit.sam = testAccount(*database, "Sam", Role::Supervisor).value();
    workflows::Session session(*database, unit.sam, sharedEngine());
    db::CaseRecord record;
    record.caseNumber = caseNumber;
    unit.photo = attach(session, workflows::CaseActions(session).create(record).value().id, "messi5.jpg");
    return unit;
}

int entriesOf(db::Database& database, const std::string& action) {
    const std::vector<db::AuditEntryRecord> entries = db::AuditLogRepository(database).all().value();
    return static_cast<int>(std::count_if(entries.begin(), entries.end(), [&](const db::AuditEntryRecord& entry) { return entry.action == action; }));
}

}  // namespace

TEST_CASE("an encrypted photo store seals each copy under a name only the key gives", "[encryption][photos]") {
    TempFolder folder("reunite-sealed-store");
    const security::DataKey key = randomKey();
    const PhotoStore sealed(folder.file("store"), key);
    const std::filesystem::path source = test::samplePhoto("messi5.jpg");
    const std::string digest = sha256OfFile(source).value();
    const std::vector<std::uint8_t> original = bytesOf(source);

    Result<StoredPhoto> stored = sealed.store(source, digest);
    REQUIRE(stored.ok());
    CHECK(stored.value().created);
    const std::filesystem::path file = stored.value().path;
    CHECK(file.extension() == ".sealed");
    CHECK(file.filename().string().find(digest) == std::string::npos);  // a known photo cannot be looked up
    CHECK((std::filesystem::status(file).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    const std::vector<std::uint8_t> onDisk = bytesOf(file);
    CHECK_FALSE(looksLikeAnImage(file));
    const std::vector<std::uint8_t> sample(original.begin() + 200, original.begin() + 264);
    CHECK(std::search(onDisk.begin(), onDisk.end(), sample.begin(), sample.end()) == onDisk.end());
    CHECK(sealed.read(file).value() == original);

    CHECK_FALSE(sealed.store(source, digest).value().created);  // the same content keeps its one copy
    CHECK(sealed.store(source, digest).value().path == file);
    CHECK(PhotoStore(folder.file("store")).read(file).error().code == ErrorCode::AccessDenied);  // no key
    CHECK(PhotoStore(folder.file("store"), randomKey()).read(file).error().code == ErrorCode::AccessDenied);

    // A sealed file copied onto another photo's name does not open there.
    const std::filesystem::path other = test::samplePhoto("faceapi-sample6.jpg");
    const std::filesystem::path otherFile = sealed.store(other, sha256OfFile(other).value()).value().path;
    std::filesystem::copy_file(file, otherFile, std::filesystem::copy_options::overwrite_existing);
    CHECK(sealed.read(otherFile).error().code == ErrorCode::AccessDenied);
}

TEST_CASE("encrypt works on a verified copy, and afterwards photos open only with the passphrase", "[encryption]") {
    TempFolder folder("reunite-encrypt");
    const std::filesystem::path file = folder.file("unit.db");
    const PlainUnit unit = makePlainUnit(file, "E-1");
    const workflows::Actor& sam = unit.sam;
    const AttachedPhoto& childPhoto = unit.photo;
    workflows::EncryptedCopy copy;
    {
        auto database = db::Database::open(file).value();
        workflows::Session session(*database, sam, sharedEngine());
        CHECK_FALSE(workflows::isDatabaseEncrypted(*database).value());

        workflows::Session ana(*database, testAccount(*database, "Ana", Role::Analyst).value(), sharedEngine());
        CHECK(workflows::EncryptionActions(ana).prepareEncryptedCopy(kPassphrase, security::KdfLimits::minimal()).error().code ==
              ErrorCode::AccessDenied);
        CHECK(workflows::EncryptionActions(session).prepareEncryptedCopy("short", security::KdfLimits::minimal()).error().code ==
              ErrorCode::InvalidArgument);

        Result<workflows::EncryptedCopy> prepared =
            workflows::EncryptionActions(session).prepareEncryptedCopy(kPassphrase, security::KdfLimits::minimal());
        INFO((prepared ? std::string() : prepared.error().message));
        REQUIRE(prepared.ok());
        copy = prepared.value();
        CHECK(copy.sealedPhotoFiles == 1);
        CHECK(copy.photoFilesOutsideStore == 0);
        // Until the swap the plain database is the one in use, unchanged.
        CHECK(db::PhotoRepository(*database).get(childPhoto.photo.id).value().storedPath == childPhoto.photo.storedPath);
        CHECK_FALSE(workflows::isDatabaseEncrypted(*database).value());
    }
    Result<std::size_t> swapped = workflows::swapInEncryptedCopy(file, copy);
    INFO((swapped ? std::string() : swapped.error().message));
    REQUIRE(swapped.ok());
    CHECK(swapped.value() == 1);  // the plain copy of the photo
    CHECK_FALSE(std::filesystem::exists(childPhoto.photo.storedPath));
    for (const auto& entry : std::filesystem::recursive_directory_iterator(PhotoStore::besideDatabase(file).folder())) {
        if (entry.is_directory()) CHECK_FALSE(std::filesystem::is_empty(entry.path()));  // no emptied folder names a digest
    }
    CHECK_FALSE(std::filesystem::exists(copy.copyFile));
    for (const std::filesystem::path& stored : storeFiles(PhotoStore::besideDatabase(file).folder())) {
        CHECK_FALSE(looksLikeAnImage(stored));
    }

    auto database = db::Database::open(file).value();
    CHECK(workflows::isDatabaseEncrypted(*database).value());
    const auto before = contentOf(folder.path());
    CHECK(workflows::unlockDatabase(*database, "not the passphrase").error().code == ErrorCode::AccessDenied);
    CHECK(contentOf(folder.path()) == before);  // a wrong passphrase changes nothing

    Result<security::DataKey> key = workflows::unlockDatabase(*database, kPassphrase);
    REQUIRE(key.ok());
    REQUIRE(key.value());
    workflows::Session session(*database, sam, sharedEngine(), nullptr, key.value());
    const std::int64_t faceId = childPhoto.faces.front().id;
    CHECK(workflows::PhotoActions(session).faceChip(faceId, 96).ok());
    workflows::Session keyless(*database, sam, sharedEngine());
    CHECK(workflows::PhotoActions(keyless).faceChip(faceId, 96).error().code == ErrorCode::AccessDenied);

    CHECK(entriesOf(*database, "database.encrypted") == 1);
    CHECK(workflows::verifyAuditTrail(*database).value().intact());
    CHECK(workflows::EncryptionActions(session).prepareEncryptedCopy(kPassphrase, security::KdfLimits::minimal()).error().code ==
          ErrorCode::InvalidArgument);

    // A photo attached to the encrypted database is sealed as it is stored.
    const AttachedPhoto later = attach(session, childPhoto.photo.owner.id, "faceapi-sample6.jpg");
    CHECK(later.photo.storedPath.ends_with(".sealed"));
    CHECK_FALSE(looksLikeAnImage(later.photo.storedPath));

    // The chain is keyed from the encryption on: an entry edited and re-hashed without the key is found.
    const std::vector<db::AuditEntryRecord> trail = db::AuditLogRepository(*database).all().value();
    const auto encryptedEntry = std::find_if(trail.begin(), trail.end(), [](const db::AuditEntryRecord& e) { return e.action == "database.encrypted"; });
    REQUIRE(encryptedEntry != trail.end());
    CHECK(trail.front().entryHash == workflows::auditEntryHash(trail.front()));  // written before: SHA-256, still verifying
    CHECK(encryptedEntry->entryHash != workflows::auditEntryHash(*encryptedEntry));
    db::AuditEntryRecord forged = trail.back();
    forged.accountName = "Mallory";
    forged.entryHash = workflows::auditEntryHash(forged);
    REQUIRE(database->execute("DROP TRIGGER audit_log_no_update").ok());
    REQUIRE(database->execute("UPDATE audit_log SET account_name = 'Mallory', entry_hash = '" + forged.entryHash +
                              "' WHERE id = " + std::to_string(forged.id)).ok());
    REQUIRE(database->execute("UPDATE audit_head SET last_hash = '" + forged.entryHash + "'").ok());
    const workflows::AuditVerification verdict = workflows::verifyAuditTrail(*database).value();
    CHECK(verdict.firstBadEntry == std::optional<std::int64_t>(forged.id));
    // Rewriting the whole trail as a plain chain (no encryption entry, SHA-256 throughout) is refused too.
    std::string previous = workflows::kAuditGenesisHash;
    for (db::AuditEntryRecord entry : db::AuditLogRepository(*database).all().value()) {
        if (entry.action == "database.encrypted") entry.action = "case.list";
        entry.previousHash = previous;
        entry.entryHash = workflows::auditEntryHash(entry);
        previous = entry.entryHash;
        REQUIRE(database->execute("UPDATE audit_log SET action = '" + entry.action + "', previous_hash = '" + entry.previousHash +
                                  "', entry_hash = '" + entry.entryHash + "' WHERE id = " + std::to_string(entry.id)).ok());
    }
    REQUIRE(database->execute("UPDATE audit_head SET last_hash = '" + previous + "'").ok());
    const workflows::AuditVerification rewritten = workflows::verifyAuditTrail(*database).value();
    CHECK_FALSE(rewritten.intact());
    CHECK_THAT(rewritten.problem, Catch::Matchers::Contains("rewritten without the key"));
}

TEST_CASE("rekey changes the passphrase and nothing sealed", "[encryption]") {
    TempFolder folder("reunite-rekey");
    const std::filesystem::path file = folder.file("unit.db");
    const PlainUnit unit = makePlainUnit(file, "K-1");
    const workflows::Actor& sam = unit.sam;
    const AttachedPhoto& photo = unit.photo;
    workflows::EncryptedCopy copy;
    {
        auto database = db::Database::open(file).value();
        workflows::Session session(*database, sam, sharedEngine());
        CHECK(workflows::EncryptionActions(session).rekey(kPassphrase, security::KdfLimits::minimal()).error().code ==
              ErrorCode::InvalidArgument);  // not encrypted yet
        copy = workflows::EncryptionActions(session).prepareEncryptedCopy(kPassphrase, security::KdfLimits::minimal()).value();
    }
    REQUIRE(workflows::swapInEncryptedCopy(file, copy).ok());
    auto database = db::Database::open(file).value();
    const security::DataKey key = workflows::unlockDatabase(*database, kPassphrase).value();
    const auto sealedBefore = contentOf(PhotoStore::besideDatabase(file).folder());

    workflows::Session ana(*database, testAccount(*database, "Ana", Role::Analyst).value(), sharedEngine(), nullptr, key);
    CHECK(workflows::EncryptionActions(ana).rekey("a new long passphrase", security::KdfLimits::minimal()).error().code ==
          ErrorCode::AccessDenied);
    workflows::Session session(*database, sam, sharedEngine(), nullptr, key);
    REQUIRE(workflows::EncryptionActions(session).rekey("a new long passphrase", security::KdfLimits::minimal()).ok());

    CHECK(workflows::unlockDatabase(*database, kPassphrase).error().code == ErrorCode::AccessDenied);
    const security::DataKey reopened = workflows::unlockDatabase(*database, "a new long passphrase").value();
    REQUIRE(reopened);
    CHECK(contentOf(PhotoStore::besideDatabase(file).folder()) == sealedBefore);
    workflows::Session again(*database, sam, sharedEngine(), nullptr, reopened);
    CHECK(workflows::PhotoActions(again).faceChip(photo.faces.front().id, 96).ok());
    CHECK(entriesOf(*database, "database.rekeyed") == 1);
}

TEST_CASE("an encryption interrupted before its swap leaves the plain database as it was", "[encryption]") {
    TempFolder folder("reunite-encrypt-interrupted");
    const std::filesystem::path file = folder.file("unit.db");
    const PlainUnit unit = makePlainUnit(file, "I-1");
    const AttachedPhoto& photo = unit.photo;
    auto database = db::Database::open(file).value();
    workflows::Session session(*database, unit.sam, sharedEngine());
    const std::filesystem::path store = PhotoStore::besideDatabase(file).folder();

    // The first attempt dies after step 1 (its copy and sealed files stay behind); the database
    // is still the plain one and still in use.
    const workflows::EncryptedCopy abandoned =
        workflows::EncryptionActions(session).prepareEncryptedCopy(kPassphrase, security::KdfLimits::minimal()).value();
    CHECK(storeFiles(store).size() == 2);
    CHECK(workflows::PhotoActions(session).faceChip(photo.faces.front().id, 96).ok());
    // The swap is refused while the database is open, and removes the copy.
    CHECK(workflows::swapInEncryptedCopy(file, abandoned).error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(std::filesystem::exists(abandoned.copyFile));
    // The next attempt clears the stray sealed file before it seals again.
    CHECK(workflows::EncryptionActions(session).removeInterruptedLeftovers().value() == 1);
    CHECK(storeFiles(store) == std::vector<std::filesystem::path>{photo.photo.storedPath});
}
