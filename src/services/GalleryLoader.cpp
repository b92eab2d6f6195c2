#include "GalleryLoader.h"

#include <chrono>

#include "CandidateRepository.h"
#include "FaceRepository.h"
#include "GalleryImporter.h"

namespace reunite {

Result<GalleryLoadStats> loadGallery(db::Database& database, const std::string& modelId, GalleryIndex& index) {
    const auto started = std::chrono::steady_clock::now();
    GalleryLoadStats stats;
    db::CandidateRepository candidates(database);
    db::FaceRepository faces(database);
    auto candidateCount = candidates.count();
    if (!candidateCount) return candidateCount.error();
    auto faceCount = faces.countGalleryFaces();
    if (!faceCount) return faceCount.error();
    index.reserve(static_cast<std::size_t>(faceCount.value()), static_cast<std::size_t>(candidateCount.value()));

    constexpr int kPage = 10000;
    std::int64_t after = 0;
    for (;;) {
        auto page = candidates.list(after, kPage);
        if (!page) return page.error();
        for (const db::CandidateRecord& record : page.value()) index.upsertCandidate(galleryCandidateOf(record));
        stats.candidates += page.value().size();
        if (page.value().size() < static_cast<std::size_t>(kPage)) break;
        after = page.value().back().id;
    }
    constexpr std::size_t kBatch = 8192;  // projections into the age-invariant space go batch-wise
    std::vector<GalleryIndex::FaceEntry> batch;
    batch.reserve(kBatch);
    Status failure = Ok{};
    auto scanned = faces.forEachGalleryFace(modelId, [&](const db::GalleryFace& face) {
        batch.push_back(GalleryIndex::FaceEntry{face.faceId, face.candidateId, face.embedding});
        if (batch.size() < kBatch) return db::ScanStep::Continue;
        failure = index.addFaces(batch);
        batch.clear();
        return failure ? db::ScanStep::Continue : db::ScanStep::Stop;
    });
    if (!scanned) return scanned.error();
    if (failure && !batch.empty()) failure = index.addFaces(batch);
    if (!failure) return failure.error();
    stats.faces = static_cast<std::size_t>(scanned.value());
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return stats;
}

}  // namespace reunite
