#pragma once
// FileLock: an exclusive advisory lock (flock) on a file, held while the object lives. The kernel
// drops it when the holding process ends, however it ends (crash, SIGKILL), so a lock that can be
// taken means nobody holds it any more. Local file systems only.
// acquire() creates the file (0600) and its folder (0700) when needed; Unreadable when another
// open file holds the lock or the file cannot be made. isHeld() never takes the lock for long.
// The destructor unlocks and removes the file.
// Thread safety: one object per holder; isHeld() is reentrant.
#include <filesystem>

#include "domain/Result.h"

namespace reunite {

class FileLock {
public:
    static Result<FileLock> acquire(const std::filesystem::path& file);
    static bool isHeld(const std::filesystem::path& file);

    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

private:
    FileLock(int descriptor, std::filesystem::path file) : descriptor_(descriptor), file_(std::move(file)) {}
    void release() noexcept;

    int descriptor_ = -1;
    std::filesystem::path file_;
};

}  // namespace reunite
