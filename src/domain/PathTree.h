#pragma once
// PathTree: where a file lies in the folder tree, decided on whole path components (so "store2"
// is not inside "store"), never by probing the file system beyond what the caller resolved.
// Thread safety: pure functions.
#include <filesystem>

namespace reunite {

// Absolute, with "." and ".." and symbolic links resolved as far as the path exists; empty when
// it cannot be resolved.
std::filesystem::path resolvedPath(const std::filesystem::path& path);
// True when `file` is `folder` itself or lies below it; both as resolvedPath (or absolute and
// lexically normal) gives them. An empty path lies nowhere.
bool liesUnder(const std::filesystem::path& file, const std::filesystem::path& folder);

}  // namespace reunite
