#include "kinship/KinshipPairs.h"

#include <cstdint>
#include <map>
#include <set>

namespace reunite {
namespace {

std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

std::uint64_t hashOf(const std::string& text) {
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
    return hash;
}

}  // namespace

std::string relationTypeOf(const KinshipPair& pair) {
    return std::string(kinRoleName(pair.elderRole)) + "-" + kinRoleName(pair.youngerRole);
}

std::vector<KinshipPair> makeUnrelatedPairs(const std::vector<KinshipPair>& related, int perPositive) {
    std::map<std::string, std::vector<const KinshipPair*>> byType;
    for (const KinshipPair& pair : related)
        if (pair.related) byType[relationTypeOf(pair)].push_back(&pair);
    std::vector<KinshipPair> unrelated;
    for (const auto& [type, pairs] : byType) {
        const std::size_t n = pairs.size();
        for (std::size_t i = 0; i < n; ++i) {
            const KinshipPair& parent = *pairs[i];
            std::uint64_t state = hashOf(parent.elderFamily + "|" + parent.elderFile + "|" + parent.youngerFile);
            std::set<std::size_t> chosen;
            for (std::size_t attempt = 0; attempt < 4 * n && static_cast<int>(chosen.size()) < perPositive; ++attempt) {
                state = mix(state);
                const std::size_t j = state % n;
                const KinshipPair& other = *pairs[j];
                if (other.youngerFamily == parent.elderFamily || !chosen.insert(j).second) continue;
                KinshipPair pair = parent;
                pair.younger = other.younger;
                pair.youngerRole = other.youngerRole;
                pair.youngerFamily = other.youngerFamily;
                pair.youngerFile = other.youngerFile;
                pair.related = false;
                unrelated.push_back(std::move(pair));
            }
        }
    }
    return unrelated;
}

}  // namespace reunite
