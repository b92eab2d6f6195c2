#include "security/SecretKey.h"

#include <sodium.h>

#include <algorithm>
#include <utility>

namespace reunite::security {

Status startCryptography() {
    if (sodium_init() < 0) return makeError(ErrorCode::Internal, "the cryptography library (libsodium) could not start");
    return Ok{};
}

Result<SecretKey> SecretKey::allocate() {
    if (Status started = startCryptography(); !started) return started.error();
    auto* bytes = static_cast<std::uint8_t*>(sodium_malloc(kSecretKeyBytes));
    if (!bytes) return makeError(ErrorCode::Internal, "no locked memory for a key");
    return SecretKey(bytes);
}

Result<SecretKey> SecretKey::filledBy(const Filler& fill) {
    Result<SecretKey> key = allocate();
    if (!key) return key;
    if (Status filled = fill(std::span<std::uint8_t, kSecretKeyBytes>(key.value().bytes_, kSecretKeyBytes)); !filled) return filled.error();
    return key;
}

Result<SecretKey> SecretKey::random() {
    return filledBy([](std::span<std::uint8_t, kSecretKeyBytes> out) -> Status {
        randombytes_buf(out.data(), out.size());
        return Ok{};
    });
}

Result<SecretKey> SecretKey::fromBytes(std::span<const std::uint8_t> bytes) {
    if (bytes.size() != kSecretKeyBytes) {
        return makeError(ErrorCode::InvalidArgument, "a key has " + std::to_string(kSecretKeyBytes) + " bytes, not " + std::to_string(bytes.size()));
    }
    return filledBy([bytes](std::span<std::uint8_t, kSecretKeyBytes> out) -> Status {
        std::copy(bytes.begin(), bytes.end(), out.begin());
        return Ok{};
    });
}

Result<SecretKey> SecretKey::copy() const {
    if (!valid()) return makeError(ErrorCode::InvalidArgument, "an empty key cannot be copied");
    return fromBytes(bytes());
}

SecretKey::SecretKey(SecretKey&& other) noexcept : bytes_(std::exchange(other.bytes_, nullptr)) {}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
    if (this != &other) {
        if (bytes_) sodium_free(bytes_);
        bytes_ = std::exchange(other.bytes_, nullptr);
    }
    return *this;
}

SecretKey::~SecretKey() {
    if (bytes_) sodium_free(bytes_);
}

}  // namespace reunite::security
