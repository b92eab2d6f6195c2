#pragma once
// SecretKey: a 256-bit key in memory that libsodium locks against swapping and wipes when the key
// is destroyed; never printed, copied only on purpose (copy()).
// Guarantees: random() draws from the system's secure random source; fromBytes() takes exactly
// kSecretKeyBytes bytes. A moved-from key is empty (valid() false) and seals nothing.
// Errors: Internal (libsodium could not start or lock memory), InvalidArgument (wrong length).
// Thread safety: a key may be read from several threads; not assigned concurrently.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>

#include "domain/Result.h"

namespace reunite::security {

constexpr std::size_t kSecretKeyBytes = 32;

class SecretKey {
public:
    static Result<SecretKey> random();
    static Result<SecretKey> fromBytes(std::span<const std::uint8_t> bytes);
    // A key whose bytes fill() writes in place (e.g. a key derivation), so they never pass
    // through unlocked memory; fill's error is returned.
    using Filler = std::function<Status(std::span<std::uint8_t, kSecretKeyBytes>)>;
    static Result<SecretKey> filledBy(const Filler& fill);

    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;
    ~SecretKey();

    Result<SecretKey> copy() const;
    bool valid() const { return bytes_ != nullptr; }
    std::span<const std::uint8_t, kSecretKeyBytes> bytes() const { return std::span<const std::uint8_t, kSecretKeyBytes>(bytes_, kSecretKeyBytes); }

private:
    explicit SecretKey(std::uint8_t* bytes) : bytes_(bytes) {}
    static Result<SecretKey> allocate();

    std::uint8_t* bytes_ = nullptr;  // sodium_malloc'd: guarded, locked, wiped by sodium_free
};

// Starts libsodium once (safe to call again, from any thread).
Status startCryptography();

}  // namespace reunite::security
