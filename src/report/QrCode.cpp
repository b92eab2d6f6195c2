#include "report/QrCode.h"

#include <qrencode.h>

namespace reunite::report {

Result<QrMatrix> encodeQr(const std::string& text) {
    if (text.empty()) return makeError(ErrorCode::InvalidArgument, "a QR code needs a text");
    QRcode* code = QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0,
                                     QR_ECLEVEL_M);
    if (!code) {
        return makeError(ErrorCode::InvalidArgument,
                         "the text is too long for a QR code (" + std::to_string(text.size()) + " bytes)");
    }
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.dark.resize(static_cast<std::size_t>(code->width) * code->width);
    for (std::size_t i = 0; i < matrix.dark.size(); ++i) matrix.dark[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return matrix;
}

}  // namespace reunite::report
