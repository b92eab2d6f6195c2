#include "ocr/FlyerFieldParser.h"

#include <algorithm>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "ocr/ChineseNumerals.h"
#include "ocr/FlyerLabels.h"
#include "ocr/OcrTextNormalizer.h"
#include "ocr/Utf8Text.h"

namespace reunite::ocr {
namespace {

constexpr double kLabelled = 0.9;
constexpr double kSentence = 0.75;
constexpr double kLayoutGuess = 0.6;

struct Segment {
    const FlyerLabel* label = nullptr;  // nullptr: text without a label
    std::u32string labelText;           // the label as written ("DOB")
    std::u32string value;
    bool consumed = false;
};

struct Line {
    std::u32string text;
    std::vector<Segment> segments;
    bool header = false;
};

struct LabelHit {
    std::size_t begin = 0;
    std::size_t labelEnd = 0;
    std::size_t valueBegin = 0;
    const FlyerLabel* label = nullptr;
};

std::regex makeRegex(const std::string& pattern) {
    return std::regex(pattern, std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
}

bool isWordCharacter(char32_t c) { return isAsciiLetter(c) || isAsciiDigit(c); }

// ---- labels ----------------------------------------------------------------------------------

std::optional<std::size_t> matchPhrase(std::u32string_view lower, std::size_t position, std::u32string_view phrase) {
    std::size_t i = position;
    for (char32_t p : phrase) {
        if (p == U' ') {
            while (i < lower.size() && lower[i] == U' ') ++i;
            continue;
        }
        if (i >= lower.size() || lower[i] != p) return std::nullopt;
        ++i;
    }
    return i;
}

// OCR's usual letter confusions, folded before comparing a misread label with the real ones.
std::u32string foldOcrConfusions(std::u32string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c == U' ') continue;
        if (c == U'r' && i + 1 < text.size() && text[i + 1] == U'n') {
            out.push_back(U'm');
            ++i;
        } else if (c == U'v' && i + 1 < text.size() && text[i + 1] == U'v') {
            out.push_back(U'w');
            ++i;
        } else if (c == U'0') {
            out.push_back(U'o');
        } else if (c == U'1' || c == U'|' || c == U'!') {
            out.push_back(U'l');
        } else if (c == U'5') {
            out.push_back(U's');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::size_t allowedEdits(std::size_t length) { return length >= 9 ? 2 : length >= 4 ? 1 : 0; }

// A Chinese label of three or more characters with one of them misread ("失踩地点:"), when
// exactly one label is that close.
std::optional<LabelHit> fuzzyChineseLabel(std::u32string_view prefix, std::size_t colon) {
    if (prefix.size() < 3) return std::nullopt;
    const FlyerLabel* match = nullptr;
    for (const FlyerLabel& label : flyerLabels()) {
        if (label.phrase.size() != prefix.size() || !isHan(label.phrase.front())) continue;
        if (editDistance(prefix, label.phrase) != 1) continue;
        if (match && match->kind != label.kind) return std::nullopt;
        match = &label;
    }
    if (!match) return std::nullopt;
    return LabelHit{0, colon, colon + 1, match};
}

// A misspelt label at the start of a line, followed by a colon ("Narne:", "Sx:", "Dale of birth:").
std::optional<LabelHit> fuzzyLabelAtStart(std::u32string_view lower) {
    const std::size_t colon = lower.find_first_of(U":;");
    if (colon == std::u32string_view::npos || colon < 2 || colon > 26) return std::nullopt;
    const std::u32string prefix = trim(lower.substr(0, colon));
    if (prefix.empty()) return std::nullopt;
    if (std::all_of(prefix.begin(), prefix.end(), isHan)) return fuzzyChineseLabel(prefix, colon);
    const bool plain = std::all_of(prefix.begin(), prefix.end(), [](char32_t c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == U' ' || c == U'.' || c == U'\'' || c == U'|' || c == U'!';
    });
    if (!plain) return std::nullopt;
    const std::u32string key = foldOcrConfusions(prefix);
    const FlyerLabel* best = nullptr;
    std::size_t bestDistance = 99;
    for (const FlyerLabel& label : flyerLabels()) {
        if (label.phrase.front() >= 0x80) continue;
        const std::u32string target = foldOcrConfusions(label.phrase);
        const std::size_t distance = editDistance(key, target);
        if (distance <= allowedEdits(target.size()) && distance < bestDistance) {
            best = &label;
            bestDistance = distance;
        }
    }
    if (!best) return std::nullopt;
    return LabelHit{0, colon, colon + 1, best};
}

std::vector<LabelHit> findLabels(std::u32string_view text) {
    const std::u32string lower = asciiLower(text);
    std::vector<LabelHit> hits;
    for (std::size_t position = 0; position < lower.size(); ++position) {
        for (const FlyerLabel& label : flyerLabels()) {
            const bool ascii = label.phrase.front() < 0x80;
            if (ascii && position > 0 && isWordCharacter(lower[position - 1])) continue;
            const auto end = matchPhrase(lower, position, label.phrase);
            if (!end) continue;
            if (ascii && *end < lower.size() && isAsciiLetter(lower[*end]) && isAsciiLetter(label.phrase.back())) continue;
            std::size_t next = *end;
            while (next < lower.size() && lower[next] == U' ') ++next;
            const bool colon = next < lower.size() && (lower[next] == U':' || lower[next] == U';');
            bool accepted = false;
            switch (label.use) {
            case LabelUse::Free: accepted = true; break;
            case LabelUse::NeedsColon: accepted = colon || (position == 0 && next < lower.size()); break;
            case LabelUse::NeedsColonAnywhere: accepted = colon; break;
            }
            if (!accepted) continue;
            hits.push_back({position, *end, colon ? next + 1 : *end, &label});
        }
    }
    const bool labelAtStart = std::any_of(hits.begin(), hits.end(), [](const LabelHit& hit) { return hit.begin == 0; });
    if (!labelAtStart) {
        if (auto fuzzy = fuzzyLabelAtStart(lower)) hits.push_back(*fuzzy);
    }
    std::sort(hits.begin(), hits.end(), [](const LabelHit& a, const LabelHit& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        return a.labelEnd - a.begin > b.labelEnd - b.begin;
    });
    std::vector<LabelHit> kept;
    for (const LabelHit& hit : hits) {
        if (!kept.empty() && hit.begin < kept.back().valueBegin) continue;
        kept.push_back(hit);
    }
    return kept;
}

std::u32string trimValue(std::u32string_view value) { return trim(value, U",;:|-_=*•·、。"); }

std::vector<Segment> segmentLine(std::u32string_view text) {
    const std::vector<LabelHit> hits = findLabels(text);
    std::vector<Segment> segments;
    const std::size_t firstLabel = hits.empty() ? text.size() : hits.front().begin;
    if (std::u32string prefix = trimValue(text.substr(0, firstLabel)); !prefix.empty()) {
        Segment segment;
        segment.value = std::move(prefix);
        // "She was" before "last seen ...": sentence glue, not a note.
        const bool glue = !hits.empty() && hits.front().label->use == LabelUse::Free &&
                          std::none_of(segment.value.begin(), segment.value.end(), isHan) &&
                          std::count(segment.value.begin(), segment.value.end(), U' ') < 3;
        segment.consumed = glue;
        segments.push_back(std::move(segment));
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const std::size_t end = i + 1 < hits.size() ? hits[i + 1].begin : text.size();
        Segment segment;
        segment.label = hits[i].label;
        segment.labelText = trim(text.substr(hits[i].begin, hits[i].labelEnd - hits[i].begin));
        segment.value = trimValue(text.substr(hits[i].valueBegin, end - hits[i].valueBegin));
        // "Contact: call 555-0134": the empty first label adds nothing.
        const bool emptyBeforeSameKind =
            segment.value.empty() && i + 1 < hits.size() && hits[i + 1].label->kind == segment.label->kind;
        if (!emptyBeforeSameKind) segments.push_back(std::move(segment));
    }
    return segments;
}

// ---- headers ---------------------------------------------------------------------------------

bool isEnglishHeader(std::u32string_view text) {
    const std::u32string lower = asciiLower(text);
    bool strongWord = false;
    bool anyWord = false;
    std::u32string word;
    auto finishWord = [&]() -> bool {
        if (word.empty()) return true;
        anyWord = true;
        const auto words = flyerHeaderWords();
        const bool known = std::find(words.begin(), words.end(), word) != words.end();
        if (word == U"missing" || word == U"seen" || word == U"endangered" || word == U"amber" || word == U"abducted" ||
            word == U"runaway") {
            strongWord = true;
        }
        word.clear();
        return known;
    };
    for (char32_t c : lower) {
        if (isAsciiLetter(c)) {
            word.push_back(c);
        } else if (isAsciiDigit(c) || isHan(c)) {
            return false;
        } else if (!finishWord()) {
            return false;
        }
    }
    return finishWord() && anyWord && strongWord;
}

// Removes Chinese header phrases from the line; true if there was one.
bool removeChineseHeader(std::u32string& text) {
    bool found = false;
    for (std::u32string_view phrase : flyerChineseHeaders()) {
        std::size_t at;
        while ((at = text.find(phrase)) != std::u32string::npos) {
            text.erase(at, phrase.size());
            text.insert(at, 1, U' ');
            found = true;
        }
    }
    if (found) text = trimValue(text);
    return found;
}

// ---- value readers ---------------------------------------------------------------------------

std::optional<char> parseSexWord(std::u32string_view value) {
    const std::u32string lower = asciiLower(trim(value, U"(["));
    if (lower.empty()) return std::nullopt;
    if (lower.front() == U'女') return 'F';
    if (lower.front() == U'男') return 'M';
    std::u32string word;
    for (char32_t c : lower) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != U'|') break;
        word.push_back(c);
    }
    word = foldOcrConfusions(word);
    if (word.empty()) return std::nullopt;
    static const std::u32string_view female[] = {U"f", U"female", U"fem", U"girl", U"woman"};
    static const std::u32string_view male[] = {U"m", U"male", U"boy", U"man"};
    if (std::find(std::begin(female), std::end(female), word) != std::end(female)) return 'F';
    if (std::find(std::begin(male), std::end(male), word) != std::end(male)) return 'M';
    if (word.size() >= 5 && editDistance(word, U"female") <= 2) return 'F';
    if (word.size() >= 3 && word.size() <= 5 && editDistance(word, U"male") <= 1) return 'M';
    return std::nullopt;
}

std::u32string titleCaseIfShouting(std::u32string name) {
    bool hasLower = false;
    bool hasUpper = false;
    for (char32_t c : name) {
        hasLower |= (c >= U'a' && c <= U'z');
        hasUpper |= (c >= U'A' && c <= U'Z');
    }
    if (hasLower || !hasUpper) return name;
    bool startOfWord = true;
    for (char32_t& c : name) {
        if (isAsciiLetter(c)) {
            if (!startOfWord && c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
            startOfWord = false;
        } else {
            startOfWord = true;
        }
    }
    return name;
}

std::u32string cleanName(std::u32string_view value) {
    std::u32string name(value);
    const std::size_t cut = name.find_first_of(U",;(|/[{");
    if (cut != std::u32string::npos) name.resize(cut);
    if (const std::size_t dash = name.find(U" - "); dash != std::u32string::npos) name.resize(dash);
    const auto digit = std::find_if(name.begin(), name.end(), [](char32_t c) { return isAsciiDigit(c); });
    name.erase(digit, name.end());
    name = trim(name, U".:-'\"*_");
    const bool chinese = std::any_of(name.begin(), name.end(), isHan);
    // A Chinese name is a run of characters (with · between the parts of a transcribed name):
    // what follows a quote or other mark is OCR debris from the gap before the next field.
    if (!name.empty() && isHan(name.front())) {
        const auto end = std::find_if(name.begin(), name.end(), [](char32_t c) { return !isHan(c) && !isSpace(c) && c != U'·'; });
        name.erase(end, name.end());
    }
    std::u32string compact;
    for (char32_t c : name) {
        if (isSpace(c) && (chinese || (!compact.empty() && compact.back() == U' '))) continue;
        compact.push_back(isSpace(c) ? U' ' : c);
    }
    if (compact.size() > 60) return {};
    if (!std::any_of(compact.begin(), compact.end(), [](char32_t c) { return isAsciiLetter(c) || isHan(c); })) return {};
    return titleCaseIfShouting(compact);
}

bool isNameStopWord(std::u32string_view lowerWord) {
    static const std::u32string_view words[] = {
        U"missing", U"child", U"children", U"have", U"you", U"seen", U"me", U"this", U"the", U"police", U"call",
        U"reward", U"help", U"please", U"if", U"information", U"contact", U"endangered", U"runaway", U"abducted",
        U"amber", U"alert", U"her", U"him", U"his", U"she", U"he", U"last", U"date", U"birth", U"age", U"sex",
        U"height", U"weight", U"hair", U"eyes", U"and", U"of", U"at", U"in", U"on", U"from", U"to", U"for", U"with",
        U"found", U"department", U"station", U"street", U"road", U"park", U"center", U"centre", U"school", U"was",
        U"is", U"are", U"we", U"our", U"any", U"anyone", U"seen", U"photo", U"wearing", U"jacket", U"brown", U"blue",
        U"black", U"red", U"green", U"white", U"county", U"city", U"sheriff", U"office", U"national", U"hotline"};
    return std::find(std::begin(words), std::end(words), lowerWord) != std::end(words);
}

bool looksLikeEnglishName(std::u32string_view text) {
    std::vector<std::u32string> words;
    std::u32string word;
    for (char32_t c : text) {
        if (c == U' ') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    if (words.size() < 2 || words.size() > 4) return false;
    std::size_t letters = 0;
    for (const std::u32string& w : words) {
        if (!(w.front() >= U'A' && w.front() <= U'Z')) return false;
        for (char32_t c : w) {
            if (isAsciiLetter(c)) {
                ++letters;
            } else if (c != U'-' && c != U'\'' && c != U'.') {
                return false;
            }
        }
        const bool initial = w.size() == 2 && w[1] == U'.';
        if (w.size() < 2 && !initial) return false;
        if (isNameStopWord(asciiLower(w))) return false;
    }
    return letters >= 5;
}

bool looksLikeChineseName(std::u32string_view text) {
    if (text.size() < 2 || text.size() > 5) return false;
    for (char32_t c : text) {
        if (!isHan(c) && c != U'·') return false;
    }
    static const std::u32string_view keywords[] = {U"寻", U"启事", U"走失", U"失踪", U"联系", U"电话", U"出生", U"性别",
                                                   U"姓名", U"身高", U"特征", U"年龄", U"地点", U"时间", U"孩子",
                                                   U"谢", U"悬赏", U"报警", U"帮", U"男", U"女", U"岁", U"年", U"月",
                                                   U"日", U"市", U"区", U"省", U"县", U"请", U"家", U"找"};
    for (std::u32string_view keyword : keywords) {
        if (text.find(keyword) != std::u32string_view::npos) return false;
    }
    return true;
}

std::optional<int> parseAge(const std::string& value) {
    static const std::regex chinese = makeRegex(std::string("(\\d{1,3}|") + kChineseNumeralPattern + "{1,3})\\s?(?:周岁|岁)");
    static const std::regex digits = makeRegex("(\\d{1,3})\\s?(months?|mos?\\b|个月)?");
    std::smatch match;
    if (std::regex_search(value, match, chinese)) {
        if (auto number = parseNumber(match[1].str(), NumeralStyle::Counting); number && *number <= 120) return number;
    }
    if (std::regex_search(value, match, digits)) {
        const int number = std::stoi(match[1]);
        if (match[2].matched) return number / 12;
        if (number <= 120) return number;
    }
    if (auto number = parseNumber(trim(value), NumeralStyle::Counting); number && *number <= 120) return number;
    return std::nullopt;
}

bool containsPhoneOrEmail(const std::string& text);

std::string cleanPlace(std::string text) {
    static const std::regex timeOfDay =
        makeRegex("\\b(?:at|around|about)?\\s?\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.?m\\b\\.?|p\\.?m\\b\\.?)");
    static const std::regex chineseTime =
        makeRegex("(?:上午|下午|晚上|傍晚|凌晨|中午|早上)?\\d{1,2}\\s?(?:点|时)(?:\\d{1,2}\\s?分)?(?:左右|许)?");
    text = std::regex_replace(text, timeOfDay, " ");
    text = std::regex_replace(text, chineseTime, " ");
    std::u32string place = toUtf32(text);
    static const std::u32string_view leading[] = {U"on", U"at", U"in", U"from", U"since", U"of", U"and", U"the area of",
                                                  U"area of", U"around", U"while"};
    static const std::u32string_view trailing[] = {U"on", U"at", U"in", U"since", U"and", U"around", U"about"};
    static const std::u32string_view chineseLeading[] = {U"于", U"在", U"从"};
    static const std::u32string_view chineseTrailing[] = {U"走失", U"失踪", U"丢失", U"被拐走", U"被拐", U"被抱走",
                                                          U"不见了", U"不见", U"离家出走", U"时"};
    bool changed = true;
    while (changed) {
        changed = false;
        place = trim(place, U",;:.-|()。");
        const std::u32string lower = asciiLower(place);
        for (std::u32string_view word : leading) {
            if (lower.size() > word.size() && lower.compare(0, word.size(), word) == 0 && lower[word.size()] == U' ') {
                place.erase(0, word.size());
                changed = true;
                break;
            }
        }
        for (std::u32string_view word : trailing) {
            if (lower.size() > word.size() && lower.compare(lower.size() - word.size(), word.size(), word) == 0 &&
                lower[lower.size() - word.size() - 1] == U' ') {
                place.erase(place.size() - word.size());
                changed = true;
                break;
            }
        }
        for (std::u32string_view word : chineseLeading) {
            if (place.size() > word.size() && place.compare(0, word.size(), word) == 0) {
                place.erase(0, word.size());
                changed = true;
            }
        }
        for (std::u32string_view word : chineseTrailing) {
            if (place.size() > word.size() && place.compare(place.size() - word.size(), word.size(), word) == 0) {
                place.erase(place.size() - word.size());
                changed = true;
            }
        }
    }
    std::u32string collapsed;
    for (char32_t c : place) {
        if (c == U' ' && !collapsed.empty() && collapsed.back() == U' ') continue;
        if (c == U',' && !collapsed.empty() && (collapsed.back() == U',' || collapsed.back() == U' ')) {
            while (!collapsed.empty() && collapsed.back() == U' ') collapsed.pop_back();
            if (!collapsed.empty() && collapsed.back() == U',') continue;
        }
        collapsed.push_back(c);
    }
    const std::size_t meaningful = static_cast<std::size_t>(
        std::count_if(collapsed.begin(), collapsed.end(), [](char32_t c) { return isAsciiLetter(c) || isHan(c); }));
    if (meaningful < 2) return {};
    return toUtf8(collapsed);
}

// ---- contacts --------------------------------------------------------------------------------

std::vector<std::string> findPhonesAndEmails(const std::string& text) {
    static const std::regex email = makeRegex("[a-z0-9._%+\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,}");
    static const std::regex phone = makeRegex("\\+?\\(?\\d[\\d ().\\-]{5,22}\\d");
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), email); it != std::sregex_iterator(); ++it) {
        found.push_back(it->str());
    }
    const std::string repaired = repairDigitTokens(text);
    DateParseOptions loose;
    loose.acceptYearOnly = true;
    for (auto it = std::sregex_iterator(repaired.begin(), repaired.end(), phone); it != std::sregex_iterator(); ++it) {
        const std::string candidate = it->str();
        const auto digits = std::count_if(candidate.begin(), candidate.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits < 7 || digits > 15) continue;
        std::size_t dateBytes = 0;
        for (const FoundDate& date : findDates(candidate, loose)) dateBytes += date.end - date.begin;
        if (dateBytes * 2 >= candidate.size()) continue;
        found.push_back(text.substr(static_cast<std::size_t>(it->position()), candidate.size()));
    }
    return found;
}

bool containsPhoneOrEmail(const std::string& text) { return !findPhonesAndEmails(text).empty(); }

// ---- the parse -------------------------------------------------------------------------------

class Parse {
public:
    explicit Parse(const FlyerParseOptions& options) {
        strict_.ambiguousOrder = options.ambiguousDateOrder;
        strict_.currentYear = options.currentYear;
        loose_ = strict_;
        loose_.acceptYearOnly = true;
    }

