#include "db/sqlite/MigrationRunner.h"

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/schema/SchemaMigrations.h"
#include "db/sqlite/Statement.h"
#include "db/sqlite/Transaction.h"

namespace reunite::db {

namespace {

Status checkForeignKeys(Database& database, int version) {
    auto check = database.prepare("PRAGMA foreign_key_check");
    if (!check) return check.error();
    auto hasRow = check.value().step();
    if (!hasRow) return hasRow.error();
    if (hasRow.value()) {
        return databaseError("migration to schema version " + std::to_string(version) +
                             " left a foreign-key violation in table " + check.value().columnText(0));
    }
    return Ok{};
}

Status applyOne(Database& database, const Migration& migration, int version) {
    auto transaction = Transaction::begin(database);
    if (!transaction) return transaction.error();

    // Re-read inside the write lock: another process may have migrated meanwhile.
    auto current = database.schemaVersion();
    if (!current) return current.error();
    if (current.value() >= version) return Ok{};
    if (current.value() != version - 1) {
        return databaseError("cannot migrate to schema version " + std::to_string(version) +
                             ": database is at version " + std::to_string(current.value()));
    }

    const std::string stepName = "migration to schema version " + std::to_string(version) + " (" +
                                 std::string(migration.description) + ")";
    if (auto applied = database.execute(migration.sql); !applied) {
        return databaseError(stepName + " failed: " + applied.error().message);
    }
    const std::string markFile = "PRAGMA application_id = " + std::to_string(kReuniteApplicationId) +
                                 "; PRAGMA user_version = " + std::to_string(version);
    if (auto versionSet = database.execute(markFile); !versionSet) {
        return databaseError(stepName + " could not record the version: " + versionSet.error().message);
    }
    if (auto keys = checkForeignKeys(database, version); !keys) return keys.error();
    if (auto committed = transaction.value().commit(); !committed) {
        return databaseError(stepName + " could not be committed: " + committed.error().message);
    }
    return Ok{};
}

}  // namespace

std::string newerSchemaMessage(int databaseVersion, int supportedVersion) {
    return "database schema version " + std::to_string(databaseVersion) +
           " is newer than this program supports (" + std::to_string(supportedVersion) + "); update Reunite";
}

Status applyMigrations(Database& database, std::span<const Migration> migrations) {
    const int target = static_cast<int>(migrations.size());
    auto current = database.schemaVersion();
    if (!current) return current.error();
    if (current.value() > target) return databaseError(newerSchemaMessage(current.value(), target));
    for (int version = current.value() + 1; version <= target; ++version) {
        if (auto applied = applyOne(database, migrations[version - 1], version); !applied) return applied;
    }
    return Ok{};
}

}  // namespace reunite::db
