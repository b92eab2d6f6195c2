#pragma once
// MaintenanceActions: back up the database (SQLite online backup: a complete, checked copy or
// nothing) and check it fully (integrity and foreign keys, then every face embedding against its
// stored check value: damaged ones are ErrorCode::Database naming the face ids).
// Guarantees: Maintain authorized; a failed backup leaves no destination file behind.
// Thread safety: uses the Session from the calling thread.
#include <filesystem>

#include "domain/Result.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

class MaintenanceActions {
public:
    explicit MaintenanceActions(Session& session) : session_(session) {}

    Status backup(const std::filesystem::path& destination);
    Status check();

private:
    Session& session_;
};

}  // namespace reunite::workflows
