#pragma once
// Whole-file reading with clear errors, and SHA-256 digests.
// readFileBytes: refuses missing files, directories and special files, and files over maxBytes.
// Thread safety: free functions without shared state.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite {

Result<std::vector<std::uint8_t>> readFileBytes(const std::filesystem::path& path, std::uint64_t maxBytes);

// Lower-case hex SHA-256 of the bytes / of a file's content (streamed).
std::string sha256Hex(std::span<const std::uint8_t> bytes);
Result<std::string> sha256OfFile(const std::filesystem::path& path);

// Writes text to a file (creating its folder), replacing what was there; fails (Unreadable) with
// the path when the file cannot be written.
Status writeTextFile(const std::filesystem::path& path, const std::string& text);

}  // namespace reunite
