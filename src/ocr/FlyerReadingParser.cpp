#include "ocr/FlyerReadingParser.h"

#include <algorithm>

#include "ocr/OcrTextNormalizer.h"
#include "ocr/Utf8Text.h"

namespace reunite::ocr {
namespace {

// An OCR line with its text as the parser normalized it (the form a field's sourceText has).
struct NormalizedLine {
    const OcrLine* line;
    std::string text;
};

std::vector<NormalizedLine> normalizedLines(const OcrReading& reading) {
    std::vector<NormalizedLine> lines;
    for (const OcrLine& line : reading.lines) {
        std::string text = trim(normalizeOcrText(line.text));
        if (!text.empty()) lines.push_back({&line, std::move(text)});
    }
    return lines;
}

// The OCR lines a field's value was read from: its source line and any line it contains or that
// contains it.
std::vector<const OcrLine*> sourceLines(const std::vector<NormalizedLine>& lines, const FlyerField& field) {
    std::vector<const OcrLine*> sources;
    if (field.sourceText.empty()) return sources;
    for (const NormalizedLine& candidate : lines) {
        const std::string& text = candidate.text;
        if (field.sourceText.find(text) != std::string::npos || text.find(field.sourceText) != std::string::npos) {
            sources.push_back(candidate.line);
        }
    }
    return sources;
}

// The confidences of the value's own characters, matched in order among the lines' symbols.
std::vector<int> valueConfidences(const std::vector<const OcrLine*>& lines, const std::string& value) {
    std::vector<int> found;
    for (const OcrLine* line : lines) {
        std::size_t next = 0;
        for (char32_t c : toUtf32(value)) {
            if (!isTextCharacter(c)) continue;
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
            if (!text.empty() && isTextCharacter(text.front())) found.push_back(symbol->confidence);
        }
    }
    return found;
}

bool isDoubtful(const std::vector<NormalizedLine>& normalized, const FlyerField& field, const OcrDoubt& doubt) {
    const std::vector<const OcrLine*> lines = sourceLines(normalized, field);
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
    const std::vector<NormalizedLine> normalized = normalizedLines(reading);
    for (const NamedFlyerField& named : kNamedFlyerFields) {
        FlyerField& field = fields.*named.member;
        if (!field.found || field.needsCheck()) continue;
        if (isDoubtful(normalized, field, doubt)) field.confidence = std::min(field.confidence, kFieldNeedsCheckBelow - 0.2);
    }
    return fields;
}

}  // namespace reunite::ocr
