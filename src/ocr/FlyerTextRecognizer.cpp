#include "ocr/FlyerTextRecognizer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include <omp.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include "ocr/OcrTextNormalizer.h"
#include "ocr/TessdataFolder.h"
#include "ocr/Utf8Text.h"

namespace reunite::ocr {
namespace {

// Tesseract's models of Simplified Chinese: the language model reads, the Han script model gives
// a second opinion on uncertain lines.
constexpr const char* kChineseLanguage = "chi_sim";
constexpr const char* kChineseScript = "HanS";
constexpr int kDisagreementConfidence = 50;
constexpr double kEnlargement = 1.5;  // the third reading of an uncertain Chinese line

std::size_t meaningfulCharacters(const std::string& text) {
    std::size_t count = 0;
    for (char32_t c : toUtf32(text)) count += isTextCharacter(c);
    return count;
}

// A reading that holds Chinese characters; 一 alone does not count (it is how the Chinese model
// reads a dash: "555一013一4477").
bool holdsHan(const std::string& text) {
    const std::u32string wide = toUtf32(text);
    return std::any_of(wide.begin(), wide.end(), [](char32_t c) { return isHan(c) && c != U'一'; });
}

std::string withoutLineBreaks(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return trim(text);
}

int weightedConfidence(const std::vector<OcrLine>& lines) {
    double weighted = 0;
    double weight = 0;
    for (const OcrLine& line : lines) {
        const double characters = static_cast<double>(meaningfulCharacters(line.text));
        weighted += characters * std::max(line.confidence, 0);
        weight += characters;
    }
    return weight > 0 ? static_cast<int>(std::lround(weighted / weight)) : -1;
}

double readingScore(const OcrReading& reading) {
    return std::max(reading.meanConfidence, 0) * std::sqrt(static_cast<double>(meaningfulCharacters(reading.text())) + 1);
}

Result<std::unique_ptr<tesseract::TessBaseAPI>> startEngine(const std::filesystem::path& folder, const std::string& language) {
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    if (api->Init(folder.string().c_str(), language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
        return makeError(ErrorCode::ModelCorrupt, "Tesseract could not load the " + language + " language data from " +
                                                      folder.string() + "; reinstall it with: apt-get install --reinstall " +
                                                      tessdataPackageFor(language));
    }
    api->SetVariable("debug_file", "/dev/null");
    api->SetVariable("preserve_interword_spaces", "1");
    return api;
}

std::vector<OcrSymbol> symbolsOf(tesseract::TessBaseAPI& api) {
    std::vector<OcrSymbol> symbols;
    std::unique_ptr<tesseract::ResultIterator> symbol(api.GetIterator());
    if (!symbol) return symbols;
    do {
        std::unique_ptr<char[]> text(symbol->GetUTF8Text(tesseract::RIL_SYMBOL));
        if (text && *text.get()) symbols.push_back({text.get(), static_cast<int>(std::lround(symbol->Confidence(tesseract::RIL_SYMBOL)))});
    } while (symbol->Next(tesseract::RIL_SYMBOL));
    return symbols;
}

std::size_t nonSpaceCharacters(const std::string& text) {
    const std::u32string wide = toUtf32(text);
    return static_cast<std::size_t>(std::count_if(wide.begin(), wide.end(), [](char32_t c) { return !isSpace(c); }));
}

// The line with its characters replaced by `symbols` (same count), spaces kept.
std::string rewritten(const std::string& text, const std::vector<OcrSymbol>& symbols) {
    std::string out;
    std::size_t next = 0;
    for (char32_t c : toUtf32(text)) {
        if (isSpace(c)) {
            out += toUtf8(std::u32string(1, c));
        } else {
            out += symbols[next++].text;
        }
    }
    return out;
}

// Several readings of one line vote character by character (readings of the same length); a
// character not read the same way by all of them keeps at most kDisagreementConfidence (so the
// value holding it is marked for checking). Readings of other lengths only lose the vote.
OcrLine vote(std::vector<OcrLine> readings) {
    std::sort(readings.begin(), readings.end(), [](const OcrLine& a, const OcrLine& b) { return a.confidence > b.confidence; });
    OcrLine best = readings.front();
    if (best.symbols.empty() || nonSpaceCharacters(best.text) != best.symbols.size()) return best;
    std::vector<const OcrLine*> voters;
    for (const OcrLine& reading : readings) {
        if (reading.symbols.size() == best.symbols.size()) voters.push_back(&reading);
    }
    const bool unanimousLength = voters.size() == readings.size();
    for (std::size_t i = 0; i < best.symbols.size(); ++i) {
        OcrSymbol chosen;
        int chosenVotes = 0;
        for (const OcrLine* voter : voters) {
            const OcrSymbol& candidate = voter->symbols[i];
            const int votes = static_cast<int>(std::count_if(voters.begin(), voters.end(), [&](const OcrLine* other) {
                return other->symbols[i].text == candidate.text;
            }));
            if (votes > chosenVotes || (votes == chosenVotes && candidate.confidence > chosen.confidence)) {
                chosen = candidate;
                chosenVotes = votes;
            }
        }
        if (!unanimousLength || chosenVotes < static_cast<int>(voters.size())) chosen.confidence = std::min(chosen.confidence, kDisagreementConfidence);
        best.symbols[i] = chosen;
    }
    best.text = rewritten(best.text, best.symbols);
    return best;
}

// Tesseract's OpenMP loops over a single line's small matrices cost far more in thread start-up
// and spinning than they gain (four times the wall time on two cores): while this thread reads,
// its parallel regions run on itself alone. The setting is this thread's and is restored.
class SingleThreadedOpenMp {
public:
    SingleThreadedOpenMp() : saved_(omp_get_max_active_levels()) { omp_set_max_active_levels(0); }
    ~SingleThreadedOpenMp() { omp_set_max_active_levels(saved_); }
    SingleThreadedOpenMp(const SingleThreadedOpenMp&) = delete;
    SingleThreadedOpenMp& operator=(const SingleThreadedOpenMp&) = delete;

private:
    int saved_;
};

}  // namespace

Result<std::unique_ptr<FlyerTextRecognizer>> FlyerTextRecognizer::create(const RecognizerOptions& options) {
    Result<std::filesystem::path> folder = findTessdataFolder(options.languages, options.tessdataFolder);
    if (!folder) return folder.error();
    std::vector<Engine> engines;
    for (const std::string& language : splitLanguages(options.languages)) {
        Result<std::unique_ptr<tesseract::TessBaseAPI>> api = startEngine(folder.value(), language);
        if (!api) return api.error();
        engines.push_back({language, std::move(api).value()});
    }
    if (engines.empty()) return makeError(ErrorCode::InvalidArgument, "no OCR language was given");
    return std::unique_ptr<FlyerTextRecognizer>(new FlyerTextRecognizer(options, folder.value(), std::move(engines)));
}

FlyerTextRecognizer::FlyerTextRecognizer(RecognizerOptions options, std::filesystem::path tessdataFolder, std::vector<Engine> engines)
    : options_(std::move(options)), tessdataFolder_(std::move(tessdataFolder)), engines_(std::move(engines)) {
    chineseEngine_ = engineFor([](const std::string& language) { return language == kChineseLanguage; });
    secondOpinion_ = engineFor([](const std::string& language) { return language == kChineseScript; });
    if (!chineseEngine_) std::swap(chineseEngine_, secondOpinion_);
    latinEngine_ = engineFor([](const std::string& language) { return language != kChineseLanguage && language != kChineseScript; });
}

FlyerTextRecognizer::~FlyerTextRecognizer() {
    for (Engine& engine : engines_) engine.api->End();
}

OcrLine FlyerTextRecognizer::readPixels(Engine& engine, const std::uint8_t* first, int width, int height, int stride) {
    engine.api->SetImage(first, width, height, 1, stride);
    engine.api->SetSourceResolution(300);
    OcrLine line;
    std::unique_ptr<char[]> text(engine.api->GetUTF8Text());
    if (text) line.text = withoutLineBreaks(text.get());
    line.confidence = line.text.empty() ? -1 : engine.api->MeanTextConf();
    line.symbols = symbolsOf(*engine.api);
    return line;
}

OcrLine FlyerTextRecognizer::readWith(Engine& engine, const GreyImage& page, const PixelRect& box) {
    return readPixels(engine, page.pixels.data() + static_cast<std::size_t>(box.y) * page.width + box.x, box.width, box.height,
                      page.width);
}

OcrLine FlyerTextRecognizer::readEnlarged(Engine& engine, const GreyImage& page, const PixelRect& box) {
    const cv::Mat whole(page.height, page.width, CV_8UC1, const_cast<std::uint8_t*>(page.pixels.data()));
    cv::Mat enlarged;
    cv::resize(whole(cv::Rect(box.x, box.y, box.width, box.height)), enlarged, cv::Size(), kEnlargement, kEnlargement, cv::INTER_CUBIC);
    return readPixels(engine, enlarged.data, enlarged.cols, enlarged.rows, static_cast<int>(enlarged.step));
}

FlyerTextRecognizer::Engine* FlyerTextRecognizer::engineFor(const std::function<bool(const std::string&)>& wanted) {
    const auto found = std::find_if(engines_.begin(), engines_.end(), [&](const Engine& engine) { return wanted(engine.language); });
    return found == engines_.end() ? nullptr : &*found;
}

// An uncertain Chinese reading is read again from the grey page and by the second model (or
// enlarged, without one), and the readings vote.
OcrLine FlyerTextRecognizer::confirmChinese(OcrLine first, const GreyImage& page, const GreyImage& grey, const PixelRect& box) {
    Engine& chinese = *chineseEngine_;
    OcrLine third = secondOpinion_ ? readWith(*secondOpinion_, page, box) : readEnlarged(chinese, page, box);
    return vote({std::move(first), readWith(chinese, grey, box), std::move(third)});
}

OcrLine FlyerTextRecognizer::readLine(const GreyImage& page, const GreyImage& grey, const PixelRect& box) {
    std::optional<OcrLine> chinese;
    if (chineseEngine_) {
        OcrLine line = readWith(*chineseEngine_, page, box);
        if (holdsHan(line.text)) {
            if (line.confidence < options_.secondReadingBelow) line = confirmChinese(std::move(line), page, grey, box);
            if (line.confidence >= options_.chineseAcceptConfidence || !latinEngine_) return line;
            chinese = std::move(line);
        } else if (!latinEngine_) {
            return line;
        }
    }
    OcrLine latin = readWith(*latinEngine_, page, box);
    if (chinese && chinese->confidence + options_.chineseTieMargin >= latin.confidence) return std::move(*chinese);
    return latin;
}

OcrReading FlyerTextRecognizer::readLines(const GreyImage& page, const GreyImage& grey, const PageLayout& layout) {
    for (Engine& engine : engines_) engine.api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    OcrReading reading;
    for (const PixelRect& box : layout.lines) {
        OcrLine line = readLine(page, grey, box);
        if (meaningfulCharacters(line.text) > 0) reading.lines.push_back(std::move(line));
    }
    for (Engine& engine : engines_) engine.api->Clear();
    reading.meanConfidence = weightedConfidence(reading.lines);
    return reading;
}

OcrReading FlyerTextRecognizer::readWholePage(const GreyImage& page) {
    Engine& engine = latinEngine_ ? *latinEngine_ : *chineseEngine_;
    engine.api->SetPageSegMode(tesseract::PSM_AUTO);
    engine.api->SetImage(page.pixels.data(), page.width, page.height, 1, page.width);
    engine.api->SetSourceResolution(300);
    OcrReading reading;
    std::unique_ptr<char[]> text(engine.api->GetUTF8Text());
    const int confidence = engine.api->MeanTextConf();
    engine.api->Clear();
    std::string all = text ? text.get() : "";
    for (std::string& line : splitLines(all)) {
        if (meaningfulCharacters(line) > 0) reading.lines.push_back({std::move(line), confidence});
    }
    reading.meanConfidence = reading.lines.empty() ? -1 : confidence;
    return reading;
}

Result<OcrReading> FlyerTextRecognizer::recognize(const Image& image) {
    if (image.empty() || image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 3) {
        return makeError(ErrorCode::InvalidArgument, "there is no image to read text from");
    }
    const SingleThreadedOpenMp singleThreaded;
    PreprocessOptions preprocess = options_.preprocess;
    preprocess.binarize = false;
    GreyImage page = preprocessForOcr(image, preprocess);
    if (page.pixels.empty()) return makeError(ErrorCode::InvalidArgument, "the image could not be prepared for OCR");
    const GreyImage grey = page;
    const PageLayout layout = findTextLines(page);
    OcrReading best = readLines(page, grey, layout);
    if (meaningfulCharacters(best.text()) < 20) {
        OcrReading whole = readWholePage(page);
        if (readingScore(whole) > readingScore(best)) best = std::move(whole);
    }
    return best;
}

}  // namespace reunite::ocr
