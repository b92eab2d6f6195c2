#include "db/repositories/RetentionPolicyRepository.h"

#include "db/records/Timestamps.h"
#include "db/sqlite/DatabaseError.h"

namespace reunite::db {

Result<RetentionPolicyRecord> RetentionPolicyRepository::get() {
    return database_.prepare("SELECT purge_after_days, changed_at, changed_by FROM retention_policy WHERE id = 1")
        .andThen([](Statement& statement) {
            return statement.readOptional<RetentionPolicyRecord>([](const Statement& row) {
                const std::optional<std::int64_t> days = row.columnOptionalInt64(0);
                return RetentionPolicyRecord{days ? std::optional<int>(static_cast<int>(*days)) : std::nullopt,
                                             std::string(row.columnTextView(1)), std::string(row.columnTextView(2))};
            });
        })
        .andThen([](std::optional<RetentionPolicyRecord>& found) -> Result<RetentionPolicyRecord> {
            return found.value_or(RetentionPolicyRecord{});
        });
}

Result<RetentionPolicyRecord> RetentionPolicyRepository::set(std::optional<int> purgeAfterDays, std::string_view userName) {
    if (purgeAfterDays && *purgeAfterDays < 1) return invalidArgument("the retention period must be at least one day");
    Result<Statement> statement = database_.prepare(
        "INSERT INTO retention_policy (id, purge_after_days, changed_at, changed_by) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET purge_after_days = excluded.purge_after_days, changed_at = excluded.changed_at, "
        "changed_by = excluded.changed_by");
    if (!statement) return statement.error();
    const std::optional<std::int64_t> days = purgeAfterDays ? std::optional<std::int64_t>(*purgeAfterDays) : std::nullopt;
    statement.value().bindOptionalInt64(1, days).bindText(2, currentUtcTimestamp()).bindText(3, userName);
    if (Status stored = statement.value().run(); !stored) return stored.error();
    return get();
}

}  // namespace reunite::db
