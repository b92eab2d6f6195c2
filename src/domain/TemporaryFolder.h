#pragma once
// TemporaryFolder: a new private folder under the system temp folder, removed with its content
// when the object is destroyed. Thread safety: plain RAII object.
#include <filesystem>
#include <random>
#include <string>
#include <system_error>

namespace reunite {

class TemporaryFolder {
public:
    explicit TemporaryFolder(const std::string& prefix) {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(path_);
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
    }
    ~TemporaryFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace reunite
