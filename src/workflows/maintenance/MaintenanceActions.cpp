#include "workflows/maintenance/MaintenanceActions.h"

#include <string>
#include <vector>

#include "db/repositories/FaceRepository.h"
#include "workflows/gallery/GalleryLoader.h"

namespace reunite::workflows {

Status MaintenanceActions::backup(const std::filesystem::path& destination) {
    if (Status allowed = session_.authorize(Permission::Maintain); !allowed) return allowed;
    return session_.database().backupTo(destination);
}

Status MaintenanceActions::check() {
    if (Status allowed = session_.authorize(Permission::Maintain); !allowed) return allowed;
    if (Status intact = session_.database().integrityCheck(); !intact) return intact;
    Result<std::vector<std::int64_t>> damaged = db::FaceRepository(session_.database()).findDamagedEmbeddings();
    if (!damaged) return damaged.error();
    if (damaged.value().empty()) return Ok{};
    std::string message = std::to_string(damaged.value().size()) +
                          (damaged.value().size() == 1 ? " face has" : " faces have") +
                          " a damaged embedding (it no longer matches its stored check value): " +
                          damagedFaceList(damaged.value());
    return makeError(ErrorCode::Database, message + "; remove and re-import their photos, or restore a backup");
}

}  // namespace reunite::workflows