    FlyerFields run(std::string_view ocrText) {
        readLines(ocrText);
        linkLabelsToNextLine();
        for (Line& line : lines_) {
            for (Segment& segment : line.segments) {
                if (segment.label) readLabelled(segment, line);
            }
        }
        for (Line& line : lines_) {
            for (Segment& segment : line.segments) {
                if (!segment.label && !segment.consumed) readSentences(segment, line);
            }
        }
        guessName();
        finishContact();
        guessSexFromWords();
        collectNotes();
        if (fields_.dateOfBirth.found) fields_.birthYear = std::stoi(fields_.dateOfBirth.value.substr(0, 4));
        if (!fields_.sex.found) fields_.sex.value.assign(1, 'U');
        return std::move(fields_);
    }

private:
    void readLines(std::string_view ocrText) {
        for (const std::string& raw : splitLines(normalizeOcrText(ocrText))) {
            Line line;
            line.text = toUtf32(raw);
            std::u32string body = line.text;
            if (removeChineseHeader(body)) line.header = true;
            if (isEnglishHeader(body)) {
                line.header = true;
                body.clear();
            }
            if (line.header) fields_.missingPersonHeader = true;
            if (!body.empty()) line.segments = segmentLine(body);
            lines_.push_back(std::move(line));
        }
    }

