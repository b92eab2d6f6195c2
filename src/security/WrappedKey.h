#pragma once
// WrappedKey: a data key as it may be stored, sealed (SealedBox) under a key derived from a
// passphrase with Argon2id (libsodium crypto_pwhash, a fresh 16-byte salt per wrapping). Changing
// the passphrase rewraps the data key; nothing sealed with the data key changes.
// Text form (encode/decode): "reunite-key-1$OPS$MEM$SALT_HEX$SEALED_HEX".
// Inputs: the passphrase as typed or read from a key file (checkPasswordRules applies to new ones).
// Guarantees: unwrapKey with a wrong passphrase -> AccessDenied "wrong passphrase" and nothing
// else happens; a damaged text -> InvalidArgument. The derived key lives in locked memory only
// while it is used.
// Thread safety: free functions and a plain value type.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"
#include "security/SecretKey.h"

namespace reunite::security {

// Argon2id's cost. moderate(): libsodium's MODERATE limits (3 passes, 256 MiB, under a second
// on a workstation), paid once when a workstation opens its database.
struct KdfLimits {
    unsigned long long passes = 0;
    std::size_t memoryBytes = 0;

    static KdfLimits moderate();
    static KdfLimits minimal();  // libsodium's minimum: for tests only
};

struct WrappedKey {
    KdfLimits limits;
    std::array<std::uint8_t, 16> salt{};
    std::vector<std::uint8_t> sealedKey;

    std::string encode() const;
    static Result<WrappedKey> decode(std::string_view text);
};

Result<WrappedKey> wrapKey(const SecretKey& dataKey, std::string_view passphrase, KdfLimits limits = KdfLimits::moderate());
Result<SecretKey> unwrapKey(const WrappedKey& wrapped, std::string_view passphrase);

}  // namespace reunite::security
