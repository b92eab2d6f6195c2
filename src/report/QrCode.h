#pragma once
// QrCode: a QR code symbol for a text (libqrencode, byte mode, UTF-8, error correction level M),
// as a square matrix of dark/light modules without the quiet zone.
// Errors: InvalidArgument for an empty text or one too long for a QR code (over ~2,300 bytes).
// Thread safety: reentrant.
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite::report {

struct QrMatrix {
    int size = 0;                // modules per side
    std::vector<bool> dark;      // size * size, row-major
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y) * size + x]; }
};

Result<QrMatrix> encodeQr(const std::string& text);

}  // namespace reunite::report
