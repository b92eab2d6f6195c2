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

}  // namespace

std::string auditEntryHash(const db::AuditEntryRecord& entry) {
    // Unit separators keep fields apart: no field can be shifted into its neighbour.
    const std::string content = entry.previousHash + '\x1f' + std::to_string(entry.id) + '\x1f' + entry.at + '\x1f' +
                                optionalNumber(entry.accountId) + '\x1f' + entry.accountName + '\x1f' + entry.action + '\x1f' +
                                optionalNumber(entry.caseId) + '\x1f' + entry.objects + '\x1f' + entry.parameters;
    return sha256Hex(std::span(reinterpret_cast<const std::uint8_t*>(content.data()), content.size()));
}

AuditVerification verifyAuditChain(const std::vector<db::AuditEntryRecord>& entries, const db::AuditHead& head,
                                   const std::optional<std::pair<std::int64_t, std::string>>& expectedHead) {
    const auto count = static_cast<std::int64_t>(entries.size());
    std::string previous = kAuditGenesisHash;
    for (std::int64_t position = 1; position <= count; ++position) {
        const db::AuditEntryRecord& entry = entries[static_cast<std::size_t>(position - 1)];
        if (entry.id != position) {
            const std::string what = entry.id > position ? "entries " + std::to_string(position) + " to " + std::to_string(entry.id - 1) +
                                                               " are missing (deleted)"
                                                         : "entry " + std::to_string(entry.id) + " is out of place";
            return broken(count, position, what);
        }
        if (entry.previousHash != previous) {
            return broken(count, position, "entry " + std::to_string(position) +
                                               " does not follow the entry before it (an entry was inserted, deleted or moved)");
        }
        if (auditEntryHash(entry) != entry.entryHash) {
            return broken(count, position, "entry " + std::to_string(position) + " was changed after it was written");
        }
        if (expectedHead && expectedHead->first == position && expectedHead->second != entry.entryHash) {
            return broken(count, position, "entry " + std::to_string(position) + " differs from the head printed earlier");
        }
        previous = entry.entryHash;
    }
    if (head.entries != count || (count > 0 && head.lastHash != previous)) {
        if (head.entries > count) {
            return broken(count, count + 1, std::to_string(head.entries) + " entries were written but the trail ends at entry " +
                                                std::to_string(count) + " (the last entries were removed)");
        }
        return broken(count, count, "the trail does not end where its head says (" + std::to_string(head.entries) + " entries)");
    }
    if (expectedHead && expectedHead->first > count) {
        return broken(count, count + 1, "entry " + std::to_string(expectedHead->first) + " printed earlier is missing");
    }
    AuditVerification intact;
    intact.entries = count;
    intact.headHash = count > 0 ? previous : kAuditGenesisHash;
    return intact;
}

}  // namespace reunite::workflows
