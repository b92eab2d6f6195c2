// Fuzzes what a photo file's bytes go through first: the header probe (format, size, pixel
// limit) and the decoder (JPEG via libjpeg-turbo, the rest via OpenCV; EXIF orientation).
// Any result is fine; a crash, a sanitizer report, a hang or an out-of-memory is a finding.
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/image/ImageDecoder.h"
#include "core/image/ImageHeaderProbe.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);
    [[maybe_unused]] const auto header = reunite::probeImageHeader(bytes, "fuzz");
    static const reunite::ImageDecoder decoder;
    [[maybe_unused]] const auto decoded = decoder.decodeBytes(bytes, "fuzz");
    return 0;
}
