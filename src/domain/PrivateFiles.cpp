#include "domain/PrivateFiles.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

#include "domain/Utf8Text.h"

namespace reunite {

namespace {

namespace fs = std::filesystem;

Error refusal(const fs::path& path, const std::string& reason) {
    return makeError(ErrorCode::Unreadable, "refusing " + pathText(path) + ": " + reason);
}

// The entry itself (not what a link points to), or nullopt when it does not exist.
Result<std::optional<struct stat>> entryStatus(const fs::path& path) {
    struct stat status {};
    if (::lstat(path.c_str(), &status) == 0) return std::optional<struct stat>(status);
    if (errno == ENOENT) return std::optional<struct stat>();
    return makeError(ErrorCode::Unreadable, "cannot inspect " + pathText(path) + ": " + std::strerror(errno));
}

Status requireOwnEntry(const fs::path& path, const struct stat& status, bool folder) {
    if (S_ISLNK(status.st_mode)) return refusal(path, "it is a symbolic link");
    if (folder && !S_ISDIR(status.st_mode)) return refusal(path, "it is not a folder");
    if (!folder && !S_ISREG(status.st_mode)) return refusal(path, "it is not a regular file");
    if (status.st_uid != ::geteuid()) return refusal(path, "it belongs to another account");
    return Ok{};
}

Status restrictMode(const fs::path& path, const struct stat& status, mode_t mode) {
    if ((status.st_mode & 07777) == mode) return Ok{};
    if (::chmod(path.c_str(), mode) != 0) {
        return makeError(ErrorCode::Unreadable, "cannot restrict the permissions of " + pathText(path) + ": " + std::strerror(errno));
    }
    return Ok{};
}

}  // namespace

Status createMissingFoldersPrivately(const fs::path& folder) {
    if (folder.empty()) return Ok{};
    std::vector<fs::path> missing;
    for (fs::path step = folder; !step.empty(); step = step.parent_path()) {
        Result<std::optional<struct stat>> status = entryStatus(step);
        if (!status) return status.error();
        if (status.value()) break;
        missing.push_back(step);
        if (step == step.parent_path()) break;
    }
    for (auto step = missing.rbegin(); step != missing.rend(); ++step) {
        if (::mkdir(step->c_str(), 0700) != 0 && errno != EEXIST) {
            return makeError(ErrorCode::Unreadable, "cannot create the folder " + pathText(*step) + ": " + std::strerror(errno));
        }
    }
    return Ok{};
}

Status preparePrivateFolder(const fs::path& folder) {
    if (Status created = createMissingFoldersPrivately(folder); !created) return created;
    Result<std::optional<struct stat>> status = entryStatus(folder);
    if (!status) return status.error();
    if (!status.value()) return refusal(folder, "it could not be created");
    if (Status own = requireOwnEntry(folder, *status.value(), true); !own) return own;
    return restrictMode(folder, *status.value(), 0700);
}

Status requirePrivateFile(const fs::path& file) {
    Result<std::optional<struct stat>> status = entryStatus(file);
    if (!status) return status.error();
    if (!status.value()) return Ok{};
    if (Status own = requireOwnEntry(file, *status.value(), false); !own) return own;
    return restrictMode(file, *status.value(), 0600);
}

}  // namespace reunite
