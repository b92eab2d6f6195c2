#include "workflows/search/CaseRelativeFaces.h"

#include <map>
#include <optional>

#include "db/repositories/FaceRepository.h"
#include "db/repositories/RelativeRepository.h"

namespace reunite {
namespace {

std::optional<KinRelation> kinRelationOf(db::Relation relation) {
    switch (relation) {
    case db::Relation::Mother: return KinRelation::Mother;
    case db::Relation::Father: return KinRelation::Father;
    case db::Relation::Sibling: return KinRelation::FullSibling;
    case db::Relation::Other: return std::nullopt;
    }
    return std::nullopt;
}

double boxArea(const db::FaceRow& face) { return face.detection.box.width * face.detection.box.height; }

// The largest face of each photo, in photo order.
std::vector<Embedding> largestFacePerPhoto(const std::vector<db::FaceRow>& faces, const std::string& modelId) {
    std::map<std::int64_t, const db::FaceRow*> largest;
    for (const db::FaceRow& face : faces) {
        if (face.modelId != modelId) continue;
        const db::FaceRow*& chosen = largest[face.photoId];
        if (!chosen || boxArea(face) > boxArea(*chosen)) chosen = &face;
    }
    std::vector<Embedding> out;
    for (const auto& [photoId, face] : largest) out.push_back(face->embedding);
    return out;
}

}  // namespace

std::size_t faceCountOf(const std::vector<RelativeFaces>& relatives) {
    std::size_t count = 0;
    for (const RelativeFaces& relative : relatives) count += relative.faces.size();
    return count;
}

Result<std::vector<RelativeFaces>> relativeFacesOfCase(db::Database& database, std::int64_t caseId, const std::string& modelId) {
    Result<std::vector<db::RelativeRecord>> relatives = db::RelativeRepository(database).listForCase(caseId);
    if (!relatives) return relatives.error();
    db::FaceRepository faces(database);
    std::vector<RelativeFaces> out;
    for (const db::RelativeRecord& relative : relatives.value()) {
        const std::optional<KinRelation> relation = kinRelationOf(relative.relation);
        if (!relation) continue;
        Result<std::vector<db::FaceRow>> rows = faces.listByOwner(db::PhotoOwner::ofRelative(relative.id));
        if (!rows) return rows.error();
        RelativeFaces entry{relative.id, *relation, sexCode(relative.sex), largestFacePerPhoto(rows.value(), modelId)};
        if (!entry.faces.empty()) out.push_back(std::move(entry));
    }
    return out;
}

}  // namespace reunite
