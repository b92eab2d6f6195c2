#include "workflows/audit/AuditChain.h"

#include <span>

#include "domain/FileBytes.h"

namespace reunite::workflows {

namespace {

std::string optionalNumber(const std::optional<std::int64_t>& value) { return value ? std::to_string(*value) : "-"; }

AuditVerification broken(std::int64_t entries, std::int64_t at, std::string problem) {
    AuditVerification found;
    found.entries = entries;
    found.firstBadEntry = at;
    found.problem = std::move(problem);
    return found;
}

constexpr const char* kUnkeyedTrail =
    "the trail of an encrypted database has no keyed entry from its encryption on: it was rewritten without the key";

// Unit separators keep fields apart: no field can be shifted into its neighbour.
std::string hashedContent(const db::AuditEntryRecord& entry) {
    return entry.previousHash + '\x1f' + std::to_string(entry.id) + '\x1f' + entry.at + '\x1f' + optionalNumber(entry.accountId) +
           '\x1f' + entry.accountName + '\x1f' + entry.action + '\x1f' + optionalNumber(entry.caseId) + '\x1f' + entry.objects +
           '\x1f' + entry.parameters;
}

}  // namespace

std::string auditEntryHash(const db::AuditEntryRecord& entry) {
    const std::string content = hashedContent(entry);
    return sha256Hex(std::span(reinterpret_cast<const std::uint8_t*>(content.data()), content.size()));
}

Result<std::string> keyedAuditEntryHash(const db::AuditEntryRecord& entry, const db::FieldSealer& sealer) {
    return sealer.lookupName(kAuditChainPurpose, hashedContent(entry));
}

Result<std::string> chainHash(const db::AuditEntryRecord& entry, const db::FieldSealer* keyed) {
    if (keyed) return keyedAuditEntryHash(entry, *keyed);
    return auditEntryHash(entry);
}

std::string auditHeadText(std::int64_t entries, const std::string& lastHash) {
    return std::to_string(entries) + ":" + (entries > 0 ? lastHash : kAuditGenesisHash);
}

AuditChainCheck::AuditChainCheck(std::optional<std::pair<std::int64_t, std::string>> expectedHead, const db::FieldSealer* sealer)
    : expectedHead_(std::move(expectedHead)), sealer_(sealer), previous_(kAuditGenesisHash) {}

bool AuditChainCheck::fail(std::int64_t at, std::string problem) {
    firstBad_ = at;
    problem_ = std::move(problem);
    return false;
}

bool AuditChainCheck::add(const db::AuditEntryRecord& entry) {
    if (firstBad_) return false;
    const std::int64_t position = ++count_;
    const std::string number = std::to_string(position);
    if (entry.id != position) {
        return fail(position, entry.id > position ? "entries " + number + " to " + std::to_string(entry.id - 1) + " are missing (deleted)"
                                                  : "entry " + std::to_string(entry.id) + " is out of place");
    }
    if (entry.previousHash != previous_) {
        return fail(position, "entry " + number + " does not follow the entry before it (an entry was inserted, deleted or moved)");
    }
    keyed_ = keyed_ || (sealer_ && entry.action == kEncryptedAction);
    Result<std::string> expected = chainHash(entry, keyed_ ? sealer_ : nullptr);
    if (!expected || expected.value() != entry.entryHash) return fail(position, "entry " + number + " was changed after it was written");
    if (expectedHead_ && expectedHead_->first == position && expectedHead_->second != entry.entryHash) {
        return fail(position, "entry " + number + " differs from the head printed earlier");
    }
    previous_ = entry.entryHash;
    return true;
}

AuditVerification AuditChainCheck::finish(const db::AuditHead& head) const {
    const std::int64_t count = count_;
    if (firstBad_) return broken(count, *firstBad_, problem_);
    if (head.entries != count || (count > 0 && head.lastHash != previous_)) {
        if (head.entries > count) {
            return broken(count, count + 1, std::to_string(head.entries) + " entries were written but the trail ends at entry " +
                                                std::to_string(count) + " (the last entries were removed)");
        }
        return broken(count, count, "the trail does not end where its head says (" + std::to_string(head.entries) + " entries)");
    }
    if (sealer_ && !keyed_) return broken(count, count > 0 ? 1 : 0, kUnkeyedTrail);
    if (expectedHead_ && expectedHead_->first > count) {
        return broken(count, count + 1, "entry " + std::to_string(expectedHead_->first) + " printed earlier is missing");
    }
    AuditVerification intact;
    intact.entries = count;
    intact.headHash = previous_;
    return intact;
}

}  // namespace reunite::workflows
