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
#include <array>
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

// The same cipher with the ciphertext written over the plaintext (same length, for values of a
// fixed size) and the nonce and tag returned to be kept beside it; openDetached decrypts in place
// only after the tag checked (else AccessDenied, and `bytes` are wiped: no unchecked plaintext).
using DetachedSealBytes = std::array<std::uint8_t, kSealOverheadBytes>;
Result<DetachedSealBytes> sealDetached(const SecretKey& key, std::span<std::uint8_t> bytes, std::string_view associatedData);
Status openDetached(const SecretKey& key, std::span<std::uint8_t> bytes, const DetachedSealBytes& seal, std::string_view associatedData);

}  // namespace reunite::security
