#include "db/repositories/AccountRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

WriteFailure accountWriteFailure(const AccountRecord& record, const std::string& action) {
    return {action, "an account named '" + record.name + "' already exists", {}, "the account is not valid"};
}

}  // namespace

AccountRepository::AccountRepository(Database& database)
    : TableRepository(database, "account", "accounts", {
        column<&AccountRecord::id>("id", ColumnUse::Key), column<&AccountRecord::name>("name", ColumnUse::Fixed),
        column<&AccountRecord::role>("role"), column<&AccountRecord::passwordHash>("password_hash"),
        column<&AccountRecord::failedSignIns>("failed_sign_ins"), column<&AccountRecord::lockedUntil>("locked_until"),
        column<&AccountRecord::active>("active"),
        column<&AccountRecord::createdAt>("created_at", ColumnUse::CreatedAt),
        column<&AccountRecord::createdBy>("created_by", ColumnUse::CreatedBy),
        column<&AccountRecord::updatedAt>("updated_at", ColumnUse::ChangedAt),
        column<&AccountRecord::updatedBy>("updated_by", ColumnUse::ChangedBy),
    }) {}

Result<AccountRecord> AccountRepository::create(const AccountRecord& record, std::string_view userName) {
    if (Status valid = firstFailure({requireNotBlank(record.name, "account name"), requireNotBlank(userName, "user name")}); !valid) {
        return valid.error();
    }
    return insertRecord(record, userName, accountWriteFailure(record, "create the account '" + record.name + "'"));
}

Result<AccountRecord> AccountRepository::update(const AccountRecord& record, std::string_view userName) {
    if (Status user = requireNotBlank(userName, "user name"); !user) return user.error();
    return updateRecord(record, userName, accountWriteFailure(record, "update the account '" + record.name + "'"));
}

Result<std::optional<AccountRecord>> AccountRepository::findByName(std::string_view name) {
    return selectOptional("WHERE name = ? COLLATE NOCASE", name);
}

Result<std::vector<AccountRecord>> AccountRepository::list() { return selectAll("ORDER BY name COLLATE NOCASE"); }

Result<std::int64_t> AccountRepository::count() {
    return database_.prepare("SELECT count(*) FROM accounts").andThen([](Statement& statement) { return statement.readInt64(); });
}

}  // namespace reunite::db
