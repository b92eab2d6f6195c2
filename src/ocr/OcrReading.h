#pragma once
// OcrReading: the text of a flyer as FlyerTextRecognizer read it, line by line with Tesseract's
// confidence, so that a value read from an uncertain line can be marked for checking.
// Thread safety: plain value types.
#include <string>
#include <vector>

namespace reunite::ocr {

struct OcrSymbol {
    std::string text;     // one character as read (UTF-8)
    int confidence = -1;  // Tesseract's confidence in it, 0..100
};

struct OcrLine {
    std::string text;               // UTF-8, no line break
    int confidence = -1;            // Tesseract's mean word confidence 0..100; -1 unknown
    std::vector<OcrSymbol> symbols;  // the characters of text (spaces left out), when known
};

struct OcrReading {
    std::vector<OcrLine> lines;  // reading order
    int meanConfidence = -1;     // over the lines, weighted by their length; -1 when nothing was read

    // The lines joined with '\n'.
    std::string text() const {
        std::string joined;
        for (const OcrLine& line : lines) joined.append(line.text).append("\n");
        return joined;
    }
};

}  // namespace reunite::ocr
