#pragma once
// Loads the search gallery (every candidate and every candidate face of one embedding model)
// from the database into a GalleryIndex, streaming the embedding blobs straight into the matrix.
// A face whose stored embedding is damaged (FaceRepository) is left out and listed in the stats.
// Thread safety: uses the Database from the calling thread only; the index may be searched by
// other threads meanwhile (they wait for each added batch).
#include <cstdint>
#include <string>
#include <vector>

#include "db/sqlite/Database.h"
#include "search/GalleryIndex.h"

namespace reunite {

struct GalleryLoadStats {
    std::size_t candidates = 0;
    std::size_t faces = 0;
    double seconds = 0;
    double candidateSeconds = 0;  // of which reading candidates
    std::vector<std::int64_t> damagedFaceIds;  // faces left out: their stored embedding is damaged
};

// "12, 40, 41": face ids, at most `shown` of them (then "...").
std::string faceIdList(const std::vector<std::int64_t>& faceIds, std::size_t shown = SIZE_MAX);
// "face 12" or "faces 12, 40, 41": the ids of faces with a damaged embedding, as faceIdList.
std::string damagedFaceList(const std::vector<std::int64_t>& faceIds, std::size_t shown = SIZE_MAX);

Result<GalleryLoadStats> loadGallery(db::Database& database, const std::string& modelId, GalleryIndex& index);

}  // namespace reunite