    // "Name:" alone on a line takes the next line as its value.
    void linkLabelsToNextLine() {
        for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
            if (lines_[i].segments.empty()) continue;
            Segment& last = lines_[i].segments.back();
            if (!last.label || !last.value.empty() || last.label->kind == FlyerLabelKind::MissingColon) continue;
            Line& next = lines_[i + 1];
            if (next.header || next.segments.empty() || next.segments.front().label) continue;
            last.value = next.segments.front().value;
            next.segments.erase(next.segments.begin());
        }
    }

    void offer(FlyerField& field, const std::string& value, const Line& line, double confidence) {
        if (value.empty() || (field.found && field.confidence >= confidence)) return;
        field.value = value;
        field.sourceText = toUtf8(line.text);
        field.confidence = confidence;
        field.found = true;
    }

    bool readBirth(const std::string& value, const Line& line, double confidence, bool yearOnlyAllowed) {
        const std::vector<FoundDate> dates = findDates(value, yearOnlyAllowed ? loose_ : strict_);
        if (dates.empty()) return false;
        const FoundDate& date = dates.front();
        if (date.precision == DatePrecision::Day) {
            offer(fields_.dateOfBirth, date.iso(), line, date.ambiguous ? confidence * 0.7 : confidence);
            if (date.ambiguous) fields_.dateOrderAmbiguous = true;
        }
        if (!fields_.birthYear) fields_.birthYear = date.year;
        return true;
    }

