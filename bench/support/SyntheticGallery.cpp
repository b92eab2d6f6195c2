#include "SyntheticGallery.h"

#include <cmath>
#include <cstdio>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"

namespace reunite::bench {
namespace {

db::CandidateRecord syntheticCandidate(long index) {
    db::CandidateRecord candidate;
    candidate.externalRef = "synthetic-" + std::to_string(index);
    candidate.givenNames = "Synthetic " + std::to_string(index);
    candidate.birthYear = 1970 + static_cast<int>(index % 40);
    candidate.region = index % 2 ? "North" : "South";
    return candidate;
}

db::PhotoRecord syntheticPhoto(long index, std::int64_t candidateId) {
    db::PhotoRecord photo;
    photo.owner = db::PhotoOwner::ofCandidate(candidateId);
    char digest[65];
    std::snprintf(digest, sizeof digest, "%064lx", index);
    photo.sha256 = digest;
    photo.storedPath = "synthetic";
    photo.originalFileName = "synthetic.jpg";
    photo.status = db::PhotoStatus::Faces;
    return photo;
}

}  // namespace

Status addSyntheticCandidates(db::Database& database, long first, long count, const SyntheticFaceSpec& spec,
                              std::mt19937& random) {
    db::CandidateRepository candidates(database);
    db::PhotoRepository photos(database);
    db::FaceRepository faces(database);
    std::normal_distribution<float> normal(0.0f, spec.spread);
    for (long i = first; i < first + count; ++i) {
        auto created = candidates.create(syntheticCandidate(i), "bench");
        if (!created) return created.error();
        auto added = photos.add(syntheticPhoto(i, created.value().id), "bench");
        if (!added) return added.error();
        db::FaceRow face;
        face.photoId = added.value().id;
        face.modelId = spec.modelId;
        face.modelVersion = spec.modelVersion;
        face.detection.box = RectF{10, 10, 100, 100};
        for (float& v : face.embedding) v = normal(random);
        for (std::size_t k = 0; k < face.landmarks.size(); ++k) {  // an oval of points: a shape the age estimator can read
            const double angle = 6.283185307 * static_cast<double>(k) / static_cast<double>(face.landmarks.size());
            face.landmarks[k] = PointF{60 + 40 * std::cos(angle) + normal(random), 60 + 50 * std::sin(angle) + normal(random)};
        }
        auto stored = faces.add(face);
        if (!stored) return stored.error();
    }
    return Ok{};
}

}  // namespace reunite::bench
