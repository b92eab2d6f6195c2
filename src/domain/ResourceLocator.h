#pragma once
// Finds the project's committed resources (learned numbers such as the age model and the
// age-invariant transform): $REUNITE_RESOURCES_DIR, <executable dir>/../resources, then the
// source tree's resources/ folder the build was configured from.
// Thread safety: pure function.
#include <filesystem>
#include <string>

#include "domain/Result.h"

namespace reunite {

Result<std::filesystem::path> locateResource(const std::string& relativePath);

constexpr const char* kAgeInvariantTransformResource = "cross_age/age_invariant.json";

}  // namespace reunite
