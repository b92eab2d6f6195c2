#pragma once
// Binary layout of the face blobs in table `faces`: float32 values in little-endian byte order,
// independent of the host. Embedding: 128 floats (512 bytes), bit-exact. Landmarks: 68 (x, y)
// pairs (544 bytes), narrowed from double to float.
// embeddingCheck(): the check value stored beside a face's embedding (faces.embedding_check): a
// 64-bit hash of the blob's 64-bit little-endian words (FNV-1a step per word, murmur finaliser),
// cheap enough to verify for every face when the gallery loads. It finds damage to the stored
// bytes (a changed embedding would otherwise move a candidate silently in or out of every search);
// it is not a defence against someone who can rewrite the database (that needs a key).
// Guarantees: decode functions reject a blob of the wrong size (return false, output untouched);
// no allocation. Never throw.
// Thread safety: pure functions, safe from any thread.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/pipeline/FaceTypes.h"

namespace reunite::db {

constexpr std::size_t kEmbeddingBlobSize = kEmbeddingSize * sizeof(float);
constexpr std::size_t kLandmarksBlobSize = kLandmarkCount * 2 * sizeof(float);

using EmbeddingBlob = std::array<std::byte, kEmbeddingBlobSize>;
using LandmarksBlob = std::array<std::byte, kLandmarksBlobSize>;

EmbeddingBlob encodeEmbedding(const Embedding& embedding);
bool decodeEmbedding(std::span<const std::byte> blob, Embedding& embedding);

LandmarksBlob encodeLandmarks(const Landmarks& landmarks);
bool decodeLandmarks(std::span<const std::byte> blob, Landmarks& landmarks);

std::int64_t embeddingCheck(std::span<const std::byte> embedding);

}  // namespace reunite::db