    bool hasFullDate(const std::string& value) const {
        const std::vector<FoundDate> dates = findDates(value, strict_);
        return !dates.empty();
    }

    // A missing date and/or place in one value ("May 6, 2010 at Central Park").
    bool readDatePlace(const std::string& value, const Line& line, double dateConfidence, double placeConfidence) {
        const std::vector<FoundDate> dates = findDates(value, loose_);
        std::string rest = value;
        bool read = false;
        bool partialDate = false;
        if (!dates.empty()) {
            const FoundDate& date = dates.front();
            if (date.precision == DatePrecision::Day) {
                offer(fields_.dateMissing, date.iso(), line, date.ambiguous ? dateConfidence * 0.7 : dateConfidence);
                if (date.ambiguous) fields_.dateOrderAmbiguous = true;
                read = true;
            } else {
                partialDate = true;
            }
            rest = value.substr(0, date.begin);
            rest.append(" ").append(value, date.end, std::string::npos);
        }
        if (std::string place = cleanPlace(rest); !place.empty() && !partialDate) {
            offer(fields_.placeMissing, place, line, placeConfidence);
            read = true;
        }
        return read && !partialDate;
    }

    void readLabelled(Segment& segment, Line& line) {
        const std::string value = toUtf8(segment.value);
        if (value.empty()) return;
        switch (segment.label->kind) {
        case FlyerLabelKind::Name:
            if (std::u32string name = cleanName(segment.value); !name.empty()) {
                offer(fields_.name, toUtf8(name), line, kLabelled);
                segment.consumed = true;
            }
            break;
        case FlyerLabelKind::Sex:
            if (auto sex = parseSexWord(segment.value)) {
                offer(fields_.sex, std::string(1, *sex), line, 0.95);
                segment.consumed = true;
            }
            break;
        case FlyerLabelKind::DateOfBirth:
            segment.consumed = readBirth(value, line, kLabelled, true);
            break;
        case FlyerLabelKind::Age:
            if (auto age = parseAge(value)) {
                offer(fields_.age, std::to_string(*age), line, kLabelled);
                segment.consumed = true;
            }
            break;
        case FlyerLabelKind::DateMissing: segment.consumed = readDatePlace(value, line, kLabelled, 0.6); break;
        case FlyerLabelKind::LastSeen: segment.consumed = readDatePlace(value, line, 0.85, 0.8); break;
        case FlyerLabelKind::PlaceMissing: segment.consumed = readDatePlace(value, line, 0.7, kLabelled); break;
        case FlyerLabelKind::Contact:
            contacts_.push_back(value);
            contactConfidence_ = std::max(contactConfidence_, containsPhoneOrEmail(value) ? kLabelled : 0.6);
            if (contactSource_.empty()) contactSource_ = line.text;
            segment.consumed = true;
            break;
        case FlyerLabelKind::Height:
            offer(fields_.heightText, value, line, kLabelled);
            segment.consumed = true;
            break;
        case FlyerLabelKind::Note: break;
        case FlyerLabelKind::MissingColon:
            fields_.missingPersonHeader = true;
            if (hasFullDate(value)) {
                segment.consumed = readDatePlace(value, line, kSentence, 0.6);
            } else if (std::u32string name = cleanName(segment.value); !name.empty() && looksLikeEnglishName(name)) {
                offer(fields_.name, toUtf8(name), line, 0.7);
                segment.consumed = true;
            }
            break;
        }
    }

