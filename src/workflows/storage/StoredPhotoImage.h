#pragma once
// decodeStoredPhoto: the image of a stored photo, its bytes read through the PhotoStore (the one
// door that opens sealed copies of an encrypted database) and decoded with `decoder`'s limits.
// Errors: those of PhotoStore::read (AccessDenied for a sealed copy without its key) and of
// ImageDecoder::decodeBytes, each naming the file.
// Thread safety: a free function; the store and the decoder are only read.
#include <filesystem>

#include "core/image/ImageDecoder.h"
#include "domain/Result.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite {

Result<DecodedImage> decodeStoredPhoto(const PhotoStore& store, const ImageDecoder& decoder, const std::filesystem::path& storedPath);

}  // namespace reunite
