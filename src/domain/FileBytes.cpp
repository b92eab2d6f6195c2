#include "domain/FileBytes.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <memory>
#include <system_error>
#include <utility>

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
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) return makeError(ErrorCode::Unreadable, "could not write " + path.string());
    return Ok{};
}

}  // namespace reunite
