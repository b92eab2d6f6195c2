#include "workflows/maintenance/MaintenanceActions.h"

#include <string>
#include <vector>

#include "db/repositories/FaceRepository.h"
#include "workflows/audit/AuditTrail.h"
#include "workflows/gallery/GalleryLoader.h"

namespace reunite::workflows {

namespace {

// The audit trail's chain, and every recorded review decision still stored (the schema refuses
// their deletion; one removed around it shows here).
Status checkAuditTrail(db::Database& database) {
    Result<AuditVerification> verified = verifyAuditTrail(database);
    if (!verified) return verified.error();
    if (!verified.value().intact()) {
        return makeError(ErrorCode::Database, "the audit trail is broken at entry " + std::to_string(*verified.value().firstBadEntry) +
                                                  ": " + verified.value().problem);
    }
    Result<std::vector<std::int64_t>> missing = missingAuditedDecisions(database);
    if (!missing) return missing.error();
    if (missing.value().empty()) return Ok{};
    return makeError(ErrorCode::Database, std::to_string(missing.value().size()) +
                                              " review decision(s) recorded in the audit trail are gone from the database (first: " +
                                              std::to_string(missing.value().front()) + ")");
}

}  // namespace

Status MaintenanceActions::backup(const std::filesystem::path& destination) {
    if (Status allowed = session_.authorize(Permission::Maintain); !allowed) return allowed;
    if (Status recorded = session_.audit({"maintenance.backup", std::nullopt, {}, {{"destination", destination.string()}}}); !recorded) {
        return recorded;
    }
    return session_.database().backupTo(destination);
}

Status MaintenanceActions::check() {
    if (Status allowed = session_.authorize(Permission::Maintain); !allowed) return allowed;
    if (Status intact = session_.database().integrityCheck(); !intact) return intact;
    if (Status trail = checkAuditTrail(session_.database()); !trail) return trail;
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
