#pragma once
// AuditChain: the hash chain of the audit trail. Each entry's hash is the SHA-256 of the previous
// entry's hash and the entry's own fields (id, time, account, action, case, objects,
// parameters), so an entry edited, deleted, inserted or moved breaks the chain at that place,
// and the head (how many entries were written, the last hash) shows entries removed at the end.
// A chain recomputed whole by someone who can write the file is caught only against a head
// printed earlier (every case report prints it; `audit verify --expect-head N:HASH`).
// Thread safety: pure functions.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/AuditEntryRecord.h"

namespace reunite::workflows {

inline const std::string kAuditGenesisHash(64, '0');

std::string auditEntryHash(const db::AuditEntryRecord& entry);

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
class AuditChainCheck {
public:
    explicit AuditChainCheck(std::optional<std::pair<std::int64_t, std::string>> expectedHead = std::nullopt);
    bool add(const db::AuditEntryRecord& entry);
    AuditVerification finish(const db::AuditHead& head) const;

private:
    bool fail(std::int64_t at, std::string problem);

    std::optional<std::pair<std::int64_t, std::string>> expectedHead_;
    std::int64_t count_ = 0;
    std::string previous_;
    std::optional<std::int64_t> firstBad_;
    std::string problem_;
};

}  // namespace reunite::workflows
