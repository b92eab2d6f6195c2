#pragma once
// DataKeySealer: the database's FieldSealer (db/sealing/FieldSealer.h) made from the unlocked data
// key: XChaCha20-Poly1305 with the value's place as associated data (security/SealedBox.h), and
// keyed BLAKE2b lookup names (security/KeyedName.h; each purpose's naming subkey is derived once
// and kept in locked memory). sealerFor(key) gives none for a plain database (a null key);
// useKey(database, key) is how a connection gets it.
// Thread safety: shared by every connection and thread of the workstation; the subkey cache is
// guarded by a mutex, everything else is immutable.
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "db/sealing/FieldSealer.h"
#include "security/DataKey.h"

namespace reunite::db {
class Database;
}

namespace reunite::workflows {

class DataKeySealer final : public db::FieldSealer {
public:
    explicit DataKeySealer(security::DataKey key) : key_(std::move(key)) {}

    Result<std::vector<std::byte>> seal(std::span<const std::byte> plain, std::string_view boundTo) const override;
    Result<std::vector<std::byte>> open(std::span<const std::byte> sealed, std::string_view boundTo) const override;
    Result<db::DetachedSeal> sealInPlace(std::span<std::byte> bytes, std::string_view boundTo) const override;
    Status openInPlace(std::span<std::byte> bytes, const db::DetachedSeal& seal, std::string_view boundTo) const override;
    Result<std::string> lookupName(std::string_view purpose, std::string_view value) const override;

private:
    Result<std::shared_ptr<const security::SecretKey>> namingKeyFor(std::string_view purpose) const;

    security::DataKey key_;
    mutable std::mutex mutex_;
    mutable std::map<std::string, std::shared_ptr<const security::SecretKey>, std::less<>> namingKeys_;
};

std::shared_ptr<const db::FieldSealer> sealerFor(const security::DataKey& key);

// Lets the connection seal and open personal values with the key (Database::useSealer), unless it
// has a sealer already; a null key (a plain or still locked database) leaves it as it is. Call it
// on the connection's own thread.
void useKey(db::Database& database, const security::DataKey& key);

}  // namespace reunite::workflows
