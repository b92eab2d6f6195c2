#pragma once
// AuditEntryRecord: one entry of the audit trail (row of table `audit_log`). Plain data.
// Every field but the two hashes is part of what entryHash covers (workflows/audit/AuditChain.h).
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

namespace reunite::db {

struct AuditEntryRecord {
    std::int64_t id = 0;                     // position in the chain: 1, 2, 3, ...
    std::string at;                          // ISO-8601 UTC with milliseconds
    std::optional<std::int64_t> accountId;   // none for a refused sign-in of an unknown name
    std::string accountName;                 // the account, or the name typed at a refused sign-in
    std::string action;                      // "sign-in", "case.open", "search", "review.decide", ...
    std::optional<std::int64_t> caseId;      // the case the action served, if any
    std::string objects;                     // JSON object: the records acted on ({"candidate": 12})
    std::string parameters;                  // JSON object: filters, probe photo SHA-256s, reasons
    std::string previousHash;                // entryHash of entry id-1 (64 zeros for the first)
    std::string entryHash;                   // SHA-256 of previousHash and the fields above
};

// The chain's head as last written: how many entries and the last one's hash.
struct AuditHead {
    std::int64_t entries = 0;
    std::string lastHash;
};

}  // namespace reunite::db
