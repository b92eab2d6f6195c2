#include "core/models/ChecksumCache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "domain/FileBytes.h"

namespace reunite {
namespace {

constexpr int kSchema = 1;
constexpr std::size_t kMaxCacheBytes = 1 << 20;

nlohmann::json toJson(const FileStamp& id, const std::string& sha256) {
    return {{"path", id.path},          {"sha256", sha256},         {"size", id.size},     {"mtime_ns", id.modifiedNs},
            {"ctime_ns", id.changedNs}, {"inode", id.inode},        {"device", id.device}};
}

bool sameFile(const nlohmann::json& entry, const FileStamp& id) {
    return entry.at("path").get<std::string>() == id.path && entry.at("size").get<std::int64_t>() == id.size &&
           entry.at("mtime_ns").get<std::int64_t>() == id.modifiedNs && entry.at("ctime_ns").get<std::int64_t>() == id.changedNs &&
           entry.at("inode").get<std::uint64_t>() == id.inode && entry.at("device").get<std::uint64_t>() == id.device;
}

// The cached entries; empty for a missing, oversized or damaged cache file.
nlohmann::json readEntries(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size > kMaxCacheBytes) return nlohmann::json::array();
    std::ifstream in(file, std::ios::binary);
    try {
        nlohmann::json j = nlohmann::json::parse(in);
        if (j.at("schema").get<int>() != kSchema || !j.at("entries").is_array()) return nlohmann::json::array();
        return j.at("entries");
    } catch (const std::exception&) {
        return nlohmann::json::array();
    }
}

// The cache holds paths of the user's files: its folder and the file are the user's alone.
void writeWhole(const std::filesystem::path& file, const std::string& text) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    ::chmod(file.parent_path().c_str(), 0700);
    (void)writeFileAtomically(file, text, FileAccess::OwnerOnly);  // a cache that cannot be written is only slower
}

void replaceEntry(const std::filesystem::path& cacheFile, const std::string& path, const nlohmann::json* entry) {
    nlohmann::json kept = nlohmann::json::array();
    for (const nlohmann::json& old : readEntries(cacheFile)) {
        if (old.is_object() && old.value("path", std::string()) != path) kept.push_back(old);
    }
    if (entry) kept.push_back(*entry);
    writeWhole(cacheFile, nlohmann::json{{"schema", kSchema}, {"entries", kept}}.dump(1) + "\n");
}

}  // namespace

std::optional<ChecksumCache> ChecksumCache::atDefaultLocation() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
        return ChecksumCache(std::filesystem::path(xdg) / "reunite" / "model-checksums.json");
    }
    if (const char* home = std::getenv("HOME"); home && *home == '/') {
        return ChecksumCache(std::filesystem::path(home) / ".cache" / "reunite" / "model-checksums.json");
    }
    return std::nullopt;
}

std::optional<FileStamp> ChecksumCache::stampOf(const std::filesystem::path& file) {
    std::error_code ec;
    const std::filesystem::path canonical = std::filesystem::canonical(file, ec);
    if (ec) return std::nullopt;
    struct stat info {};
    if (::stat(canonical.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    FileStamp stamp;
    stamp.path = canonical.string();
    stamp.size = static_cast<std::int64_t>(info.st_size);
    stamp.modifiedNs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    stamp.changedNs = static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1'000'000'000 + info.st_ctim.tv_nsec;
    stamp.inode = static_cast<std::uint64_t>(info.st_ino);
    stamp.device = static_cast<std::uint64_t>(info.st_dev);
    return stamp;
}

bool ChecksumCache::vouchesFor(const FileStamp& stamp, const std::string& sha256) const {
    for (const nlohmann::json& entry : readEntries(file_)) {
        try {
            if (sameFile(entry, stamp)) return entry.at("sha256").get<std::string>() == sha256;
        } catch (const std::exception&) {
            continue;
        }
    }
    return false;
}

void ChecksumCache::remember(const FileStamp& hashed, const std::string& sha256) const {
    const std::optional<FileStamp> now = stampOf(hashed.path);
    if (!now || !(*now == hashed)) return;
    const nlohmann::json entry = toJson(hashed, sha256);
    replaceEntry(file_, hashed.path, &entry);
}

void ChecksumCache::forget(const std::filesystem::path& modelFile) const {
    std::error_code ec;
    const std::filesystem::path canonical = std::filesystem::canonical(modelFile, ec);
    if (!ec) replaceEntry(file_, canonical.string(), nullptr);
}

}  // namespace reunite
