#pragma once
// RetentionPolicyRepository: the unit's retention period (table `retention_policy`, one row).
// Guarantees: get() of a database where nobody set it returns a policy without a period and
// without a change stamp; set() replaces the row. A period below one day -> InvalidArgument.
// Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <optional>
#include <string_view>

#include "db/records/RetentionPolicyRecord.h"
#include "db/sqlite/Database.h"
#include "domain/Result.h"

namespace reunite::db {

class RetentionPolicyRepository {
public:
    explicit RetentionPolicyRepository(Database& database) : database_(database) {}

    Result<RetentionPolicyRecord> get();
    Result<RetentionPolicyRecord> set(std::optional<int> purgeAfterDays, std::string_view userName);

private:
    Database& database_;
};

}  // namespace reunite::db
