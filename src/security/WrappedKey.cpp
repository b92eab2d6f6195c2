#include "security/WrappedKey.h"

#include <sodium.h>

#include "security/PasswordHash.h"
#include "security/SealedBox.h"

namespace reunite::security {

namespace {

constexpr std::string_view kPrefix = "reunite-key-1";
constexpr std::string_view kAssociatedData = "reunite data key";

std::string hexOf(std::span<const std::uint8_t> bytes) {
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    hex.pop_back();
    return hex;
}

Result<std::vector<std::uint8_t>> bytesOf(std::string_view hex) {
    std::vector<std::uint8_t> bytes(hex.size() / 2);
    std::size_t length = 0;
    if (hex.size() % 2 != 0 || sodium_hex2bin(bytes.data(), bytes.size(), hex.data(), hex.size(), nullptr, &length, nullptr) != 0 ||
        length != bytes.size()) {
        return makeError(ErrorCode::InvalidArgument, "the stored key is damaged (not hexadecimal)");
    }
    return bytes;
}

std::vector<std::string_view> fieldsOf(std::string_view text) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (std::size_t at = text.find('$'); at != std::string_view::npos; at = text.find('$', start)) {
        fields.push_back(text.substr(start, at - start));
        start = at + 1;
    }
    fields.push_back(text.substr(start));
    return fields;
}

Result<SecretKey> derivedKey(std::string_view passphrase, const WrappedKey& wrapped) {
    return SecretKey::filledBy([&](std::span<std::uint8_t, kSecretKeyBytes> out) -> Status {
        if (crypto_pwhash(out.data(), out.size(), passphrase.data(), passphrase.size(), wrapped.salt.data(), wrapped.limits.passes,
                          wrapped.limits.memoryBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
            return makeError(ErrorCode::Internal, "the key could not be derived from the passphrase (out of memory or bad limits)");
        }
        return Ok{};
    });
}

}  // namespace

KdfLimits KdfLimits::moderate() { return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE}; }
KdfLimits KdfLimits::minimal() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

std::string WrappedKey::encode() const {
    return std::string(kPrefix) + "$" + std::to_string(limits.passes) + "$" + std::to_string(limits.memoryBytes) + "$" + hexOf(salt) + "$" +
           hexOf(sealedKey);
}

Result<WrappedKey> WrappedKey::decode(std::string_view text) {
    const std::vector<std::string_view> fields = fieldsOf(text);
    if (fields.size() != 5 || fields[0] != kPrefix) return makeError(ErrorCode::InvalidArgument, "the stored key is not a Reunite key");
    WrappedKey wrapped;
    try {
        wrapped.limits.passes = std::stoull(std::string(fields[1]));
        wrapped.limits.memoryBytes = static_cast<std::size_t>(std::stoull(std::string(fields[2])));
    } catch (const std::exception&) {
        return makeError(ErrorCode::InvalidArgument, "the stored key is damaged (its limits)");
    }
    constexpr std::size_t kMostMemory = std::size_t{4} << 30;  // a damaged or planted text must not exhaust the machine
    if (wrapped.limits.passes < crypto_pwhash_OPSLIMIT_MIN || wrapped.limits.passes > 64 ||
        wrapped.limits.memoryBytes < crypto_pwhash_MEMLIMIT_MIN || wrapped.limits.memoryBytes > kMostMemory) {
        return makeError(ErrorCode::InvalidArgument, "the stored key is damaged (its limits are out of range)");
    }
    Result<std::vector<std::uint8_t>> salt = bytesOf(fields[3]);
    if (!salt) return salt.error();
    if (salt.value().size() != wrapped.salt.size()) return makeError(ErrorCode::InvalidArgument, "the stored key is damaged (its salt)");
    std::copy(salt.value().begin(), salt.value().end(), wrapped.salt.begin());
    Result<std::vector<std::uint8_t>> sealed = bytesOf(fields[4]);
    if (!sealed) return sealed.error();
    wrapped.sealedKey = std::move(sealed).value();
    return wrapped;
}

Result<WrappedKey> wrapKey(const SecretKey& dataKey, std::string_view passphrase, KdfLimits limits) {
    if (Status rules = checkPasswordRules(passphrase); !rules) return rules.error();
    if (Status started = startCryptography(); !started) return started.error();
    WrappedKey wrapped;
    wrapped.limits = limits;
    randombytes_buf(wrapped.salt.data(), wrapped.salt.size());
    Result<SecretKey> wrapping = derivedKey(passphrase, wrapped);
    if (!wrapping) return wrapping.error();
    Result<std::vector<std::uint8_t>> sealed = seal(wrapping.value(), dataKey.bytes(), kAssociatedData);
    if (!sealed) return sealed.error();
    wrapped.sealedKey = std::move(sealed).value();
    return wrapped;
}

Result<SecretKey> unwrapKey(const WrappedKey& wrapped, std::string_view passphrase) {
    if (Status started = startCryptography(); !started) return started.error();
    Result<SecretKey> wrapping = derivedKey(passphrase, wrapped);
    if (!wrapping) return wrapping.error();
    Result<std::vector<std::uint8_t>> opened = open(wrapping.value(), wrapped.sealedKey, kAssociatedData);
    if (!opened) return makeError(ErrorCode::AccessDenied, "wrong passphrase");
    Result<SecretKey> key = SecretKey::fromBytes(opened.value());
    sodium_memzero(opened.value().data(), opened.value().size());
    return key;
}

}  // namespace reunite::security
