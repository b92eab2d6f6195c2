#pragma once
// ModelLocator: the one place that finds model files. Search order for the models folder:
// $REUNITE_MODELS_DIR, <executable dir>/models, <executable dir>/../models, then the folder the
// build configured (setup writes the models there). The folder must hold manifest.json.
// locate() checks existence and sha256 against the manifest; errors name the setup command.
// Checksums: hashing the ~100 MB of models costs ~2 s, so a verified file is remembered in a
// ChecksumCache (keyed by path, size, times, inode) and later runs hash it again only when it
// changed (ChecksumCheck::Cached, the default). ChecksumCheck::Full always hashes and refreshes
// the cache (`reunite-cli check`, `check-models`, setup). A refused file is dropped from the cache.
// Thread safety: const methods are safe from many threads (the cache file is replaced atomically).
#include <filesystem>
#include <optional>
#include <string>

#include "core/models/ChecksumCache.h"
#include "core/models/ModelManifest.h"
#include "domain/Result.h"

namespace reunite {

extern const char* const kSetupCommand;  // what the user runs to (re)create the models

struct LocatedModel {
    ModelEntry entry;
    std::filesystem::path path;
};

enum class ChecksumCheck {
    Skip,    // existence only
    Cached,  // hash unless the checksum cache vouches for the unchanged file
    Full,    // always hash
};

class ModelLocator {
public:
    // Finds the models folder by the search order above.
    static Result<ModelLocator> discover();
    // Uses exactly this folder.
    static Result<ModelLocator> inFolder(const std::filesystem::path& folder);

    Result<LocatedModel> locate(const std::string& name, ChecksumCheck check = ChecksumCheck::Cached) const;
    const std::filesystem::path& folder() const { return folder_; }
    const ModelManifest& manifest() const { return manifest_; }

    // The cache used by ChecksumCheck::Cached (default: ChecksumCache::atDefaultLocation());
    // nothing turns caching off (every check hashes).
    void useChecksumCache(std::optional<ChecksumCache> cache) { cache_ = std::move(cache); }

private:
    ModelLocator(std::filesystem::path folder, ModelManifest manifest)
        : folder_(std::move(folder)), manifest_(std::move(manifest)), cache_(ChecksumCache::atDefaultLocation()) {}
    Status verify(const std::filesystem::path& file, const std::string& expectedSha256, ChecksumCheck check) const;

    std::filesystem::path folder_;
    ModelManifest manifest_;
    std::optional<ChecksumCache> cache_;
};

}  // namespace reunite