    // Sentences: "张小明，男，2004年5月6日出生，于2010年6月1日在北京市朝阳区走失", "7 years old", "120cm".
    void readSentences(Segment& segment, Line& line) {
        static const std::regex yearsOld = makeRegex("\\b(\\d{1,2})[ -]?(?:years?|yrs?)\\.?[ -]?old\\b");
        static const std::regex chineseAge = makeRegex(std::string("(\\d{1,2}|") + kChineseNumeralPattern + "{1,3})\\s?(?:周岁|岁)");
        static const std::regex height = makeRegex(
            "\\b\\d{2,3}(?:\\.\\d)?\\s?(?:cm|厘米|公分)|\\b\\d(?:\\.\\d{1,2})?\\s?米\\d{0,2}|\\b\\d\\s?(?:ft|feet|foot|')\\s?\\d{1,2}\\s?(?:in\\b|inches|\"|'')?");
        static const std::regex missingVerb = makeRegex("走失|失踪|丢失|被拐|被抱走|不见|离家出走");
        static const std::regex placeBeforeVerb =
            makeRegex("在([^,;.!?]{2,60}?)(?:走失|失踪|丢失|被拐|被抱走|不见|离家出走)");
        const std::string text = toUtf8(segment.value);
        bool read = false;
        std::smatch match;
        if (std::regex_search(text, match, yearsOld) || std::regex_search(text, match, chineseAge)) {
            if (auto age = parseAge(match.str())) {
                offer(fields_.age, std::to_string(*age), line, kSentence);
                read = true;
            }
        }
        if (std::regex_search(text, match, height)) {
            offer(fields_.heightText, trim(match.str()), line, kLayoutGuess);
            read = true;
        }
        for (const std::u32string& clause : clauses(segment.value)) {
            const std::string part = toUtf8(clause);
            if (auto sex = sexToken(clause)) {
                offer(fields_.sex, std::string(1, *sex), line, kSentence);
                read = true;
                continue;
            }
            for (const FoundDate& date : findDates(part, strict_)) {
                const std::string after = trim(part.substr(date.end));
                if (after.rfind("出生", 0) == 0 || after.rfind("生", 0) == 0) {
                    read |= readBirth(part.substr(date.begin, date.end - date.begin), line, 0.8, false);
                } else if (std::smatch verb; std::regex_search(after, verb, missingVerb)) {
                    offer(fields_.dateMissing, date.iso(), line, date.ambiguous ? 0.5 : kSentence);
                    if (std::string place = cleanPlace(after.substr(0, static_cast<std::size_t>(verb.position()))); !place.empty()) {
                        offer(fields_.placeMissing, place, line, 0.7);
                    }
                    read = true;
                }
            }
            if (std::smatch place; std::regex_search(part, place, placeBeforeVerb)) {
                if (std::string cleaned = cleanPlace(place[1].str()); !cleaned.empty()) {
                    offer(fields_.placeMissing, cleaned, line, 0.65);
                    read = true;
                }
            }
        }
        if (read && segment.value.size() <= 40) segment.consumed = true;
    }

