#pragma once
// ScratchFolder: a private temporary folder for one test, removed with its content at scope exit,
// with a helper that writes a file of given bytes into it.
// Thread safety: plain RAII object, one thread.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "domain/TemporaryFolder.h"

namespace reunite::test {

class ScratchFolder {
public:
    ScratchFolder() : folder_("reunite-test") {}

    // Writes `content` to `name` inside the folder and returns its path.
    std::filesystem::path file(const std::filesystem::path& name, const std::vector<std::uint8_t>& content) const {
        const std::filesystem::path path = folder_.path() / name;
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(content.data()), static_cast<std::streamsize>(content.size()));
        return path;
    }
    const std::filesystem::path& path() const { return folder_.path(); }

private:
    TemporaryFolder folder_;
};

}  // namespace reunite::test
