// reunite-cli contact-sheet: progressions of a few young LAG photos to four later ages, in one
// labelled grid, for looking at the age model's output. Reads research photos at run time; the
// sheet is written into the build folder and must never be committed.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include "age/model/AgeModel.h"
#include "age/progression/AgeProgressor.h"
#include "domain/ResourceLocator.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "age/progression/ContactSheet.h"
#include "age/progression/ImageResize.h"
#include "cli/PipelineLoader.h"
#include "age/progression/PngTextChunks.h"
#include "age/progression/ProgressionMark.h"

namespace reunite::cli {
namespace {

const char* const kUsage =
    "usage: contact-sheet [--lag DIR] [--out FILE.png] [--age YEARS] [--sex f|m|u] [--count N] [--age-model DIR]\n"
    "  defaults: <source tree>/../shared/data/lag, build/contact-sheet.png, age 8, sex u, 6 photos";

constexpr int kCellSize = 200;
constexpr double kMaxYawDegrees = 20;
const std::vector<int> kYearsLater{5, 10, 20, 30};

// Young photos listed in LAG's index.csv (file,subject,age_group), sorted by file.
Result<std::vector<std::filesystem::path>> youngLagPhotos(const std::filesystem::path& folder) {
    const std::filesystem::path indexPath = folder / "index.csv";
    std::ifstream in(indexPath);
    if (!in) return makeError(ErrorCode::NotFound, "cannot open " + indexPath.string());
    std::string line;
    std::getline(in, line);
    std::vector<std::filesystem::path> photos;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::vector<std::string> fields;
        std::stringstream stream(line);
        for (std::string field; std::getline(stream, field, ',');) fields.push_back(field);
        if (fields.size() >= 3 && fields[2] == "young") photos.push_back(folder / fields[0]);
    }
    std::sort(photos.begin(), photos.end());
    if (photos.empty()) return makeError(ErrorCode::NotFound, indexPath.string() + " lists no young photos");
    return photos;
}


std::string years(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

}  // namespace

int runContactSheetCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"lag", "out", "age", "sex", "count", "age-model"});
    if (!args.valid() || !args.positional().empty()) return usageError(args.valid() ? kUsage : args.error());
    const std::filesystem::path lag = args.value("lag").value_or((defaultResearchDataFolder() / "lag").string());
    const std::filesystem::path out = args.value("out").value_or("build/contact-sheet.png");
    const std::optional<double> age = args.value("age") ? parseNumber(args.value("age")) : std::optional<double>(8);
    const std::optional<double> count = args.value("count") ? parseNumber(args.value("count")) : std::optional<double>(6);
    if (!age || *age < 0 || *age > 100 || !count || *count < 1 || *count > 50) return usageError(kUsage);
    Sex sex = Sex::Unknown;
    if (const auto sexText = args.value("sex")) {
        const std::optional<Sex> parsed = parseSex(*sexText);
        if (!parsed) return usageError("--sex must be f, m or u");
        sex = *parsed;
    }

    Result<AgeModel> model = args.value("age-model") ? AgeModel::load(*args.value("age-model")) : AgeModel::discover();
    if (!model) return fail(model.error());
    auto pipeline = loadPipeline(false);
    if (!pipeline) return fail(pipeline.error());
    Result<std::vector<std::filesystem::path>> photos = youngLagPhotos(lag);
    if (!photos) return fail(photos.error());

    std::vector<std::string> headings{"photo (age " + years(*age) + " assumed)"};
    for (const int later : kYearsLater) headings.push_back("+" + std::to_string(later) + " years: " + years(*age + later));
    ContactSheet sheet("LAG young photos, sex " + std::string(sexName(sex)) + ", age model " + model.value().id(),
                       headings, kCellSize);
    sheet.setFooter("Research photos (LAG, non-commercial): never commit or share this sheet. Estimates, never identifications.");
    const AgeProgressor progressor(model.value());

    // Evenly spaced through the sorted list; within each stretch the first frontal, detected face.
    const std::size_t wanted = static_cast<std::size_t>(*count);
    const std::size_t total = photos.value().size();
    std::size_t rows = 0;
    for (std::size_t slot = 0; slot < wanted; ++slot) {
        const std::size_t begin = slot * total / wanted, end = (slot + 1) * total / wanted;
        for (std::size_t i = begin; i < end; ++i) {
            const std::filesystem::path& path = photos.value()[i];
            Result<DecodedImage> decoded = pipeline.value()->decoder().decodeFile(path);
            if (!decoded) continue;
            const ImageFaces faces = pipeline.value()->processDecoded(decoded.value());
            const FaceRecord* face = primaryFace(faces);
            if (!face || face->detection.fallback || std::abs(face->quality.yawDegrees) > kMaxYawDegrees) continue;
            const Image& image = decoded.value().image;
            const int factor = std::max(1, (kCellSize + image.width - 1) / image.width);
            FacePhoto photo{resizedImage(image, image.width * factor, image.height * factor),
                            resizedLandmarks(face->landmarks, image.width, image.height, image.width * factor,
                                             image.height * factor),
                            *age};
            std::vector<ContactSheetCell> cells{{photo.image, "LAG young photo " + std::to_string(i + 1)}};
            for (const int later : kYearsLater) {
                Result<ProgressionResult> progressed = progressor.progress(photo, {*age + later, sex, 0.3});
                if (!progressed) return fail(progressed.error());
                std::string label = "age " + years(*age + later);
                if (progressed.value().foldedTriangles > 0) label += " (mesh folded)";
                cells.push_back({progressed.value().image, label});
            }
            sheet.addRow(std::move(cells));
            ++rows;
            std::cerr << "  row " << rows << ": " << path.filename().string() << "\n";
            break;
        }
    }
    if (rows == 0) return fail(makeError(ErrorCode::NoFace, "no young LAG photo with a frontal detected face"));

    std::error_code ec;
    if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path(), ec);
    ProgressionRecord record;
    record.sourceAge = *age;
    record.targetAge = *age + kYearsLater.back();
    record.sex = sex;
    record.modelId = model.value().id();
    record.modelVersion = model.value().version();
    std::vector<PngTextEntry> metadata = progressionMetadata(record);
    std::string targets;
    for (const int later : kYearsLater) targets += (targets.empty() ? "" : ",") + years(*age + later);
    metadata.push_back({"Reunite-TargetAges", targets});
    metadata.push_back({"Reunite-Research-Data", "LAG (Bianco 2017), academic non-commercial: do not commit or distribute"});
    if (Status written = writePngWithText(out, sheet.render(), metadata); !written) return fail(written.error());
    std::cout << out.string() << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