    static std::vector<std::u32string> clauses(std::u32string_view text) {
        std::vector<std::u32string> parts;
        std::u32string current;
        for (char32_t c : text) {
            if (c == U',' || c == U';' || c == U'。' || c == U'!' || c == U'?' || c == U'、') {
                if (std::u32string part = trim(current); !part.empty()) parts.push_back(std::move(part));
                current.clear();
            } else {
                current.push_back(c);
            }
        }
        if (std::u32string part = trim(current); !part.empty()) parts.push_back(std::move(part));
        return parts;
    }

    static std::optional<char> sexToken(std::u32string_view clause) {
        static const std::u32string_view female[] = {U"女", U"女孩", U"女童", U"女性", U"女生", U"女孩子"};
        static const std::u32string_view male[] = {U"男", U"男孩", U"男童", U"男性", U"男生", U"男孩子"};
        if (std::find(std::begin(female), std::end(female), clause) != std::end(female)) return 'F';
        if (std::find(std::begin(male), std::end(male), clause) != std::end(male)) return 'M';
        return std::nullopt;
    }

    // A name without a label: the first name-like line, best right under the "MISSING" header.
    void guessName() {
        if (fields_.name.found) return;
        bool afterHeader = false;
        int contentLines = 0;
        for (Line& line : lines_) {
            if (line.header) {
                afterHeader = true;
                continue;
            }
            if (line.segments.empty()) continue;
            ++contentLines;
            Segment& first = line.segments.front();
            if (!first.label && !first.consumed) {
                const std::vector<std::u32string> parts = clauses(first.value);
                const std::u32string candidate = parts.empty() ? std::u32string() : parts.front();
                const std::u32string name = cleanName(candidate);
                const bool chinese = looksLikeChineseName(candidate);
                if (!name.empty() && (chinese || looksLikeEnglishName(candidate))) {
                    const bool narrative = parts.size() > 1 && sexToken(parts[1]).has_value();
                    const double confidence = narrative || afterHeader ? 0.7 : contentLines <= 3 ? 0.55 : 0.4;
                    offer(fields_.name, toUtf8(name), line, confidence);
                    if (parts.size() == 1) first.consumed = true;
                    return;
                }
            }
            afterHeader = false;
        }
    }

