#pragma once
// AuditChain: the hash chain of the audit trail. Each entry's hash is the SHA-256 of the previous
// entry's hash and the entry's own fields (id, time, account, action, case, objects,
// parameters), so an entry edited, deleted, inserted or moved breaks the chain at that place,
// and the head (how many entries were written, the last hash) shows entries removed at the end.
// A chain recomputed whole by someone who can write the file is caught only against a head
// printed earlier (every case report prints it; `audit verify --expect-head N:HASH`).
// In an encrypted database the chain is keyed from the `database.encrypted` entry on: those
// entries' hashes are keyed BLAKE2b-256 (FieldSealer::lookupName under kAuditChainPurpose), so
// nobody without the key can recompute the chain or test guesses of sealed objects against it;
// earlier entries keep their SHA-256 (heads printed before encryption still verify).
// Thread safety: pure functions; AuditChainCheck is used by one thread.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/AuditEntryRecord.h"
#include "db/sealing/FieldSealer.h"
#include "domain/Result.h"

namespace reunite::workflows {

inline const std::string kAuditGenesisHash(64, '0');

inline constexpr std::string_view kAuditChainPurpose = "audit-ch";
inline constexpr std::string_view kEncryptedAction = "database.encrypted";

// The SHA-256 hash of a plain chain's entry.
std::string auditEntryHash(const db::AuditEntryRecord& entry);
// The keyed hash of an encrypted chain's entry.
Result<std::string> keyedAuditEntryHash(const db::AuditEntryRecord& entry, const db::FieldSealer& sealer);
// The hash `entry` must carry: keyed when `keyed` says the chain is keyed at this entry.
Result<std::string> chainHash(const db::AuditEntryRecord& entry, const db::FieldSealer* keyed);

// What verification found: the number of entries checked and the head hash, or the first bad entry
// (the id where the chain breaks) and what is wrong there.
struct AuditVerification {
    std::int64_t entries = 0;
    std::string headHash;
    std::optional<std::int64_t> firstBadEntry;
    std::string problem;

    bool intact() const { return !firstBadEntry.has_value(); }
};

// The head as reports print it and `audit verify --expect-head` takes it: "ENTRY:SHA256" of the
// last entry, "0:" and the genesis hash before the first.
std::string auditHeadText(std::int64_t entries, const std::string& lastHash);

// Verifies a chain entry by entry (in stored id order) without keeping the entries, so a trail
// of any length is checked in constant memory. add() returns false once a bad entry is found
// (later entries need not be given); finish() compares the end with the stored head.
// `expectedHead` (an entry number and its hash, as printed in a report) must match that entry.
// With a sealer (an encrypted database) entries from `database.encrypted` on must carry keyed
// hashes, and a trail without that entry is refused (it was rewritten without the key).
class AuditChainCheck {
public:
    explicit AuditChainCheck(std::optional<std::pair<std::int64_t, std::string>> expectedHead = std::nullopt,
                             const db::FieldSealer* sealer = nullptr);
    bool add(const db::AuditEntryRecord& entry);
    AuditVerification finish(const db::AuditHead& head) const;

private:
    bool fail(std::int64_t at, std::string problem);

    std::optional<std::pair<std::int64_t, std::string>> expectedHead_;
    const db::FieldSealer* sealer_ = nullptr;
    bool keyed_ = false;  // the database.encrypted entry was passed
    std::int64_t count_ = 0;
    std::string previous_;
    std::optional<std::int64_t> firstBad_;
    std::string problem_;
};

}  // namespace reunite::workflows
