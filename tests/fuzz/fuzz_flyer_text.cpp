// Fuzzes the flyer field parser with arbitrary OCR text (any bytes, invalid UTF-8 included), as
// text and as an OCR reading split into lines with per-character confidences.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ocr/FlyerFieldParser.h"
#include "ocr/FlyerReadingParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    [[maybe_unused]] const auto fields = reunite::ocr::parseFlyerText(text);
    reunite::ocr::OcrReading reading;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        reunite::ocr::OcrLine line{text.substr(start, end - start), static_cast<int>((start * 37) % 101), {}};
        for (std::size_t i = 0; i < line.text.size(); ++i) line.symbols.push_back({line.text.substr(i, 1), static_cast<int>(i % 101)});
        reading.lines.push_back(std::move(line));
        start = end + 1;
    }
    [[maybe_unused]] const auto read = reunite::ocr::parseFlyerReading(reading);
    return 0;
}
