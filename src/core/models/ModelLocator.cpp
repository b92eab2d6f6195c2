#include "core/models/ModelLocator.h"

#include <cstdlib>
#include <system_error>
#include <vector>

#include "domain/FileBytes.h"

#ifndef REUNITE_DEFAULT_MODELS_DIR
#define REUNITE_DEFAULT_MODELS_DIR ""
#endif

namespace reunite {

const char* const kSetupCommand = "bash scripts/setup.sh";

namespace {

constexpr const char* kManifestName = "manifest.json";

std::filesystem::path executableDir() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

std::vector<std::filesystem::path> candidateFolders() {
    std::vector<std::filesystem::path> folders;
    if (const char* env = std::getenv("REUNITE_MODELS_DIR"); env && *env) folders.emplace_back(env);
    const std::filesystem::path exeDir = executableDir();
    if (!exeDir.empty()) {
        folders.push_back(exeDir / "models");
        folders.push_back(exeDir.parent_path() / "models");
    }
    if (*REUNITE_DEFAULT_MODELS_DIR) folders.emplace_back(REUNITE_DEFAULT_MODELS_DIR);
    return folders;
}

}  // namespace

Result<ModelLocator> ModelLocator::discover() {
    std::string tried;
    for (const std::filesystem::path& folder : candidateFolders()) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(folder / kManifestName, ec)) return inFolder(folder);
        tried += "\n  " + folder.string();
    }
    return makeError(ErrorCode::ModelMissing,
                     std::string("no models folder with manifest.json found; looked in:") + tried +
                         "\nrun: " + kSetupCommand + " (or set REUNITE_MODELS_DIR)");
}

Result<ModelLocator> ModelLocator::inFolder(const std::filesystem::path& folder) {
    Result<ModelManifest> manifest = ModelManifest::load(folder / kManifestName);
    if (!manifest) {
        return makeError(manifest.error().code, manifest.error().message + "; run: " + kSetupCommand);
    }
    return ModelLocator(folder, std::move(manifest).value());
}

Status ModelLocator::verify(const std::filesystem::path& file, const std::string& expectedSha256, ChecksumCheck check) const {
    if (check == ChecksumCheck::Skip) return Ok{};
    const std::optional<FileStamp> stamp = ChecksumCache::stampOf(file);
    if (check == ChecksumCheck::Cached && cache_ && stamp && cache_->vouchesFor(*stamp, expectedSha256)) return Ok{};
    Result<std::string> digest = sha256OfFile(file);
    if (!digest) return makeError(ErrorCode::ModelCorrupt, digest.error().message + "; run: " + kSetupCommand);
    if (digest.value() != expectedSha256) {
        if (cache_) cache_->forget(file);
        return makeError(ErrorCode::ModelCorrupt, "model file " + file.string() + " is corrupt (sha256 " + digest.value() +
                                                      ", expected " + expectedSha256 + "); run: " + kSetupCommand);
    }
    if (cache_ && stamp) cache_->remember(*stamp, digest.value());
    return Ok{};
}

Result<LocatedModel> ModelLocator::locate(const std::string& name, ChecksumCheck check) const {
    const ModelEntry* entry = manifest_.find(name);
    if (!entry) {
        return makeError(ErrorCode::ModelMissing, "the model manifest in " + folder_.string() +
                                                      " lists no model named \"" + name + "\"; run: " + kSetupCommand);
    }
    LocatedModel located{*entry, folder_ / entry->file};
    std::error_code ec;
    if (!std::filesystem::is_regular_file(located.path, ec)) {
        return makeError(ErrorCode::ModelMissing, "model file missing: " + located.path.string() +
                                                      "; run: " + kSetupCommand);
    }
    if (Status verified = verify(located.path, entry->sha256, check); !verified) return verified.error();
    return located;
}

}  // namespace reunite
