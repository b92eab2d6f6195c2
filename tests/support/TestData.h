#pragma once
// Locations of the photos and models setup produced, and temp-folder helpers for tests.
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <catch2/catch.hpp>

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
class TempFolder {
public:
    explicit TempFolder(const std::string& prefix = "reunite-test") {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path file(const std::string& name) const { return path_ / name; }
    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        std::ofstream out(path_ / name, std::ios::binary);
        out << bytes;
        return path_ / name;
    }

private:
    std::filesystem::path path_;
};

}  // namespace reunite::test
