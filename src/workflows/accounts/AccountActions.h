#pragma once
// AccountActions: the supervisor's work on accounts — create one with a role and a first
// password, change a role, set a new password, unlock, deactivate or reactivate — and every
// account's own password change.
// Inputs: a Session; account names in any letter case; passwords as typed
// (security/PasswordHash.h rules).
// Guarantees: ManageAccounts is required except for changeOwnPassword (which needs the current
// password); a supervisor cannot take away its own supervisor role or deactivate itself (the
// workstation must keep one); unknown name -> NotFound; results never carry the password hash.
// Thread safety: uses the Session from the calling thread.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

// What a screen or a command may show of an account.
struct AccountSummary {
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Volunteer;
    bool active = true;
    std::optional<std::string> lockedUntil;
    int failedSignIns = 0;
    std::string createdAt;
    std::string createdBy;
};

class AccountActions {
public:
    explicit AccountActions(Session& session) : session_(session) {}

    Result<AccountSummary> create(std::string_view name, Role role, std::string_view password);
    Result<std::vector<AccountSummary>> list();
    Result<AccountSummary> setRole(std::string_view name, Role role);
    Result<AccountSummary> setPassword(std::string_view name, std::string_view password);
    Result<AccountSummary> unlock(std::string_view name);
    Result<AccountSummary> setActive(std::string_view name, bool active);
    Status changeOwnPassword(std::string_view currentPassword, std::string_view newPassword);
    // The account id of a name, for assignments (ManageAccounts or AssignCases).
    Result<std::int64_t> idOf(std::string_view name);

private:
    template <typename Change>
    Result<AccountSummary> change(const char* action, std::string_view name, Change&& apply);

    Session& session_;
};

}  // namespace reunite::workflows
