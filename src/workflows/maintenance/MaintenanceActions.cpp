#include "workflows/maintenance/MaintenanceActions.h"

namespace reunite::workflows {

Status MaintenanceActions::backup(const std::filesystem::path& destination) {
    if (Status allowed = session_.authorize(Permission::Maintain); !allowed) return allowed;
    return session_.database().backupTo(destination);
}

Status MaintenanceActions::check() {
    if (Status allowed = session_.authorize(Permission::Maintain); !allowed) return allowed;
    return session_.database().integrityCheck();
}

}  // namespace reunite::workflows
