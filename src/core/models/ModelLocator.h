#pragma once
// ModelLocator: the one place that finds model files. Search order for the models folder:
// $REUNITE_MODELS_DIR, <executable dir>/models, <executable dir>/../models, then the folder the
// build configured (setup writes the models there). The folder must hold manifest.json.
// locate() checks existence and sha256 against the manifest; errors name the setup command.
// Thread safety: const methods are safe from many threads.
#include <filesystem>
#include <string>

#include "core/models/ModelManifest.h"
#include "domain/Result.h"

namespace reunite {

extern const char* const kSetupCommand;  // what the user runs to (re)create the models

struct LocatedModel {
    ModelEntry entry;
    std::filesystem::path path;
};

class ModelLocator {
public:
    // Finds the models folder by the search order above.
    static Result<ModelLocator> discover();
    // Uses exactly this folder.
    static Result<ModelLocator> inFolder(const std::filesystem::path& folder);

    Result<LocatedModel> locate(const std::string& name, bool verifyChecksum = true) const;
    const std::filesystem::path& folder() const { return folder_; }
    const ModelManifest& manifest() const { return manifest_; }

private:
    ModelLocator(std::filesystem::path folder, ModelManifest manifest)
        : folder_(std::move(folder)), manifest_(std::move(manifest)) {}
    std::filesystem::path folder_;
    ModelManifest manifest_;
};

}  // namespace reunite
