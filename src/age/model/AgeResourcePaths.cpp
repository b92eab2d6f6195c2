#include "age/model/AgeResourcePaths.h"

#include <cstdlib>
#include <system_error>

#ifndef REUNITE_AGE_SOURCE_DIR
#define REUNITE_AGE_SOURCE_DIR ""
#endif

namespace reunite {
namespace {

std::filesystem::path executableFolder() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

std::filesystem::path sourceTree() { return std::filesystem::path(REUNITE_AGE_SOURCE_DIR); }

}  // namespace

std::filesystem::path sourceTreeAgeModelFolder() { return sourceTree() / "resources" / "age_model"; }

std::vector<std::filesystem::path> ageModelSearchFolders() {
    std::vector<std::filesystem::path> folders;
    if (const char* env = std::getenv("REUNITE_AGE_MODEL_DIR"); env && *env) folders.emplace_back(env);
    if (const std::filesystem::path exe = executableFolder(); !exe.empty()) {
        folders.push_back(exe / "age_model");
        folders.push_back(exe.parent_path() / "resources" / "age_model");
    }
    if (!sourceTree().empty()) folders.push_back(sourceTreeAgeModelFolder());
    return folders;
}

std::filesystem::path defaultResearchDataFolder() {
    if (const char* env = std::getenv("REUNITE_RESEARCH_DATA_DIR"); env && *env) return env;
    return (sourceTree() / ".." / "shared" / "data").lexically_normal();
}

}  // namespace reunite