    void finishContact() {
        if (!contacts_.empty()) {
            std::string joined;
            for (const std::string& contact : contacts_) {
                if (joined.find(contact) != std::string::npos) continue;
                if (!joined.empty()) joined += ", ";
                joined += contact;
            }
            fields_.contact.value = joined;
            fields_.contact.sourceText = toUtf8(contactSource_);
            fields_.contact.confidence = contactConfidence_;
            fields_.contact.found = true;
            return;
        }
        std::string joined;
        std::u32string source;
        for (const Line& line : lines_) {
            for (const std::string& found : findPhonesAndEmails(toUtf8(line.text))) {
                if (joined.find(found) != std::string::npos) continue;
                if (!joined.empty()) joined += "; ";
                joined += found;
                if (source.empty()) source = line.text;
            }
        }
        if (joined.empty()) return;
        fields_.contact.value = joined;
        fields_.contact.sourceText = toUtf8(source);
        fields_.contact.confidence = 0.7;
        fields_.contact.found = true;
    }

    void guessSexFromWords() {
        if (fields_.sex.found) return;
        int female = 0;
        int male = 0;
        int femaleNouns = 0;
        int maleNouns = 0;
        for (const Line& line : lines_) {
            const std::u32string lower = asciiLower(line.text);
            std::u32string word;
            auto count = [&]() {
                if (word == U"she" || word == U"her" || word == U"hers") ++female;
                if (word == U"he" || word == U"him" || word == U"his") ++male;
                if (word == U"girl" || word == U"daughter") ++femaleNouns;
                if (word == U"boy" || word == U"son") ++maleNouns;
                word.clear();
            };
            for (char32_t c : lower) {
                if (isAsciiLetter(c)) {
                    word.push_back(c);
                } else {
                    count();
                }
            }
            count();
        }
        if (femaleNouns > 0 && maleNouns == 0) {
            offer(fields_.sex, "F", lines_.front(), 0.5);
        } else if (maleNouns > 0 && femaleNouns == 0) {
            offer(fields_.sex, "M", lines_.front(), 0.5);
        } else if (female > 0 && male == 0) {
            offer(fields_.sex, "F", lines_.front(), 0.35);
        } else if (male > 0 && female == 0) {
            offer(fields_.sex, "M", lines_.front(), 0.35);
        }
    }

