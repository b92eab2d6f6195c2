#include "domain/ResourceLocator.h"

#include <cstdlib>
#include <system_error>
#include <vector>

#ifndef REUNITE_SOURCE_RESOURCES_DIR
#define REUNITE_SOURCE_RESOURCES_DIR ""
#endif

namespace reunite {

Result<std::filesystem::path> locateResource(const std::string& relativePath) {
    std::vector<std::filesystem::path> folders;
    if (const char* env = std::getenv("REUNITE_RESOURCES_DIR"); env && *env) folders.emplace_back(env);
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) folders.push_back(exe.parent_path().parent_path() / "resources");
    if (*REUNITE_SOURCE_RESOURCES_DIR) folders.emplace_back(REUNITE_SOURCE_RESOURCES_DIR);
    std::string tried;
    for (const auto& folder : folders) {
        const std::filesystem::path candidate = folder / relativePath;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
        tried += "\n  " + candidate.string();
    }
    return makeError(ErrorCode::ModelMissing, "resource " + relativePath + " not found; looked at:" + tried);
}

}  // namespace reunite
