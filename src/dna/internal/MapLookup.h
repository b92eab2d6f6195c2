#pragma once
// Lookups on the std::map members of the DNA value types (internal): the value stored under a key
// or nullptr, and the keys in order. Thread safety: pure functions.
#include <vector>

namespace reunite::dna::internal {

template <typename Map, typename Key>
const typename Map::mapped_type* findOrNull(const Map& map, const Key& key) {
    const auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}

template <typename Map>
std::vector<typename Map::key_type> keysOf(const Map& map) {
    std::vector<typename Map::key_type> keys;
    keys.reserve(map.size());
    for (const auto& entry : map) keys.push_back(entry.first);
    return keys;
}

}  // namespace reunite::dna::internal
