#include "security/SealedBox.h"

#include <sodium.h>

namespace reunite::security {

namespace {

const unsigned char* adBytes(std::string_view associatedData) { return reinterpret_cast<const unsigned char*>(associatedData.data()); }

Error refused() { return makeError(ErrorCode::AccessDenied, "the value cannot be opened: wrong key or damaged value"); }

}  // namespace

Result<std::vector<std::uint8_t>> seal(const SecretKey& key, std::span<const std::uint8_t> plaintext, std::string_view associatedData) {
    if (!key.valid()) return makeError(ErrorCode::InvalidArgument, "no key to seal with");
    if (Status started = startCryptography(); !started) return started.error();
    std::vector<std::uint8_t> sealed(kSealNonceBytes + plaintext.size() + kSealTagBytes);
    randombytes_buf(sealed.data(), kSealNonceBytes);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data() + kSealNonceBytes, &written, plaintext.data(), plaintext.size(),
                                                   adBytes(associatedData), associatedData.size(), nullptr, sealed.data(),
                                                   key.bytes().data()) != 0) {
        return makeError(ErrorCode::Internal, "a value could not be sealed");
    }
    sealed.resize(kSealNonceBytes + written);
    return sealed;
}

Result<std::vector<std::uint8_t>> open(const SecretKey& key, std::span<const std::uint8_t> sealed, std::string_view associatedData) {
    if (!key.valid()) return makeError(ErrorCode::InvalidArgument, "no key to open with");
    if (Status started = startCryptography(); !started) return started.error();
    if (sealed.size() < kSealOverheadBytes) return refused();
    std::vector<std::uint8_t> plaintext(sealed.size() - kSealOverheadBytes);
    unsigned long long read = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext.data(), &read, nullptr, sealed.data() + kSealNonceBytes,
                                                   sealed.size() - kSealNonceBytes, adBytes(associatedData), associatedData.size(),
                                                   sealed.data(), key.bytes().data()) != 0) {
        return refused();
    }
    plaintext.resize(read);
    return plaintext;
}

Result<DetachedSealBytes> sealDetached(const SecretKey& key, std::span<std::uint8_t> bytes, std::string_view associatedData) {
    if (!key.valid()) return makeError(ErrorCode::InvalidArgument, "no key to seal with");
    if (Status started = startCryptography(); !started) return started.error();
    DetachedSealBytes seal{};
    randombytes_buf(seal.data(), kSealNonceBytes);
    if (crypto_aead_xchacha20poly1305_ietf_encrypt_detached(bytes.data(), seal.data() + kSealNonceBytes, nullptr, bytes.data(), bytes.size(),
                                                            adBytes(associatedData), associatedData.size(), nullptr, seal.data(),
                                                            key.bytes().data()) != 0) {
        return makeError(ErrorCode::Internal, "a value could not be sealed");
    }
    return seal;
}

Status openDetached(const SecretKey& key, std::span<std::uint8_t> bytes, const DetachedSealBytes& seal, std::string_view associatedData) {
    if (!key.valid()) return makeError(ErrorCode::InvalidArgument, "no key to open with");
    if (Status started = startCryptography(); !started) return started.error();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(bytes.data(), nullptr, bytes.data(), bytes.size(), seal.data() + kSealNonceBytes,
                                                            adBytes(associatedData), associatedData.size(), seal.data(),
                                                            key.bytes().data()) != 0) {
        return refused();
    }
    return Ok{};
}

}  // namespace reunite::security
