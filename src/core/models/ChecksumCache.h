#pragma once
// ChecksumCache: remembers that a model file was verified against a sha256, so that a later run
// can skip hashing ~100 MB. An entry vouches for a file only while everything about the file
// that a change would touch is unchanged: canonical path, size, modification and status-change
// times (ns), inode and device. Any change, an unknown file or a damaged cache file means
// "not vouched for": the caller hashes the file again. Writes are atomic (temporary file, then
// rename) with mode 0600, in a folder created 0700; a cache that cannot be written is skipped.
// Default place: $XDG_CACHE_HOME/reunite/model-checksums.json, else ~/.cache/reunite/.
// Thread safety: no shared state in memory; concurrent processes may lose an entry, never
// corrupt one (the file is replaced whole).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace reunite {

// What identifies one version of a file; a write, truncation, replacement or touch changes it.
struct FileStamp {
    std::string path;  // canonical
    std::int64_t size = 0;
    std::int64_t modifiedNs = 0;
    std::int64_t changedNs = 0;
    std::uint64_t inode = 0;
    std::uint64_t device = 0;
    bool operator==(const FileStamp&) const = default;
};

class ChecksumCache {
public:
    explicit ChecksumCache(std::filesystem::path file) : file_(std::move(file)) {}
    // The default location, or nothing when neither $XDG_CACHE_HOME nor $HOME is set.
    static std::optional<ChecksumCache> atDefaultLocation();

    // The file's stamp now; nothing for a missing or non-regular file.
    static std::optional<FileStamp> stampOf(const std::filesystem::path& file);

    bool vouchesFor(const FileStamp& stamp, const std::string& sha256) const;
    // Records that the file as stamped (before it was hashed) has this sha256, provided the file
    // still has that stamp (it did not change while being hashed).
    void remember(const FileStamp& hashed, const std::string& sha256) const;
    void forget(const std::filesystem::path& modelFile) const;
    const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
};

}  // namespace reunite
