#include "domain/FileBytes.h"

#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "domain/Utf8Text.h"

namespace reunite {
namespace {

namespace fs = std::filesystem;

std::string megabytes(std::uint64_t bytes) {
    const double value = static_cast<double>(bytes) / (1024.0 * 1024.0);
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", value);
    return text;
}

std::string lastSystemError(int savedErrno) {
    return savedErrno != 0 ? std::generic_category().message(savedErrno) : std::string("unknown reason");
}

// The size of the regular file at path, or why it is not one.
Result<std::uint64_t> regularFileSize(const fs::path& path) {
    const std::string name = pathText(path);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    switch (status.type()) {
    case fs::file_type::not_found:
        return makeError(ErrorCode::NotFound, name + " does not exist");
    case fs::file_type::directory:
        return makeError(ErrorCode::NotAFile, name + " is a folder, not a file");
    case fs::file_type::regular:
        break;
    case fs::file_type::none:
    case fs::file_type::unknown:
        return makeError(ErrorCode::Unreadable, name + " cannot be accessed: " +
                                                    (error ? error.message() : std::string("unknown reason")));
    default:
        return makeError(ErrorCode::NotAFile, name + " is not a regular file (it is a device, pipe or socket)");
    }
    const std::uintmax_t size = fs::file_size(path, error);
    if (error) return makeError(ErrorCode::Unreadable, name + " cannot be accessed: " + error.message());
    return static_cast<std::uint64_t>(size);
}

Result<std::ifstream> openForReading(const fs::path& path) {
    errno = 0;
    std::ifstream stream(path, std::ios::binary);
    if (!stream.is_open()) {
        const int savedErrno = errno;
        return makeError(ErrorCode::Unreadable,
                         pathText(path) + " cannot be opened: " + lastSystemError(savedErrno));
    }
    return Result<std::ifstream>(std::move(stream));
}

struct DigestContextDeleter {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

std::string toLowerHex(const unsigned char* digest, unsigned int length) {
    static constexpr char kHexDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex.push_back(kHexDigits[digest[i] >> 4]);
        hex.push_back(kHexDigits[digest[i] & 0x0F]);
    }
    return hex;
}

}  // namespace

Result<std::vector<std::uint8_t>> readFileBytes(const std::filesystem::path& path, std::uint64_t maxBytes) {
    const std::string name = pathText(path);
    const auto size = regularFileSize(path);
    if (!size) return size.error();
    if (size.value() == 0) return makeError(ErrorCode::EmptyFile, name + " is empty (0 bytes)");
    if (size.value() > maxBytes) {
        return makeError(ErrorCode::TooLarge,
                         name + " is too large: " + megabytes(size.value()) + "; the limit is " + megabytes(maxBytes));
    }

    auto stream = openForReading(path);
    if (!stream) return stream.error();
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size.value()));
    errno = 0;
    stream.value().read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    const std::streamsize received = stream.value().gcount();
    if (stream.value().bad()) {
        return makeError(ErrorCode::Unreadable, name + " could not be read: " + lastSystemError(errno));
    }
    bytes.resize(static_cast<std::size_t>(received));
    if (bytes.empty()) return makeError(ErrorCode::EmptyFile, name + " is empty (0 bytes)");
    return bytes;
}

std::string sha256Hex(std::span<const std::uint8_t> bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) return {};
    return toLowerHex(digest, length);
}

Result<std::string> sha256OfFile(const std::filesystem::path& path) {
    const std::string name = pathText(path);
    const auto size = regularFileSize(path);
    if (!size) return size.error();
    auto stream = openForReading(path);
    if (!stream) return stream.error();

    std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        return makeError(ErrorCode::Internal, "SHA-256 is not available from OpenSSL");
    }
    std::vector<char> chunk(1 << 20);
    while (stream.value()) {
        errno = 0;
        stream.value().read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const std::streamsize received = stream.value().gcount();
        if (stream.value().bad()) {
            return makeError(ErrorCode::Unreadable, name + " could not be read: " + lastSystemError(errno));
        }
        if (received > 0 && EVP_DigestUpdate(context.get(), chunk.data(), static_cast<std::size_t>(received)) != 1) {
            return makeError(ErrorCode::Internal, "SHA-256 computation failed for " + name);
        }
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1) {
        return makeError(ErrorCode::Internal, "SHA-256 computation failed for " + name);
    }
    return toLowerHex(digest, length);
}

Status writeTextFile(const std::filesystem::path& path, const std::string& text) {
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    return writeFileAtomically(path, text, FileAccess::Everyone);
}

namespace {

Error unwritable(const fs::path& destination, const std::string& reason) {
    return makeError(ErrorCode::Unreadable, "cannot write " + pathText(destination) + ": " + reason);
}

fs::path folderOf(const fs::path& destination) {
    const fs::path parent = destination.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

// Why nothing can be written at `destination`, found without writing anything.
std::optional<Error> destinationProblem(const fs::path& destination) {
    std::error_code ec;
    if (destination.empty()) return unwritable(destination, "no file name given");
    if (fs::is_directory(destination, ec)) return unwritable(destination, "it is a folder");
    if (!fs::is_directory(folderOf(destination), ec)) {
        return unwritable(destination, "the folder " + pathText(folderOf(destination)) + " does not exist");
    }
    return std::nullopt;
}

// A new, unique temporary file beside the destination (mode 0600): its descriptor and path.
Result<std::pair<int, fs::path>> createTemporary(const fs::path& destination) {
    std::string pattern = (folderOf(destination) / ("." + destination.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return unwritable(destination, lastSystemError(errno));
    return std::make_pair(fd, fs::path(name.data()));
}

bool writeAll(int fd, std::string_view bytes) {
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
    if (std::optional<Error> problem = destinationProblem(destination)) return *problem;
    Result<std::pair<int, fs::path>> probe = createTemporary(destination);
    if (!probe) return probe.error();
    ::close(probe.value().first);
    std::error_code ec;
    fs::remove(probe.value().second, ec);
    return Ok{};
}

Status writeFileAtomically(const std::filesystem::path& destination, std::string_view bytes, FileAccess access) {
    if (std::optional<Error> problem = destinationProblem(destination)) return *problem;
    Result<std::pair<int, fs::path>> temporary = createTemporary(destination);
    if (!temporary) return temporary.error();
    const auto [fd, path] = temporary.value();
    const bool written = ::fchmod(fd, access == FileAccess::OwnerOnly ? 0600 : 0644) == 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int writeErrno = errno;
    const bool closed = ::close(fd) == 0;
    const int closeErrno = errno;
    std::error_code ec;
    if (!written || !closed) {
        fs::remove(path, ec);
        return unwritable(destination, lastSystemError(written ? closeErrno : writeErrno));
    }
    if (std::rename(path.c_str(), destination.c_str()) != 0) {
        const int renameErrno = errno;
        fs::remove(path, ec);
        return unwritable(destination, lastSystemError(renameErrno));
    }
    return Ok{};
}

}  // namespace reunite
