#pragma once
// Sealing values at rest: XChaCha20-Poly1305 (libsodium's IETF AEAD) under a SecretKey, with a
// fresh random 192-bit nonce per value, so the same value sealed twice gives different bytes.
// What a value is bound to (e.g. "cases/given_names/42") goes in as associated data: a sealed
// value moved to another row or column does not open.
// Layout of a sealed value: nonce (24 bytes), then ciphertext with its 16-byte tag.
// Guarantees: open() returns the plaintext only when key, associated data and every byte are
// the ones sealed; otherwise ErrorCode::AccessDenied ("wrong key or damaged value"), nothing
// partial.
// Thread safety: free functions, safe from any thread (the key is only read).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "domain/Result.h"
#include "security/SecretKey.h"

namespace reunite::security {

constexpr std::size_t kSealNonceBytes = 24;
constexpr std::size_t kSealTagBytes = 16;
constexpr std::size_t kSealOverheadBytes = kSealNonceBytes + kSealTagBytes;

Result<std::vector<std::uint8_t>> seal(const SecretKey& key, std::span<const std::uint8_t> plaintext, std::string_view associatedData);
Result<std::vector<std::uint8_t>> open(const SecretKey& key, std::span<const std::uint8_t> sealed, std::string_view associatedData);

}  // namespace reunite::security
