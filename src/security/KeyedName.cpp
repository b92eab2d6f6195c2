#include "security/KeyedName.h"

#include <sodium.h>

#include <array>

namespace reunite::security {

Result<SecretKey> namingKey(const SecretKey& key, std::string_view purpose) {
    if (!key.valid()) return makeError(ErrorCode::InvalidArgument, "no key to name with");
    if (purpose.size() != crypto_kdf_CONTEXTBYTES) {
        return makeError(ErrorCode::InvalidArgument, "a keyed name's purpose has " + std::to_string(crypto_kdf_CONTEXTBYTES) + " characters");
    }
    if (Status started = startCryptography(); !started) return started.error();
    const std::string context(purpose);
    return SecretKey::filledBy([&](std::span<std::uint8_t, kSecretKeyBytes> out) -> Status {
        if (crypto_kdf_derive_from_key(out.data(), out.size(), 1, context.c_str(), key.bytes().data()) != 0) {
            return makeError(ErrorCode::Internal, "a naming key could not be derived");
        }
        return Ok{};
    });
}

std::string nameUnder(const SecretKey& namingKey, std::string_view value) {
    std::array<unsigned char, crypto_generichash_BYTES> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(value.data()), value.size(),
                       namingKey.bytes().data(), kSecretKeyBytes);
    std::string hex(hash.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
    hex.pop_back();
    return hex;
}

Result<std::string> keyedName(const SecretKey& key, std::string_view purpose, std::string_view value) {
    return namingKey(key, purpose).andThen([&](SecretKey& subkey) -> Result<std::string> { return nameUnder(subkey, value); });
}

}  // namespace reunite::security
