#pragma once
// ScanStep: returned by the callback of a streaming scan (FaceRepository::forEachGalleryFace,
// CandidateRepository::forEachCandidate): keep scanning or stop early, e.g. when the user cancels.
// Thread safety: plain value type.

namespace reunite::db {

enum class ScanStep { Continue, Stop };

}  // namespace reunite::db
