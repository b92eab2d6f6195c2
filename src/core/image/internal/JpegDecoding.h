#pragma once
// JpegDecoding (inside core/image): a JPEG decoded by libjpeg-turbo straight to 8-bit BGR, with
// what OpenCV's codec hides: whether the decoder met damaged data it skipped or filled in
// ("Corrupt JPEG data", counted warnings), and DCT scaling (1/2, 1/4, 1/8) for a photo larger than
// `reduceAbovePixels`, so that a huge JPEG never needs its full-size buffer.
// Returns nothing when libjpeg-turbo refuses the data (damaged) or it is CMYK/YCCK, which the
// caller converts with OpenCV instead. Orientation is not applied (as stored).
// Thread safety: reentrant, no shared state.
#include <cstdint>
#include <optional>
#include <span>

#include <opencv2/core.hpp>

namespace reunite::internal {

struct DecodedJpeg {
    cv::Mat bgr;                 // CV_8UC3
    int reducedBy = 1;           // 1, 2, 4 or 8
    bool damagedData = false;    // libjpeg reported warnings (damaged entropy data, extraneous bytes, ...)
};

std::optional<DecodedJpeg> decodeJpeg(std::span<const std::uint8_t> bytes, std::uint64_t reduceAbovePixels);

}  // namespace reunite::internal
