#pragma once
// GalleryImportRequest: what the user asks to import into the photo database: a CSV manifest or
// a folder, the source the records come from, and how.
// Thread safety: plain value type.
#include <filesystem>

#include "db/records/RecordEnums.h"
#include "workflows/gallery/ImportManifest.h"

namespace reunite::workflows {

struct GalleryImportRequest {
    std::filesystem::path input;  // a CSV manifest or a folder
    ManifestPaths manifestPaths = ManifestPaths::InManifestFolder;  // where a manifest's files may lie
    db::CandidateSource source = db::CandidateSource::NationalDatabase;
    bool copyIntoStore = true;
    int threads = 0;
    std::size_t commitEvery = 64;
};

}  // namespace reunite::workflows
