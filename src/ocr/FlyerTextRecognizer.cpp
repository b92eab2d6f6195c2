#include "ocr/FlyerTextRecognizer.h"

#include <cmath>

#include <tesseract/baseapi.h>

#include "ocr/TessdataFolder.h"

namespace reunite::ocr {
namespace {

std::size_t meaningfulCharacters(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0) ++count;
    }
    return count;
}

}  // namespace

Result<std::unique_ptr<FlyerTextRecognizer>> FlyerTextRecognizer::create(const RecognizerOptions& options) {
    Result<std::filesystem::path> folder = findTessdataFolder(options.languages, options.tessdataFolder);
    if (!folder) return folder.error();
    auto engine = std::make_unique<tesseract::TessBaseAPI>();
    const int status = engine->Init(folder.value().string().c_str(), options.languages.c_str(), tesseract::OEM_LSTM_ONLY);
    if (status != 0) {
        std::string packages;
        for (const std::string& language : splitLanguages(options.languages)) packages.append(" ").append(tessdataPackageFor(language));
        std::string message = "Tesseract could not load the ";
        message.append(options.languages).append(" language data from ").append(folder.value().string());
        message.append("; reinstall it with: apt-get install --reinstall").append(packages);
        return makeError(ErrorCode::ModelCorrupt, message);
    }
    engine->SetVariable("debug_file", "/dev/null");
    engine->SetVariable("preserve_interword_spaces", "1");
    return std::unique_ptr<FlyerTextRecognizer>(new FlyerTextRecognizer(options, folder.value(), std::move(engine)));
}

FlyerTextRecognizer::FlyerTextRecognizer(RecognizerOptions options, std::filesystem::path tessdataFolder,
                                         std::unique_ptr<tesseract::TessBaseAPI> engine)
    : options_(std::move(options)), tessdataFolder_(std::move(tessdataFolder)), engine_(std::move(engine)) {}

FlyerTextRecognizer::~FlyerTextRecognizer() {
    if (engine_) engine_->End();
}

FlyerTextRecognizer::Reading FlyerTextRecognizer::read(const GreyImage& image, int pageSegmentationMode) {
    engine_->SetPageSegMode(static_cast<tesseract::PageSegMode>(pageSegmentationMode));
    engine_->SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
    engine_->SetSourceResolution(300);
    Reading reading;
    std::unique_ptr<char[]> text(engine_->GetUTF8Text());
    if (text) reading.text = text.get();
    reading.confidence = engine_->MeanTextConf();
    engine_->Clear();
    return reading;
}

Result<std::string> FlyerTextRecognizer::recognize(const Image& image) {
    if (image.empty() || image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 3) {
        return makeError(ErrorCode::InvalidArgument, "there is no image to read text from");
    }
    const GreyImage prepared = preprocessForOcr(image, options_.preprocess);
    if (prepared.pixels.empty()) return makeError(ErrorCode::InvalidArgument, "the image could not be prepared for OCR");
    Reading best = read(prepared, tesseract::PSM_AUTO);
    if (best.confidence < options_.retryBelowConfidence || meaningfulCharacters(best.text) < 20) {
        PreprocessOptions greyOptions = options_.preprocess;
        greyOptions.binarize = false;
        const GreyImage grey = preprocessForOcr(image, greyOptions);
        Reading second = read(grey, tesseract::PSM_SPARSE_TEXT);
        const auto score = [](const Reading& r) {
            return static_cast<double>(r.confidence) * std::sqrt(static_cast<double>(meaningfulCharacters(r.text)) + 1);
        };
        if (score(second) > score(best)) best = std::move(second);
    }
    lastConfidence_ = best.confidence;
    return best.text;
}

}  // namespace reunite::ocr
