#include "db/records/FaceBlobCodec.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>

namespace reunite::db {

namespace {

static_assert(sizeof(float) == 4 && std::numeric_limits<float>::is_iec559, "float must be IEEE-754 binary32");

void writeFloat(float value, std::byte* out) {
    const auto bits = std::bit_cast<std::uint32_t>(value);
    for (int i = 0; i < 4; ++i) out[i] = static_cast<std::byte>((bits >> (8 * i)) & 0xFFu);
}

float readFloat(const std::byte* in) {
    std::uint32_t bits = 0;
    for (int i = 0; i < 4; ++i) bits |= static_cast<std::uint32_t>(in[i]) << (8 * i);
    return std::bit_cast<float>(bits);
}

}  // namespace

EmbeddingBlob encodeEmbedding(const Embedding& embedding) {
    EmbeddingBlob blob;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(blob.data(), embedding.data(), blob.size());
    } else {
        for (int i = 0; i < kEmbeddingSize; ++i) writeFloat(embedding[i], blob.data() + 4 * i);
    }
    return blob;
}

bool decodeEmbedding(std::span<const std::byte> blob, Embedding& embedding) {
    if (blob.size() != kEmbeddingBlobSize) return false;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(embedding.data(), blob.data(), kEmbeddingBlobSize);
    } else {
        for (int i = 0; i < kEmbeddingSize; ++i) embedding[i] = readFloat(blob.data() + 4 * i);
    }
    return true;
}

LandmarksBlob encodeLandmarks(const Landmarks& landmarks) {
    LandmarksBlob blob;
    for (int i = 0; i < kLandmarkCount; ++i) {
        writeFloat(static_cast<float>(landmarks[i].x), blob.data() + 8 * i);
        writeFloat(static_cast<float>(landmarks[i].y), blob.data() + 8 * i + 4);
    }
    return blob;
}

bool decodeLandmarks(std::span<const std::byte> blob, Landmarks& landmarks) {
    if (blob.size() != kLandmarksBlobSize) return false;
    for (int i = 0; i < kLandmarkCount; ++i) {
        landmarks[i].x = readFloat(blob.data() + 8 * i);
        landmarks[i].y = readFloat(blob.data() + 8 * i + 4);
    }
    return true;
}

std::int64_t embeddingCheck(std::span<const std::byte> embedding) {
    constexpr std::uint64_t kPrime = 1099511628211ull;
    std::uint64_t hash = 14695981039346656037ull ^ embedding.size();
    std::size_t i = 0;
    for (; i + 8 <= embedding.size(); i += 8) {
        std::uint64_t word = 0;
        for (int k = 0; k < 8; ++k) word |= static_cast<std::uint64_t>(embedding[i + k]) << (8 * k);
        hash = (hash ^ word) * kPrime;
    }
    for (; i < embedding.size(); ++i) hash = (hash ^ static_cast<std::uint64_t>(embedding[i])) * kPrime;
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdull;
    hash ^= hash >> 33;
    hash *= 0xc4ceb9fe1a85ec53ull;
    hash ^= hash >> 33;
    return std::bit_cast<std::int64_t>(hash);
}

}  // namespace reunite::db
