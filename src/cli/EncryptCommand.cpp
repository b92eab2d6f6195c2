// reunite-cli encrypt | rekey: encrypting a plain database and its photo store, and changing the
// passphrase of an encrypted one. Thin: workflows/encryption/EncryptionActions does the work.
#include "cli/CliCommon.h"
#include "cli/CommandSession.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "cli/PasswordInput.h"
#include "workflows/encryption/EncryptionActions.h"

namespace reunite::cli {
namespace {

// Argon2id's memory for the new wrapping: --kdf-memory MIB (8 to 4096), default 256 MiB.
Result<security::KdfLimits> kdfLimits(const Arguments& args) {
    Result<std::optional<std::int64_t>> mib = args.integer("kdf-memory", 8, 4096);
    if (!mib) return mib.error();
    security::KdfLimits limits = security::KdfLimits::moderate();
    if (mib.value()) limits.memoryBytes = static_cast<std::size_t>(*mib.value()) << 20;
    return limits;
}

int alreadyEncrypted(CommandSession& command) {
    Result<std::size_t> removed = workflows::EncryptionActions(command.session()).removeInterruptedLeftovers();
    if (!removed) return fail(removed.error());
    return printJson({{"database", command.database().path().string()}, {"encrypted", true}, {"already_encrypted", true},
                      {"plain_files_removed", removed.value()}});
}

}  // namespace

int runEncryptCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "user", "new-passphrase-file", "kdf-memory"});
    if (!args.valid() || !args.positional().empty()) {
        return usageError("usage: encrypt [--new-passphrase-file FILE] [--kdf-memory MIB]");
    }
    Result<security::KdfLimits> limits = kdfLimits(args);
    if (!limits) return usageError(limits.error().message);
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    if (opened.value()->session().dataKey()) return alreadyEncrypted(*opened.value());
    Result<std::string> passphrase = readNewPassphrase(args, "New passphrase of the database");
    if (!passphrase) return fail(passphrase.error());
    Result<workflows::EncryptedCopy> copy =
        workflows::EncryptionActions(opened.value()->session()).prepareEncryptedCopy(passphrase.value(), limits.value());
    if (!copy) return fail(copy.error());
    const std::filesystem::path databaseFile = opened.value()->database().path();
    opened.value().reset();  // the last connection closes: the swap needs the database file to itself
    Result<std::size_t> removed = workflows::swapInEncryptedCopy(databaseFile, copy.value());
    if (!removed) return fail(removed.error());
    return printJson({{"database", databaseFile.string()}, {"encrypted", true}, {"sealed_values", copy.value().sealedValues},
                      {"sealed_photo_files", copy.value().sealedPhotoFiles},
                      {"photo_files_outside_store", copy.value().photoFilesOutsideStore}, {"plain_files_removed", removed.value()}});
}

int runRekeyCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "user", "new-passphrase-file", "kdf-memory"});
    if (!args.valid() || !args.positional().empty()) return usageError("usage: rekey [--new-passphrase-file FILE] [--kdf-memory MIB]");
    Result<security::KdfLimits> limits = kdfLimits(args);
    if (!limits) return usageError(limits.error().message);
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    if (Status allowed = opened.value()->session().authorize(workflows::Permission::ManageEncryption); !allowed) return fail(allowed.error());
    Result<std::string> passphrase = readNewPassphrase(args, "New passphrase of the database");
    if (!passphrase) return fail(passphrase.error());
    if (Status rekeyed = workflows::EncryptionActions(opened.value()->session()).rekey(passphrase.value(), limits.value()); !rekeyed) {
        return fail(rekeyed.error());
    }
    return printJson({{"database", opened.value()->database().path().string()}, {"rekeyed", true}});
}

}  // namespace reunite::cli
