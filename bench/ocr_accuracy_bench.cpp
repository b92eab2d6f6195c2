// Flyer OCR field accuracy: renders synthetic English and Chinese flyers (SyntheticFlyer.h:
// several fonts, sizes, colours, layouts, rotation, blur, noise, JPEG), reads them with
// FlyerTextRecognizer + parseFlyerText and prints, per language and field, how often the field
// was right, missing, wrong but marked for checking, and wrong without a mark (markdown for
// docs/benchmarks.md), plus CPU seconds per flyer.
// Usage: reunite-bench-ocr [--flyers 60] [--first 1000] [--save DIR] [--verbose]
//                          [--languages eng+chi_sim+HanS] [--only en|zh] [--text-height PX] [--image FLYER]
//   --image: reads one flyer file and prints its lines, characters and fields with confidences.
//   --first: index of the first flyer (the OCR test uses 0..; the benchmark starts elsewhere so
//   that the preprocessing is judged on flyers it was not tuned on).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>

#include <opencv2/imgcodecs.hpp>

#include "FlyerFieldScore.h"
#include "OpenCvImage.h"
#include "SyntheticFlyer.h"
#include "ocr/FlyerReadingParser.h"
#include "ocr/FlyerTextRecognizer.h"

using namespace reunite;
using namespace reunite::test;

namespace {

struct Options {
    int flyers = 60;
    int first = 1000;
    std::filesystem::path saveFolder;
    bool verbose = false;
    std::string languages = ocr::RecognizerOptions{}.languages;
    double targetTextHeight = 0;
    std::filesystem::path image;
    bool english = true;
    bool chinese = true;
};

struct Tally {
    int flyers = 0;
    int allRight = 0;
    double cpuSeconds = 0;
    std::array<std::array<int, kFieldVerdictCount>, kMeasuredFlyerFields.size()> counts{};
};

double cpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--flyers" && hasValue) options.flyers = std::atoi(argv[++i]);
        else if (arg == "--first" && hasValue) options.first = std::atoi(argv[++i]);
        else if (arg == "--save" && hasValue) options.saveFolder = argv[++i];
        else if (arg == "--verbose") options.verbose = true;
        else if (arg == "--languages" && hasValue) options.languages = argv[++i];
        else if (arg == "--image" && hasValue) options.image = argv[++i];
        else if (arg == "--text-height" && hasValue) options.targetTextHeight = std::atof(argv[++i]);
        else if (arg == "--only" && hasValue) {
            const std::string only = argv[++i];
            options.english = only == "en";
            options.chinese = only == "zh";
        }
        else {
            std::fprintf(stderr, "usage: reunite-bench-ocr [--flyers N] [--first INDEX] [--save DIR] [--verbose] [--languages eng+chi_sim+HanS] [--only en|zh] [--text-height PX] [--image FLYER]\n");
            std::exit(2);
        }
    }
    return options;
}

void printLines(const ocr::OcrReading& reading) {
    for (const ocr::OcrLine& line : reading.lines) {
        std::printf("  %3d | %s |", line.confidence, line.text.c_str());
        for (const ocr::OcrSymbol& symbol : line.symbols) std::printf(" %s%d", symbol.text.c_str(), symbol.confidence);
        std::printf("\n");
    }
}

void measure(ocr::FlyerTextRecognizer& recognizer, FlyerLanguage language, const Options& options, const cv::Mat& photo,
             Tally& tally) {
    for (int index = options.first; index < options.first + options.flyers; ++index) {
        const SyntheticFlyerSpec spec = syntheticFlyerSpec(index, language);
        const cv::Mat flyer = renderSyntheticFlyer(spec, photo);
        if (!options.saveFolder.empty()) {
            cv::imwrite((options.saveFolder / (std::string(language == FlyerLanguage::Chinese ? "zh-" : "en-") +
                                               std::to_string(index) + ".png")).string(), flyer);
        }
        const double start = cpuSeconds();
        Result<ocr::OcrReading> reading = recognizer.recognize(toRgbImage(flyer));
        tally.cpuSeconds += cpuSeconds() - start;
        if (!reading) {
            std::fprintf(stderr, "%s: %s\n", spec.describe().c_str(), reading.error().message.c_str());
            std::exit(1);
        }
        ocr::FlyerParseOptions parsing;
        parsing.currentYear = 2026;
        const FlyerFieldScore score = scoreFlyerFields(spec.truth, ocr::parseFlyerReading(reading.value(), parsing));
        ++tally.flyers;
        tally.allRight += score.right() == static_cast<int>(kMeasuredFlyerFields.size());
        for (std::size_t f = 0; f < kMeasuredFlyerFields.size(); ++f) ++tally.counts[f][static_cast<int>(score.verdicts[f])];
        if (options.verbose && score.right() < static_cast<int>(kMeasuredFlyerFields.size())) {
            std::printf("%s: %d/5\n", spec.describe().c_str(), score.right());
            for (std::size_t f = 0; f < kMeasuredFlyerFields.size(); ++f) {
                if (score.verdicts[f] == FieldVerdict::Right || score.verdicts[f] == FieldVerdict::RightFlagged) continue;
                std::printf("  %s: read \"%s\"\n", flyerFieldLabel(kMeasuredFlyerFields[f]), score.readValues[f].c_str());
            }
            std::printf("  ---\n");
            printLines(reading.value());
        }
    }
}

