#include "crossage/MirrorAugmentation.h"

#include <algorithm>

namespace reunite {

Image mirroredLeftRight(const Image& chip) {
    Image out = chip;
    for (int y = 0; y < chip.height; ++y) {
        for (int x = 0; x < chip.width; ++x) {
            const std::uint8_t* from = chip.pixel(x, y);
            std::copy(from, from + 3, out.pixel(chip.width - 1 - x, y));
        }
    }
    return out;
}

Embedding averagedEmbedding(const Embedding& a, const Embedding& b) {
    Embedding mean{};
    for (int i = 0; i < kEmbeddingSize; ++i) mean[i] = 0.5f * (a[i] + b[i]);
    return mean;
}

std::vector<Embedding> mirrorAugmentedEmbeddings(FaceEmbedder& embedder, const std::vector<Image>& chips,
                                                 const std::vector<Embedding>& plain) {
    std::vector<Image> mirrored;
    mirrored.reserve(chips.size());
    for (const Image& chip : chips) mirrored.push_back(mirroredLeftRight(chip));
    const std::vector<Embedding> mirroredEmbeddings = mirrored.empty() ? std::vector<Embedding>() : embedder.embed(mirrored);
    std::vector<Embedding> augmented;
    augmented.reserve(plain.size());
    for (std::size_t i = 0; i < plain.size() && i < mirroredEmbeddings.size(); ++i) {
        augmented.push_back(averagedEmbedding(plain[i], mirroredEmbeddings[i]));
    }
    return augmented;
}

}  // namespace reunite
