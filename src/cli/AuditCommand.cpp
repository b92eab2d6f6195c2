// reunite-cli audit: the supervisor's view of the audit trail and its verification.
#include <iostream>

#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/CommandSession.h"
#include "cli/JsonOutput.h"
#include "domain/IsoDateTime.h"
#include "workflows/audit/AuditActions.h"
#include "workflows/cases/CaseActions.h"

namespace reunite::cli {
namespace {

constexpr const char* kUsage =
    "usage: audit verify [--expect-head N:HASH] | audit show [--case N] [--account NAME] [--since ISO8601] [--limit N]";

nlohmann::json entryToJson(const db::AuditEntryRecord& entry) {
    const auto optionalId = [](const std::optional<std::int64_t>& id) { return id ? nlohmann::json(*id) : nlohmann::json(); };
    return {{"entry", entry.id},
            {"at", entry.at},
            {"account", entry.accountName},
            {"account_id", optionalId(entry.accountId)},
            {"action", entry.action},
            {"case", optionalId(entry.caseId)},
            {"objects", nlohmann::json::parse(entry.objects, nullptr, false)},
            {"parameters", nlohmann::json::parse(entry.parameters, nullptr, false)},
            {"hash", entry.entryHash}};
}

// "N:HASH" as printed in a case report.
std::optional<std::pair<std::int64_t, std::string>> parseHead(const std::string& text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string::npos) return std::nullopt;
    const std::optional<double> number = parseNumber(text.substr(0, colon));
    const std::string hash = text.substr(colon + 1);
    if (!number || *number < 1 || hash.size() != 64) return std::nullopt;
    return std::pair{static_cast<std::int64_t>(*number), hash};
}

int verifyTrail(const Arguments& args, workflows::AuditActions& audit) {
    std::optional<std::pair<std::int64_t, std::string>> expected;
    if (auto head = args.value("expect-head")) {
        expected = parseHead(*head);
        if (!expected) return usageError("--expect-head takes ENTRY:SHA256 as a case report prints it");
    }
    Result<workflows::AuditVerification> verified = audit.verify(expected);
    if (!verified) return fail(verified.error());
    const workflows::AuditVerification& found = verified.value();
    nlohmann::json out{{"entries", found.entries}, {"intact", found.intact()}};
    if (found.intact()) {
        out["head"] = found.headHash;
        return printJson(out);
    }
    out["first_bad_entry"] = *found.firstBadEntry;
    out["problem"] = found.problem;
    std::cerr << "reunite-cli: error: the audit trail is broken at entry " << *found.firstBadEntry << ": " << found.problem << "\n";
    return printJson(out, ExitDatabase);
}

int showTrail(const Arguments& args, workflows::AuditActions& audit, workflows::Session& session) {
    db::AuditFilter filter;
    if (auto caseNumber = args.value("case")) {
        Result<db::CaseRecord> found = workflows::CaseActions(session).findByNumber(*caseNumber);
        if (!found) return fail(found.error());
        filter.caseId = found.value().id;
    }
    filter.accountName = args.value("account");
    if (auto since = args.value("since")) {
        const std::optional<std::chrono::sys_seconds> start = isUtcIsoDateOrTimestamp(*since) ? parseIsoTimestamp(*since) : std::nullopt;
        if (!start) return usageError("--since takes an ISO 8601 date or UTC time");
        filter.since = formatUtcMilliseconds(*start);
    }
    Result<std::optional<std::int64_t>> limit = args.integer("limit", 1, 1000000);
    if (!limit) return fail(limit.error());
    if (limit.value()) filter.limit = static_cast<int>(*limit.value());
    Result<std::vector<db::AuditEntryRecord>> entries = audit.list(filter);
    if (!entries) return fail(entries.error());
    nlohmann::json out = nlohmann::json::array();
    for (const db::AuditEntryRecord& entry : entries.value()) out.push_back(entryToJson(entry));
    return printJson(out);
}

}  // namespace

int runAuditCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"db", "user", "case", "account", "since", "limit", "expect-head"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().size() != 1 || (args.positional()[0] != "verify" && args.positional()[0] != "show")) return usageError(kUsage);
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    workflows::AuditActions audit(opened.value()->session());
    if (args.positional()[0] == "verify") return verifyTrail(args, audit);
    return showTrail(args, audit, opened.value()->session());
}

}  // namespace reunite::cli
