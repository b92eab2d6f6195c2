#pragma once
// Synthetic families for the kinship tests: every face = its role's mean (sex and generation
// directions) + the family's share + an individual part, so a parent and child of one family are
// built to be closer than a parent and another family's child.
#include <random>
#include <string>
#include <vector>

#include "kinship/KinshipPairs.h"

namespace reunite::test {

struct SyntheticFamily {
    std::string name;
    Embedding father{}, mother{}, son{}, daughter{};
};

inline std::vector<SyntheticFamily> makeFamilies(int count, unsigned seed, const std::string& prefix) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> share(0.0f, 0.05f), individual(0.0f, 0.04f);
    auto person = [&](const Embedding& family, float sex, float generation) {
        Embedding e{};
        for (int i = 0; i < kEmbeddingSize; ++i) e[i] = family[i] + individual(rng);
        e[0] += sex;
        e[1] += generation;
        return e;
    };
    std::vector<SyntheticFamily> families;
    for (int f = 0; f < count; ++f) {
        Embedding family{};
        for (float& v : family) v = share(rng);
        families.push_back({prefix + std::to_string(f), person(family, 0.15f, 0.1f), person(family, -0.15f, 0.1f),
                            person(family, 0.15f, -0.1f), person(family, -0.15f, -0.1f)});
    }
    return families;
}

// One related pair per family, cycling through father-son, father-daughter, mother-son, mother-daughter.
inline std::vector<KinshipPair> relatedPairsOf(const std::vector<SyntheticFamily>& families) {
    std::vector<KinshipPair> pairs;
    for (std::size_t i = 0; i < families.size(); ++i) {
        const SyntheticFamily& f = families[i];
        const bool father = i % 4 < 2, son = i % 2 == 0;
        pairs.push_back(KinshipPair{father ? f.father : f.mother, father ? KinRole::Father : KinRole::Mother, f.name,
                                    son ? f.son : f.daughter, son ? KinRole::Son : KinRole::Daughter, f.name, true,
                                    f.name + "/parent", f.name + "/child"});
    }
    return pairs;
}

}  // namespace reunite::test
