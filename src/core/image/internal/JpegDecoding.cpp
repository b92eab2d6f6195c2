#include "core/image/internal/JpegDecoding.h"

#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

namespace reunite::internal {
namespace {

// libjpeg reports fatal errors by calling error_exit, which must not return: it jumps back.
struct ErrorManager {
    jpeg_error_mgr base;
    std::jmp_buf fatal;
    int warnings = 0;
};

[[noreturn]] void onFatalError(j_common_ptr info) { std::longjmp(reinterpret_cast<ErrorManager*>(info->err)->fatal, 1); }

// Level -1 is a warning (damaged data); levels >= 0 are trace messages. Nothing is printed.
void onMessage(j_common_ptr info, int level) {
    if (level < 0) ++reinterpret_cast<ErrorManager*>(info->err)->warnings;
}

int reductionFor(std::uint64_t width, std::uint64_t height, std::uint64_t reduceAbovePixels) {
    int denominator = 1;
    while (denominator < 8 && (width / denominator) * (height / denominator) > reduceAbovePixels) denominator *= 2;
    return denominator;
}

// Runs the decompression; only plain C objects live in this frame, so that a fatal error's
// longjmp skips no destructor. `out` is allocated once the output size is known.
bool decompress(jpeg_decompress_struct& info, ErrorManager& errors, std::span<const std::uint8_t> bytes,
                std::uint64_t reduceAbovePixels, cv::Mat& out, int& reducedBy) {
    if (setjmp(errors.fatal)) return false;
    jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
    if (jpeg_read_header(&info, TRUE) != JPEG_HEADER_OK) return false;
    if (info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK) return false;
    info.out_color_space = JCS_EXT_BGR;
    reducedBy = reductionFor(info.image_width, info.image_height, reduceAbovePixels);
    info.scale_num = 1;
    info.scale_denom = static_cast<unsigned int>(reducedBy);
    if (!jpeg_start_decompress(&info)) return false;
    out.create(static_cast<int>(info.output_height), static_cast<int>(info.output_width), CV_8UC3);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = out.ptr<JSAMPLE>(static_cast<int>(info.output_scanline));
        if (jpeg_read_scanlines(&info, &row, 1) != 1) return false;
    }
    jpeg_finish_decompress(&info);
    return true;
}

}  // namespace

std::optional<DecodedJpeg> decodeJpeg(std::span<const std::uint8_t> bytes, std::uint64_t reduceAbovePixels) {
    jpeg_decompress_struct info{};
    ErrorManager errors{};
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = onFatalError;
    errors.base.emit_message = onMessage;
    jpeg_create_decompress(&info);
    DecodedJpeg decoded;
    const bool ok = decompress(info, errors, bytes, reduceAbovePixels, decoded.bgr, decoded.reducedBy);
    jpeg_destroy_decompress(&info);
    if (!ok) return std::nullopt;
    decoded.damagedData = errors.warnings > 0;
    return decoded;
}

}  // namespace reunite::internal
