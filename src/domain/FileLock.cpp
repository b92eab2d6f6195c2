#include "domain/FileLock.h"

#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "domain/Utf8Text.h"

namespace reunite {
namespace {

int openLockFile(const std::filesystem::path& file) { return ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600); }

}  // namespace

Result<FileLock> FileLock::acquire(const std::filesystem::path& file) {
    std::error_code ec;
    if (file.has_parent_path() && std::filesystem::create_directories(file.parent_path(), ec)) {
        std::filesystem::permissions(file.parent_path(), std::filesystem::perms::owner_all, ec);
    }
    const int descriptor = openLockFile(file);
    if (descriptor < 0) {
        return makeError(ErrorCode::Unreadable, "cannot create the lock file " + pathText(file) + ": " + std::strerror(errno));
    }
    if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(descriptor);
        return makeError(ErrorCode::Unreadable, "cannot lock " + pathText(file) + ": " +
                                                    (error == EWOULDBLOCK ? "another process holds it" : std::strerror(error)));
    }
    return FileLock(descriptor, file);
}

bool FileLock::isHeld(const std::filesystem::path& file) {
    const int descriptor = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
    if (descriptor < 0) return false;  // no lock file: nobody took the lock
    const bool held = ::flock(descriptor, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(descriptor);  // also drops the lock this call may have taken
    return held;
}

FileLock::FileLock(FileLock&& other) noexcept
    : descriptor_(std::exchange(other.descriptor_, -1)), file_(std::move(other.file_)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        release();
        descriptor_ = std::exchange(other.descriptor_, -1);
        file_ = std::move(other.file_);
    }
    return *this;
}

FileLock::~FileLock() { release(); }

void FileLock::release() noexcept {
    if (descriptor_ < 0) return;
    std::error_code ec;
    std::filesystem::remove(file_, ec);
    ::close(descriptor_);
    descriptor_ = -1;
}

}  // namespace reunite
