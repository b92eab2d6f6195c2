#pragma once
// What tests of files at rest compare: the SHA-256 of every file under a folder (SQLite's -wal and
// -shm companions left out: they come and go with connections), and whether a file starts as an
// image of a format the decoder knows does (core/image/ImageHeaderProbe.h).
#include <filesystem>
#include <map>
#include <string>

#include "core/image/ImageHeaderProbe.h"
#include "domain/FileBytes.h"

namespace reunite::test {

inline std::map<std::string, std::string> contentOf(const std::filesystem::path& folder) {
    std::map<std::string, std::string> digests;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        const std::string name = entry.path().string();
        if (!entry.is_regular_file() || name.ends_with("-wal") || name.ends_with("-shm")) continue;
        digests[name] = sha256OfFile(entry.path()).value();
    }
    return digests;
}

inline bool looksLikeAnImage(const std::filesystem::path& file) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(file, 1ull << 30);
    return bytes && sniffImageFormat(bytes.value()) != ImageFormat::Unknown;
}

}  // namespace reunite::test
