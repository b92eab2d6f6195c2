#pragma once
// Whole-file reading with clear errors, SHA-256 digests, and files written whole or not at all.
// readFileBytes: refuses missing files, directories and special files, and files over maxBytes.
// Thread safety: free functions without shared state.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"

namespace reunite {

Result<std::vector<std::uint8_t>> readFileBytes(const std::filesystem::path& path, std::uint64_t maxBytes);

// Lower-case hex SHA-256 of the bytes / of a file's content (streamed).
std::string sha256Hex(std::span<const std::uint8_t> bytes);
Result<std::string> sha256OfFile(const std::filesystem::path& path);

// Writes text to a file (creating its folder), replacing what was there whole
// (writeFileAtomically); fails (Unreadable) with the path when the file cannot be written.
Status writeTextFile(const std::filesystem::path& path, const std::string& text);

// Who may read a file written here: its owner alone (0600: personal data, caches) or everyone (0644).
enum class FileAccess { OwnerOnly, Everyone };

// Before long work whose result goes to `destination`: refuses a destination that is a folder,
// whose folder does not exist, or where no file can be created (a probe file beside it is created
// and removed). Errors: Unreadable naming the path and the reason.
Status checkOutputPath(const std::filesystem::path& destination);

// Writes `bytes` so that no partial file is ever left behind: into a new temporary file in the
// destination's folder, flushed to disk, then renamed over the destination (atomic on POSIX; a
// file there is replaced, one linked elsewhere is not changed). On any failure the temporary file
// is removed and the destination is untouched. The folder must exist. Errors: Unreadable naming
// the path and the system's reason. Two writers of one destination race only on the rename.
Status writeFileAtomically(const std::filesystem::path& destination, std::string_view bytes,
                           FileAccess access = FileAccess::OwnerOnly);

}  // namespace reunite
