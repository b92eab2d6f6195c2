#include "domain/ResourceLocator.h"

#include <cstdlib>
#include <system_error>

#ifndef REUNITE_SOURCE_DIR
#define REUNITE_SOURCE_DIR ""
#endif

namespace reunite {
namespace {

std::filesystem::path sourceTree() { return std::filesystem::path(REUNITE_SOURCE_DIR); }

}  // namespace

std::vector<std::filesystem::path> resourceSearchFolders() {
    std::vector<std::filesystem::path> folders;
    if (const char* env = std::getenv("REUNITE_RESOURCES_DIR"); env && *env) folders.emplace_back(env);
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) folders.push_back(exe.parent_path().parent_path() / "resources");
    if (!sourceTree().empty()) folders.push_back(sourceTree() / "resources");
    return folders;
}

Result<std::filesystem::path> locateResource(const std::string& relativePath) {
    std::string tried;
    std::error_code ec;
    for (const auto& folder : resourceSearchFolders()) {
        const std::filesystem::path candidate = folder / relativePath;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
        tried += "\n  " + candidate.string();
    }
    return makeError(ErrorCode::ModelMissing, "resource " + relativePath + " not found; looked at:" + tried);
}

Result<std::filesystem::path> locateResourceFolder(const std::string& relativeFolder, const std::string& marker) {
    Result<std::filesystem::path> file = locateResource(relativeFolder + "/" + marker);
    if (!file) return file.error();
    return file.value().parent_path();
}

std::filesystem::path sourceTreeResource(const std::string& relativePath) { return sourceTree() / "resources" / relativePath; }

std::filesystem::path defaultResearchDataFolder() {
    if (const char* env = std::getenv("REUNITE_RESEARCH_DATA_DIR"); env && *env) return env;
    return (sourceTree() / ".." / "shared" / "data").lexically_normal();
}

}  // namespace reunite
