#include "workflows/encryption/DataKeySealer.h"

#include <cstring>

#include "db/sqlite/Database.h"
#include "security/KeyedName.h"
#include "security/SealedBox.h"

namespace reunite::workflows {

namespace {

std::span<const std::uint8_t> asBytes(std::span<const std::byte> bytes) {
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
}

std::vector<std::byte> asByteVector(const std::vector<std::uint8_t>& bytes) {
    std::vector<std::byte> out(bytes.size());
    if (!bytes.empty()) std::memcpy(out.data(), bytes.data(), bytes.size());
    return out;
}

}  // namespace

Result<std::vector<std::byte>> DataKeySealer::seal(std::span<const std::byte> plain, std::string_view boundTo) const {
    return security::seal(*key_, asBytes(plain), boundTo).andThen([](std::vector<std::uint8_t>& sealed) -> Result<std::vector<std::byte>> {
        return asByteVector(sealed);
    });
}

Result<std::vector<std::byte>> DataKeySealer::open(std::span<const std::byte> sealed, std::string_view boundTo) const {
    return security::open(*key_, asBytes(sealed), boundTo).andThen([](std::vector<std::uint8_t>& plain) -> Result<std::vector<std::byte>> {
        return asByteVector(plain);
    });
}

Result<db::DetachedSeal> DataKeySealer::sealInPlace(std::span<std::byte> bytes, std::string_view boundTo) const {
    std::span<std::uint8_t> raw(reinterpret_cast<std::uint8_t*>(bytes.data()), bytes.size());
    return security::sealDetached(*key_, raw, boundTo).andThen([](security::DetachedSealBytes& seal) -> Result<db::DetachedSeal> {
        db::DetachedSeal out{};
        std::memcpy(out.data(), seal.data(), out.size());
        return out;
    });
}

Status DataKeySealer::openInPlace(std::span<std::byte> bytes, const db::DetachedSeal& seal, std::string_view boundTo) const {
    std::span<std::uint8_t> raw(reinterpret_cast<std::uint8_t*>(bytes.data()), bytes.size());
    security::DetachedSealBytes sealBytes{};
    std::memcpy(sealBytes.data(), seal.data(), sealBytes.size());
    return security::openDetached(*key_, raw, sealBytes, boundTo);
}

Result<std::shared_ptr<const security::SecretKey>> DataKeySealer::namingKeyFor(std::string_view purpose) const {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (auto found = namingKeys_.find(purpose); found != namingKeys_.end()) return found->second;
    Result<security::SecretKey> derived = security::namingKey(*key_, purpose);
    if (!derived) return derived.error();
    auto shared = std::make_shared<const security::SecretKey>(std::move(derived).value());
    namingKeys_.emplace(std::string(purpose), shared);
    return shared;
}

Result<std::string> DataKeySealer::lookupName(std::string_view purpose, std::string_view value) const {
    return namingKeyFor(purpose).andThen([&](std::shared_ptr<const security::SecretKey>& subkey) -> Result<std::string> {
        return security::nameUnder(*subkey, value);
    });
}

std::shared_ptr<const db::FieldSealer> sealerFor(const security::DataKey& key) {
    if (!key) return nullptr;
    return std::make_shared<const DataKeySealer>(key);
}

void useKey(db::Database& database, const security::DataKey& key) {
    if (key && !database.sealer()) database.useSealer(sealerFor(key));
}

}  // namespace reunite::workflows
