#pragma once
// A family set (as KinshipDataset::load would give) made of synthetic families: for each family's
// related pair, the parent's photo then the child's, with their embeddings in the same order.
#include <optional>
#include <vector>

#include "eval/KinshipDataset.h"
#include "SyntheticFamilies.h"

namespace reunite::test {

struct SyntheticFamilySet {
    KinshipDataset dataset;
    std::vector<std::optional<Embedding>> embeddings;
};

inline SyntheticFamilySet familySetOf(const std::vector<SyntheticFamily>& families) {
    SyntheticFamilySet set;
    for (const KinshipPair& p : relatedPairsOf(families)) {
        set.dataset.photos.push_back({p.elderFile, p.elderFamily, p.elderRole});
        set.embeddings.push_back(p.elder);
        set.dataset.photos.push_back({p.youngerFile, p.youngerFamily, p.youngerRole});
        set.embeddings.push_back(p.younger);
    }
    return set;
}

}  // namespace reunite::test