// --image: one flyer file read and parsed, with every line's and character's confidence.
int readOneImage(ocr::FlyerTextRecognizer& recognizer, const std::filesystem::path& file) {
    const cv::Mat flyer = cv::imread(file.string(), cv::IMREAD_COLOR);
    if (flyer.empty()) {
        std::fprintf(stderr, "%s: not a readable image\n", file.string().c_str());
        return 1;
    }
    Result<ocr::OcrReading> reading = recognizer.recognize(toRgbImage(flyer));
    if (!reading) {
        std::fprintf(stderr, "%s\n", reading.error().message.c_str());
        return 1;
    }
    printLines(reading.value());
    const ocr::FlyerFields fields = ocr::parseFlyerReading(reading.value());
    for (const ocr::NamedFlyerField& named : ocr::kNamedFlyerFields) {
        const ocr::FlyerField& field = fields.*named.member;
        if (field.found) std::printf("%s: %s (confidence %.2f%s)\n", named.name, field.value.c_str(), field.confidence, field.needsCheck() ? ", marked" : "");
    }
    return 0;
}

void print(const char* language, const Tally& tally) {
    std::printf("\n%s, %d flyers: all five fields right on %d (%.0f %%); %.2f s CPU per flyer\n\n", language, tally.flyers,
                tally.allRight, 100.0 * tally.allRight / tally.flyers, tally.cpuSeconds / tally.flyers);
    std::printf("| field | right | of which marked for checking | missing | wrong, marked for checking | wrong, not marked |\n"
                "|---|---|---|---|---|---|\n");
    for (std::size_t f = 0; f < kMeasuredFlyerFields.size(); ++f) {
        const auto& c = tally.counts[f];
        auto percent = [&](FieldVerdict verdict) { return 100.0 * c[static_cast<int>(verdict)] / tally.flyers; };
        std::printf("| %s | %.0f %% | %.0f %% | %.0f %% | %.0f %% | %.0f %% |\n", flyerFieldLabel(kMeasuredFlyerFields[f]),
                    percent(FieldVerdict::Right) + percent(FieldVerdict::RightFlagged), percent(FieldVerdict::RightFlagged),
                    percent(FieldVerdict::Missing), percent(FieldVerdict::WrongFlagged), percent(FieldVerdict::WrongSilent));
    }
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    if (const auto missing = missingFlyerFontPackages(); !missing.empty()) {
        std::fprintf(stderr, "fonts missing: apt-get install");
        for (const std::string& package : missing) std::fprintf(stderr, " %s", package.c_str());
        std::fprintf(stderr, "\n");
        return 1;
    }
    const cv::Mat photo = cv::imread(std::string(REUNITE_SAMPLES_DIR) + "/astronaut.png", cv::IMREAD_COLOR);
    if (photo.empty()) {
        std::fprintf(stderr, "sample photo astronaut.png missing in %s: run bash scripts/setup.sh\n", REUNITE_SAMPLES_DIR);
        return 1;
    }
    if (!options.saveFolder.empty()) std::filesystem::create_directories(options.saveFolder);
    ocr::RecognizerOptions recognizerOptions;
    recognizerOptions.languages = options.languages;
    if (options.targetTextHeight > 0) recognizerOptions.preprocess.targetTextHeightPx = options.targetTextHeight;
    auto recognizer = ocr::FlyerTextRecognizer::create(recognizerOptions);
    if (!recognizer) {
        std::fprintf(stderr, "%s\n", recognizer.error().message.c_str());
        return 1;
    }
    if (!options.image.empty()) return readOneImage(*recognizer.value(), options.image);
    const cv::Mat face = photo(cv::Rect(130, 20, 300, 300)).clone();
    Tally english;
    Tally chinese;
    if (options.english) measure(*recognizer.value(), FlyerLanguage::English, options, face, english);
    if (options.chinese) measure(*recognizer.value(), FlyerLanguage::Chinese, options, face, chinese);
    if (options.english) print("English", english);
    if (options.chinese) print("Chinese", chinese);
    return 0;
}
