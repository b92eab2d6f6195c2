#pragma once
// FlyerTextRecognizer: reads the text of a missing-person flyer with Tesseract (LSTM engine).
// Factory: create() either returns a loaded recognizer or an error: missing language data is
// ErrorCode::ModelMissing naming the file and the Debian package (tesseract-ocr-eng,
// tesseract-ocr-chi-sim); a Tesseract start-up failure is ErrorCode::ModelCorrupt.
// recognize(): preprocesses the image (OcrPreprocessor.h: greyscale, upscaling of small text,
// background flattening, Otsu) and runs Tesseract with automatic page segmentation (flyers mix
// headings, photos and columns of text). If that reads little or with low confidence, the image
// is read a second time with sparse-text segmentation on Tesseract's own thresholding and the
// better reading is kept. Returns UTF-8 text, lines separated by '\n' (possibly empty if the
// image holds no text); an empty image is ErrorCode::InvalidArgument.
// Thread safety: NOT thread-safe: one Tesseract engine per instance; use one instance per thread.
// Instances are independent; creating one loads the language data (about a second for
// eng+chi_sim).
#include <filesystem>
#include <memory>
#include <string>

#include "core/image/Image.h"
#include "ocr/OcrPreprocessor.h"
#include "domain/Result.h"

namespace tesseract {
class TessBaseAPI;
}

namespace reunite::ocr {

struct RecognizerOptions {
    std::string languages = "eng+chi_sim";
    std::filesystem::path tessdataFolder;  // empty: searched (TessdataFolder.h)
    PreprocessOptions preprocess;
    int retryBelowConfidence = 55;  // mean word confidence (0..100) that triggers the second reading
};

class FlyerTextRecognizer {
public:
    static Result<std::unique_ptr<FlyerTextRecognizer>> create(const RecognizerOptions& options = {});
    ~FlyerTextRecognizer();
    FlyerTextRecognizer(const FlyerTextRecognizer&) = delete;
    FlyerTextRecognizer& operator=(const FlyerTextRecognizer&) = delete;

    Result<std::string> recognize(const Image& image);

    // Mean word confidence (0..100) of the last successful recognize(), -1 before.
    int lastMeanConfidence() const { return lastConfidence_; }
    const std::filesystem::path& tessdataFolder() const { return tessdataFolder_; }
    const std::string& languages() const { return options_.languages; }

private:
    FlyerTextRecognizer(RecognizerOptions options, std::filesystem::path tessdataFolder,
                        std::unique_ptr<tesseract::TessBaseAPI> engine);

    struct Reading {
        std::string text;
        int confidence = -1;
    };
    Reading read(const GreyImage& image, int pageSegmentationMode);

    RecognizerOptions options_;
    std::filesystem::path tessdataFolder_;
    std::unique_ptr<tesseract::TessBaseAPI> engine_;
    int lastConfidence_ = -1;
};

}  // namespace reunite::ocr
