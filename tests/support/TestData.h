#pragma once
// Locations of the photos and models setup produced, and temp-folder helpers for tests.
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "domain/TemporaryFolder.h"

namespace reunite::test {

inline std::filesystem::path samplesDir() {
    if (const char* env = std::getenv("REUNITE_SAMPLES_DIR"); env && *env) return env;
    return REUNITE_SAMPLES_DIR;
}

inline std::filesystem::path modelsDir() {
    if (const char* env = std::getenv("REUNITE_MODELS_DIR"); env && *env) return env;
    return REUNITE_MODELS_DIR;
}

// Path of a sample photo; fails the test with a clear message when setup has not fetched it.
inline std::filesystem::path samplePhoto(const std::string& name) {
    const std::filesystem::path path = samplesDir() / name;
    INFO("sample photo " << path << " is missing: run bash scripts/setup.sh");
    REQUIRE(std::filesystem::is_regular_file(path));
    return path;
}

// A fresh empty folder under the system temp folder, removed when the object goes away.
class TempFolder : public reunite::TemporaryFolder {
public:
    explicit TempFolder(const std::string& prefix = "reunite-test") : TemporaryFolder(prefix) {}

    std::filesystem::path file(const std::string& name) const { return path() / name; }
    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        std::ofstream out(path() / name, std::ios::binary);
        out << bytes;
        return path() / name;
    }
};

}  // namespace reunite::test
