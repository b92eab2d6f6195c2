#pragma once
// FlyerTextRecognizer: reads the text of a missing-person flyer with Tesseract (LSTM engine).
// Factory: create() either returns a loaded recognizer or an error: missing language data is
// ErrorCode::ModelMissing naming the file and the Debian package (tesseract-ocr-eng,
// tesseract-ocr-chi-sim, tesseract-ocr-script-hans); a Tesseract start-up failure is
// ErrorCode::ModelCorrupt. One engine is loaded per language: eng reads Latin lines, chi_sim
// Chinese lines, and the Han script model HanS gives a second opinion on uncertain Chinese lines.
// recognize(): preprocesses the image (OcrPreprocessor.h: greyscale, straightening, text scaled
// towards a readable height, background flattening), finds the lines of text (TextLineFinder.h:
// photos blanked, banners inverted) and reads each line on its own. A line is read by the
// Chinese engine first; its reading is kept when it holds Chinese characters read with good
// confidence, otherwise the English engine reads it too and the more confident reading wins (a
// Chinese reading wins near-ties: an English engine reads 性别 as confident Latin junk). A Chinese
// line read with less than secondReadingBelow confidence is read twice more, from the grey page
// (not binarized) and by HanS (enlarged 1.5 times by chi_sim when HanS is not loaded); the three
// readings vote character by character and a character they do not all agree on gets a low
// confidence (it marks its value for checking).
// If the
// lines give little text, the whole page is read with automatic page segmentation as well and
// the better reading is kept. Returns the lines with their confidences (OcrReading.h); a page
// without text gives no lines; an empty image is ErrorCode::InvalidArgument.
// Thread safety: NOT thread-safe: one set of Tesseract engines per instance; use one instance
// per thread. Creating one loads the language data (about a second for eng + chi_sim).
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/image/Image.h"
#include "domain/Result.h"
#include "ocr/OcrPreprocessor.h"
#include "ocr/OcrReading.h"
#include "ocr/TextLineFinder.h"

namespace tesseract {
class TessBaseAPI;
}

namespace reunite::ocr {

struct RecognizerOptions {
    std::string languages = "eng+chi_sim+HanS";  // English, Chinese, and the Han script model
    std::filesystem::path tessdataFolder;  // empty: searched (TessdataFolder.h)
    PreprocessOptions preprocess;          // binarize is decided by the recognizer
    int chineseAcceptConfidence = 60;      // a Chinese reading at least this sure is kept at once
    int chineseTieMargin = 10;             // ... and wins over an English one up to this much less sure
    int secondReadingBelow = 90;           // a Chinese line less sure than this is read again in grey
};

class FlyerTextRecognizer {
public:
    static Result<std::unique_ptr<FlyerTextRecognizer>> create(const RecognizerOptions& options = {});
    ~FlyerTextRecognizer();
    FlyerTextRecognizer(const FlyerTextRecognizer&) = delete;
    FlyerTextRecognizer& operator=(const FlyerTextRecognizer&) = delete;

    Result<OcrReading> recognize(const Image& image);

    const std::filesystem::path& tessdataFolder() const { return tessdataFolder_; }
    const std::string& languages() const { return options_.languages; }

private:
    struct Engine {
        std::string language;
        std::unique_ptr<tesseract::TessBaseAPI> api;
    };
    FlyerTextRecognizer(RecognizerOptions options, std::filesystem::path tessdataFolder, std::vector<Engine> engines);

    Engine* engineFor(const std::function<bool(const std::string&)>& wanted);
    OcrReading readLines(const GreyImage& page, const GreyImage& grey, const PageLayout& layout);
    OcrLine readLine(const GreyImage& page, const GreyImage& grey, const PixelRect& box);
    OcrLine confirmChinese(OcrLine first, const GreyImage& page, const GreyImage& grey, const PixelRect& box);
    OcrLine readWith(Engine& engine, const GreyImage& page, const PixelRect& box);
    OcrLine readEnlarged(Engine& engine, const GreyImage& page, const PixelRect& box);
    OcrLine readPixels(Engine& engine, const std::uint8_t* first, int width, int height, int stride);
    OcrReading readWholePage(const GreyImage& page);

    RecognizerOptions options_;
    std::filesystem::path tessdataFolder_;
    std::vector<Engine> engines_;
    Engine* chineseEngine_ = nullptr;  // chi_sim (or HanS alone)
    Engine* secondOpinion_ = nullptr;  // HanS beside chi_sim
    Engine* latinEngine_ = nullptr;    // eng (or any other language)
};

}  // namespace reunite::ocr
