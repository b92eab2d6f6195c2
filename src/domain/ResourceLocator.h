#pragma once
// The one locator of the project's committed resources (learned numbers: the age model, the
// age-invariant transform, and whatever later models ship as numbers) and of the research data.
// Resources are looked for in: $REUNITE_RESOURCES_DIR, <executable dir>/../resources, then the
// resources/ folder of the source tree this build was configured from (where the build-* commands
// write and where the numbers are committed).
// Research data: $REUNITE_RESEARCH_DATA_DIR, else <source tree>/../shared/data (read at run time,
// never copied into the project).
// Thread safety: pure functions (read the environment and the file system).
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite {

// The folders searched, in order.
std::vector<std::filesystem::path> resourceSearchFolders();
// The first existing regular file <folder>/<relativePath>; ModelMissing naming every place tried.
Result<std::filesystem::path> locateResource(const std::string& relativePath);
// The first folder <folder>/<relativeFolder> holding <marker> (a file that must exist in it).
Result<std::filesystem::path> locateResourceFolder(const std::string& relativeFolder, const std::string& marker);
// resources/<relativePath> of the source tree (the build-* commands' default output).
std::filesystem::path sourceTreeResource(const std::string& relativePath);
std::filesystem::path defaultResearchDataFolder();

constexpr const char* kAgeInvariantTransformResource = "cross_age/age_invariant.json";
constexpr const char* kAgeModelResourceFolder = "age_model";

}  // namespace reunite
