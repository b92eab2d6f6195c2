#pragma once
// FieldSealer: how an encrypted database's repositories seal the personal values they write and
// open the ones they read, without knowing the cipher (the workflows supply one made from the
// data key: workflows/encryption/DataKeySealer.h). Attached to a connection with
// Database::useSealer; a plain database has none.
// Inputs: `boundTo` names where a value lives ("cases/42", "faces/7/embedding"); a sealed value
// opens only under the same name, so a value moved to another row or column is refused.
// Guarantees: seal() gives different bytes each time (fresh random nonce); open() and
// openInPlace() return the value only when key, name and every byte are the ones sealed, else
// ErrorCode::AccessDenied and nothing partial. lookupName() is deterministic (the same value,
// purpose and key give the same 64 lowercase hex digits) and tells nothing about the value
// without the key: it stands in a column that must stay unique or be searched for.
// Thread safety: implementations are immutable; every method may be called from any thread.
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"

namespace reunite::db {

// What an in-place seal stores beside its ciphertext: the nonce (24 bytes) and the tag (16).
constexpr std::size_t kDetachedSealBytes = 40;
using DetachedSeal = std::array<std::byte, kDetachedSealBytes>;

class FieldSealer {
public:
    virtual ~FieldSealer() = default;

    // The sealed form of `plain`: nonce, ciphertext and tag, 40 bytes longer than `plain`.
    virtual Result<std::vector<std::byte>> seal(std::span<const std::byte> plain, std::string_view boundTo) const = 0;
    virtual Result<std::vector<std::byte>> open(std::span<const std::byte> sealed, std::string_view boundTo) const = 0;
    // Encrypts `bytes` where they are (same length, for columns of a fixed size) and returns the
    // nonce and tag to keep beside them; openInPlace decrypts them back after checking the tag.
    virtual Result<DetachedSeal> sealInPlace(std::span<std::byte> bytes, std::string_view boundTo) const = 0;
    virtual Status openInPlace(std::span<std::byte> bytes, const DetachedSeal& seal, std::string_view boundTo) const = 0;
    // The keyed name a value is stored and looked up under; `purpose` is exactly 8 characters.
    virtual Result<std::string> lookupName(std::string_view purpose, std::string_view value) const = 0;
};

}  // namespace reunite::db
