#include "workflows/storage/StoredPhotoImage.h"

#include "domain/Utf8Text.h"

namespace reunite {

Result<DecodedImage> decodeStoredPhoto(const PhotoStore& store, const ImageDecoder& decoder, const std::filesystem::path& storedPath) {
    Result<std::vector<std::uint8_t>> bytes = store.read(storedPath);
    if (!bytes) return bytes.error();
    return decoder.decodeBytes(bytes.value(), pathText(storedPath));
}

}  // namespace reunite
