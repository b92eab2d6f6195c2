#include "report/OutputFile.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reunite::report {
namespace {

Error unwritable(const std::filesystem::path& destination, const std::string& reason) {
    return makeError(ErrorCode::Unreadable, "cannot write " + destination.string() + ": " + reason);
}

std::filesystem::path folderOf(const std::filesystem::path& destination) {
    const std::filesystem::path parent = destination.parent_path();
    return parent.empty() ? std::filesystem::path(".") : parent;
}

// Creates a unique temporary file beside the destination; returns its descriptor and path.
Result<std::pair<int, std::filesystem::path>> createTemporary(const std::filesystem::path& destination) {
    std::string pattern = (folderOf(destination) / ("." + destination.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) return unwritable(destination, std::strerror(errno));
    fchmod(fd, S_IRUSR | S_IWUSR);
    return std::make_pair(fd, std::filesystem::path(name.data()));
}

bool writeAll(int fd, const std::string& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        written += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

Status checkOutputPath(const std::filesystem::path& destination) {
    std::error_code ec;
    if (destination.empty()) return unwritable(destination, "no file name given");
    if (std::filesystem::is_directory(destination, ec)) return unwritable(destination, "it is a folder");
    if (!std::filesystem::is_directory(folderOf(destination), ec)) {
        return unwritable(destination, "the folder " + folderOf(destination).string() + " does not exist");
    }
    Result<std::pair<int, std::filesystem::path>> probe = createTemporary(destination);
    if (!probe) return probe.error();
    ::close(probe.value().first);
    std::filesystem::remove(probe.value().second, ec);
    return Ok{};
}

Status writeOutputFile(const std::filesystem::path& destination, const std::string& bytes) {
    if (Status checked = checkOutputPath(destination); !checked) return checked;
    Result<std::pair<int, std::filesystem::path>> temporary = createTemporary(destination);
    if (!temporary) return temporary.error();
    const auto [fd, path] = temporary.value();
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    const bool closed = ::close(fd) == 0;
    std::error_code ec;
    if (!written || !closed) {
        std::filesystem::remove(path, ec);
        return unwritable(destination, std::strerror(written ? errno : savedErrno));
    }
    if (std::rename(path.c_str(), destination.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::filesystem::remove(path, ec);
        return unwritable(destination, reason);
    }
    return Ok{};
}

}  // namespace reunite::report
