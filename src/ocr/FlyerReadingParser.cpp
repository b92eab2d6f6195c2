#include "ocr/FlyerReadingParser.h"

#include <algorithm>

#include "ocr/OcrTextNormalizer.h"
#include "ocr/Utf8Text.h"

namespace reunite::ocr {
namespace {

bool meaningful(char32_t c) { return isHan(c) || isAsciiLetter(c) || isAsciiDigit(c); }

std::string normalizedLine(const OcrLine& line) { return trim(normalizeOcrText(line.text)); }

// The OCR lines a field's value was read from: its source line (as normalized by the parser)
// and any line it contains or that contains it.
std::vector<const OcrLine*> sourceLines(const OcrReading& reading, const FlyerField& field) {
    std::vector<const OcrLine*> lines;
    if (field.sourceText.empty()) return lines;
    for (const OcrLine& line : reading.lines) {
        const std::string text = normalizedLine(line);
        if (text.empty()) continue;
        if (field.sourceText.find(text) != std::string::npos || text.find(field.sourceText) != std::string::npos) lines.push_back(&line);
    }
    return lines;
}

// The confidences of the value's own characters, matched in order among the lines' symbols.
std::vector<int> valueConfidences(const std::vector<const OcrLine*>& lines, const std::string& value) {
    std::vector<int> found;
    for (const OcrLine* line : lines) {
        std::size_t next = 0;
        for (char32_t c : toUtf32(value)) {
            if (!meaningful(c)) continue;
            const std::string wanted = toUtf8(std::u32string(1, c));
            for (std::size_t i = next; i < line->symbols.size(); ++i) {
                if (line->symbols[i].text != wanted) continue;
                found.push_back(line->symbols[i].confidence);
                next = i + 1;
                break;
            }
        }
    }
    return found;
}

// The confidences of the meaningful symbols after the line's first colon (the label's value).
std::vector<int> afterLabelConfidences(const std::vector<const OcrLine*>& lines) {
    std::vector<int> found;
    for (const OcrLine* line : lines) {
        const auto colon = std::find_if(line->symbols.begin(), line->symbols.end(),
                                        [](const OcrSymbol& s) { return s.text == ":" || s.text == "：" || s.text == ";"; });
        for (auto symbol = colon == line->symbols.end() ? line->symbols.begin() : colon + 1; symbol != line->symbols.end(); ++symbol) {
            const std::u32string text = toUtf32(symbol->text);
            if (!text.empty() && meaningful(text.front())) found.push_back(symbol->confidence);
        }
    }
    return found;
}

bool isDoubtful(const OcrReading& reading, const FlyerField& field, const OcrDoubt& doubt) {
    const std::vector<const OcrLine*> lines = sourceLines(reading, field);
    if (lines.empty()) return false;
    for (const OcrLine* line : lines) {
        if (line->confidence >= 0 && line->confidence < doubt.lineDoubtBelow) return true;
    }
    std::vector<int> confidences = valueConfidences(lines, field.value);
    if (confidences.empty()) confidences = afterLabelConfidences(lines);
    return std::any_of(confidences.begin(), confidences.end(), [&doubt](int c) { return c >= 0 && c < doubt.characterDoubtBelow; });
}

}  // namespace

FlyerFields parseFlyerReading(const OcrReading& reading, const FlyerParseOptions& options, const OcrDoubt& doubt) {
    FlyerFields fields = parseFlyerText(reading.text(), options);
    for (const NamedFlyerField& named : kNamedFlyerFields) {
        FlyerField& field = fields.*named.member;
        if (!field.found || field.needsCheck()) continue;
        if (isDoubtful(reading, field, doubt)) field.confidence = std::min(field.confidence, kFieldNeedsCheckBelow - 0.2);
    }
    return fields;
}

}  // namespace reunite::ocr
