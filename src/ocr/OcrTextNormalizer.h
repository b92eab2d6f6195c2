#pragma once
// normalizeOcrText: cleans raw OCR output before the flyer fields are parsed.
// Inputs: UTF-8 text as Tesseract returns it (any mix of English and Simplified Chinese).
// Guarantees: full-width ASCII forms become ASCII (：→:, １→1, （→( ...), the ideographic space,
// typographic dashes, quotes and ratio/fullwidth colons become their ASCII forms, zero-width
// characters are dropped; the spaces OCR inserts between Chinese characters (and between Chinese
// and digits or colons) are removed; runs of spaces collapse to one; lines are trimmed and empty
// lines dropped. The result is UTF-8 with '\n' line ends. Pure function, never throws on input.
// Thread safety: stateless, safe from any thread.
#include <string>
#include <string_view>
#include <vector>

namespace reunite::ocr {

std::string normalizeOcrText(std::string_view rawText);

// The non-empty lines of already normalized text.
std::vector<std::string> splitLines(std::string_view text);

}  // namespace reunite::ocr
