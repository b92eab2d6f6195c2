#include "workflows/gallery/GalleryLoader.h"

#include <chrono>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "workflows/gallery/GalleryImporter.h"

namespace reunite {

constexpr std::size_t kCandidateBatch = 16384;

std::string faceIdList(const std::vector<std::int64_t>& faceIds, std::size_t shown) {
    std::string list;
    for (std::size_t i = 0; i < faceIds.size() && i < shown; ++i) list += (i ? ", " : "") + std::to_string(faceIds[i]);
    if (faceIds.size() > shown) list += ", ...";
    return list;
}

std::string damagedFaceList(const std::vector<std::int64_t>& faceIds, std::size_t shown) {
    return (faceIds.size() == 1 ? "face " : "faces ") + faceIdList(faceIds, shown);
}

Result<GalleryLoadStats> loadGallery(db::Database& database, const std::string& modelId, GalleryIndex& index) {
    const auto started = std::chrono::steady_clock::now();
    GalleryLoadStats stats;
    db::CandidateRepository candidates(database);
    db::FaceRepository faces(database);
    auto candidateCount = candidates.count();
    if (!candidateCount) return candidateCount.error();
    auto faceCount = faces.maxFaceId();
    if (!faceCount) return faceCount.error();
    index.reserve(static_cast<std::size_t>(faceCount.value()), static_cast<std::size_t>(candidateCount.value()));

    std::vector<GalleryCandidate> candidateBatch;
    candidateBatch.reserve(kCandidateBatch);
    auto streamed = candidates.forEachGalleryCandidate([&](const db::GalleryCandidateRow& row) {
        candidateBatch.push_back(galleryCandidateOf(row));
        if (candidateBatch.size() == kCandidateBatch) {
            index.upsertCandidates(candidateBatch);
            candidateBatch.clear();
        }
        return db::ScanStep::Continue;
    });
    if (!streamed) return streamed.error();
    index.upsertCandidates(candidateBatch);
    stats.candidates = static_cast<std::size_t>(streamed.value());
    stats.candidateSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    constexpr std::size_t kBatch = 8192;  // projections into the age-invariant space go batch-wise
    std::vector<GalleryIndex::FaceEntry> batch;
    batch.reserve(kBatch);
    Status failure = Ok{};
    auto scanned = faces.forEachGalleryFace(modelId, [&](const db::GalleryFace& face) {
        if (face.damaged) {
            stats.damagedFaceIds.push_back(face.faceId);
            return db::ScanStep::Continue;
        }
        batch.push_back(GalleryIndex::FaceEntry{face.faceId, face.candidateId, face.embedding, face.estimatedBirthYears});
        if (batch.size() < kBatch) return db::ScanStep::Continue;
        failure = index.addFaces(batch);
        batch.clear();
        return failure ? db::ScanStep::Continue : db::ScanStep::Stop;
    });
    if (!scanned) return scanned.error();
    if (failure && !batch.empty()) failure = index.addFaces(batch);
    if (!failure) return failure.error();
    stats.faces = static_cast<std::size_t>(scanned.value()) - stats.damagedFaceIds.size();
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return stats;
}

}  // namespace reunite
