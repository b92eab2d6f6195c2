// reunite-cli retention: the supervisor's retention period for closed cases, what is due, and
// the purge. Thin: workflows/retention/RetentionActions does the work.
#include "cli/CliCommon.h"
#include "cli/CommandSession.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "workflows/retention/RetentionActions.h"

namespace reunite::cli {
namespace {

constexpr const char* kUsage = "usage: retention show | retention set --days N | retention set --keep | retention purge [--dry-run]";

nlohmann::json casesToJson(const std::vector<workflows::RetentionCase>& cases) {
    nlohmann::json out = nlohmann::json::array();
    for (const workflows::RetentionCase& each : cases) {
        out.push_back({{"case", each.caseNumber}, {"closed_at", each.closedAt}, {"photos", each.photos}, {"faces", each.faces}});
    }
    return out;
}

nlohmann::json policyToJson(const db::RetentionPolicyRecord& policy) {
    return {{"purge_after_days", policy.purgeAfterDays ? nlohmann::json(*policy.purgeAfterDays) : nlohmann::json()},
            {"changed_at", policy.changedAt.empty() ? nlohmann::json() : nlohmann::json(policy.changedAt)},
            {"changed_by", policy.changedBy.empty() ? nlohmann::json() : nlohmann::json(policy.changedBy)}};
}

int showRetention(workflows::RetentionActions& retention) {
    Result<db::RetentionPolicyRecord> policy = retention.policy();
    if (!policy) return fail(policy.error());
    Result<std::vector<workflows::RetentionCase>> due = retention.due();
    if (!due) return fail(due.error());
    nlohmann::json out = policyToJson(policy.value());
    out["due"] = casesToJson(due.value());
    return printJson(out);
}

int setRetention(const Arguments& args, workflows::RetentionActions& retention) {
    Result<std::optional<std::int64_t>> days = args.integer("days", 1, 36500);
    if (!days) return usageError(days.error().message);
    if (days.value().has_value() == args.flag("keep")) return usageError(kUsage);
    const std::optional<int> period = days.value() ? std::optional<int>(static_cast<int>(*days.value())) : std::nullopt;
    Result<db::RetentionPolicyRecord> stored = retention.setPolicy(period);
    if (!stored) return fail(stored.error());
    return printJson(policyToJson(stored.value()));
}

int purgeRetention(const Arguments& args, workflows::RetentionActions& retention) {
    Result<std::vector<workflows::RetentionCase>> cases = args.flag("dry-run") ? retention.due() : retention.purge();
    if (!cases) return fail(cases.error());
    return printJson({{"dry_run", args.flag("dry-run")}, {"cases", casesToJson(cases.value())}});
}

}  // namespace

int runRetentionCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {"keep", "dry-run"}, {"db", "user", "days"});
    if (!args.valid()) return usageError(args.error());
    const std::vector<std::string>& words = args.positional();
    if (words.size() != 1 || (words[0] != "show" && words[0] != "set" && words[0] != "purge")) return usageError(kUsage);
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    workflows::RetentionActions retention(opened.value()->session());
    if (words[0] == "show") return showRetention(retention);
    if (words[0] == "set") return setRetention(args, retention);
    return purgeRetention(args, retention);
}

}  // namespace reunite::cli