    static bool isDebris(std::u32string_view text) {
        std::size_t meaningful = 0;
        std::size_t longestLetterRun = 0;
        std::size_t run = 0;
        std::size_t han = 0;
        std::size_t digits = 0;
        for (char32_t c : text) {
            const bool letter = isAsciiLetter(c);
            if (letter || isHan(c) || isAsciiDigit(c)) ++meaningful;
            if (isHan(c)) ++han;
            if (isAsciiDigit(c)) ++digits;
            run = letter ? run + 1 : 0;
            longestLetterRun = std::max(longestLetterRun, run);
        }
        if (meaningful < 3) return true;
        if (meaningful * 10 < text.size() * 6) return true;
        return longestLetterRun < 3 && han < 2 && digits < 3;
    }

    void collectNotes() {
        std::string notes;
        for (const Line& line : lines_) {
            std::u32string lineNotes;
            for (const Segment& segment : line.segments) {
                if (segment.consumed || segment.value.empty()) continue;
                std::u32string text = segment.value;
                if (segment.label) text = std::u32string(segment.labelText).append(U": ").append(segment.value);
                if (isDebris(text)) continue;
                if (!lineNotes.empty()) lineNotes += U" ";
                lineNotes += text;
            }
            if (lineNotes.empty()) continue;
            if (!notes.empty()) notes += "\n";
            notes += toUtf8(lineNotes);
        }
        fields_.otherNotes = std::move(notes);
    }

    DateParseOptions strict_;
    DateParseOptions loose_;
    std::vector<Line> lines_;
    FlyerFields fields_;
    std::vector<std::string> contacts_;
    std::u32string contactSource_;
    double contactConfidence_ = 0;
};

}  // namespace

FlyerFields parseFlyerText(std::string_view ocrText, const FlyerParseOptions& options) {
    Parse parse(options);
    return parse.run(ocrText);
}

}  // namespace reunite::ocr
