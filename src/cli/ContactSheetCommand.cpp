// reunite-cli contact-sheet: progressions of a few young LAG photos (or of the redistributable
// sample photos) to four later ages, in one labelled grid, for looking at the age model's output.
// LAG photos are read at run time and their sheet must never be committed; a sheet of the sample
// photos may be (docs/screenshots).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include "age/estimation/AgeEstimator.h"
#include "age/geometry/ShapeGeometry.h"
#include "age/model/AgeModel.h"
#include "domain/PhotoFiles.h"
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
    "usage: contact-sheet [--lag DIR | --samples DIR] [--out FILE.png] [--age YEARS] [--sex f|m|u] [--count N] [--age-model DIR]\n"
    "  defaults: <source tree>/../shared/data/lag, build/contact-sheet.png, age 8 (with --samples: each face's estimated age),\n"
    "  sex u, 6 photos; --samples DIR: the folder's photos (e.g. build/samples), one row each, all of them unless --count";

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

// One photo of the sheet: where it comes from, its label and the age it is progressed from.
struct SheetSource {
    std::filesystem::path path;
    std::string label;
};

// The sample photos fetched by setup (redistributable), sorted by name.
std::vector<SheetSource> samplePhotos(const std::filesystem::path& folder) {
    std::vector<SheetSource> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (isPhotoFile(entry.path())) out.push_back({entry.path(), entry.path().filename().string()});
    std::sort(out.begin(), out.end(), [](const SheetSource& a, const SheetSource& b) { return a.path < b.path; });
    return out;
}

// A square around the face (side 2.2 face widths, kept on the image) with its landmarks, so that
// a face in a large photo fills its cell.
FacePhoto faceCrop(const Image& image, const Landmarks& landmarks, double age) {
    const double faceWidth = std::hypot(landmarks[16].x - landmarks[0].x, landmarks[16].y - landmarks[0].y);
    const PointF centre = shapeCentroid(landmarks);
    const double cx = centre.x, cy = centre.y;
    const int side = std::clamp(static_cast<int>(std::lround(2.2 * faceWidth)), 1, std::min(image.width, image.height));
    const int x0 = std::clamp(static_cast<int>(std::lround(cx - side / 2.0)), 0, image.width - side);
    const int y0 = std::clamp(static_cast<int>(std::lround(cy - side / 2.0)), 0, image.height - side);
    Image crop = Image::blank(side, side);
    for (int y = 0; y < side; ++y)
        std::copy_n(image.pixel(x0, y0 + y), static_cast<std::size_t>(side) * 3, crop.pixel(0, y));
    Landmarks moved = landmarks;
    for (PointF& p : moved) p = {p.x - x0, p.y - y0};
    return FacePhoto{std::move(crop), moved, age};
}

// Evenly spaced through the sorted LAG list: `wanted` stretches, each tried in order.
std::vector<std::vector<SheetSource>> lagStretches(const std::vector<std::filesystem::path>& photos, std::size_t wanted) {
    std::vector<std::vector<SheetSource>> stretches(wanted);
    for (std::size_t slot = 0; slot < wanted; ++slot)
        for (std::size_t i = slot * photos.size() / wanted; i < (slot + 1) * photos.size() / wanted; ++i)
            stretches[slot].push_back({photos[i], "LAG young photo " + std::to_string(i + 1)});
    return stretches;
}

}  // namespace

int runContactSheetCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {"lag", "samples", "out", "age", "sex", "count", "age-model"});
    if (!args.valid() || !args.positional().empty()) return usageError(args.valid() ? kUsage : args.error());
    const bool samples = args.value("samples").has_value();
    const std::filesystem::path lag = args.value("lag").value_or((defaultResearchDataFolder() / "lag").string());
    const std::filesystem::path out = args.value("out").value_or("build/contact-sheet.png");
    const std::optional<double> age = args.value("age") ? parseNumber(args.value("age")) : std::optional<double>(samples ? -1 : 8);
    const std::optional<double> count = args.value("count") ? parseNumber(args.value("count")) : std::optional<double>(samples ? 50 : 6);
    if (!age || *age > 100 || (*age < 0 && !samples) || !count || *count < 1 || *count > 50) return usageError(kUsage);
    Sex sex = Sex::Unknown;
    if (const auto sexText = args.value("sex")) {
        const std::optional<Sex> parsed = parseSex(*sexText);
        if (!parsed) return usageError("--sex must be f, m or u");
        sex = *parsed;
    }

    Result<AgeModel> model = args.value("age-model") ? AgeModel::load(*args.value("age-model")) : AgeModel::discover();
    if (!model) return fail(model.error());
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    std::optional<AgeEstimator> estimator;
    if (*age < 0) {
        auto loaded = AgeEstimator::discover();
        if (!loaded) return fail(loaded.error());
        estimator = std::move(loaded).value();
    }
    std::vector<std::vector<SheetSource>> stretches;
    if (samples) {
        for (SheetSource& source : samplePhotos(*args.value("samples"))) {
            if (stretches.size() == static_cast<std::size_t>(*count)) break;
            stretches.push_back({std::move(source)});
        }
    } else {
        Result<std::vector<std::filesystem::path>> photos = youngLagPhotos(lag);
        if (!photos) return fail(photos.error());
        stretches = lagStretches(photos.value(), static_cast<std::size_t>(*count));
    }

    const std::string ageText = *age < 0 ? std::string("estimated") : years(*age) + " assumed";
    std::vector<std::string> headings{"photo (age " + ageText + ")"};
    for (const int later : kYearsLater) headings.push_back("+" + std::to_string(later) + " years");
    ContactSheet sheet(std::string(samples ? "Sample photos" : "LAG young photos") + ", sex " + std::string(sexName(sex)) +
                           ", age model " + model.value().id(),
                       headings, kCellSize);
    sheet.setFooter(samples ? "Redistributable sample photos. Progressions are investigative aids: estimates, never identifications."
                            : "Research photos (LAG, non-commercial): never commit or share this sheet. Estimates, never identifications.");
    const AgeProgressor progressor(model.value());

    // Within each stretch the first frontal, detected face.
    std::size_t rows = 0;
    for (const std::vector<SheetSource>& stretch : stretches) {
        for (const SheetSource& source : stretch) {
            Result<DecodedImage> decoded = pipeline.value()->decoder().decodeFile(source.path);
            if (!decoded) continue;
            const ImageFaces faces = pipeline.value()->processDecoded(decoded.value());
            const FaceRecord* face = primaryFace(faces);
            if (!face || face->detection.fallback || std::abs(face->quality.yawDegrees) > kMaxYawDegrees) continue;
            const double from = estimator ? std::round(estimator->estimate(face->embedding, face->landmarks).years) : *age;
            const FacePhoto cropped = faceCrop(decoded.value().image, face->landmarks, from);
            const Image& image = cropped.image;
            const double factor = static_cast<double>(kCellSize) / image.width;
            const int size = static_cast<int>(std::lround(image.width * factor));
            FacePhoto photo{resizedImage(image, size, size), resizedLandmarks(cropped.landmarks, image.width, image.height, size, size), from};
            std::vector<ContactSheetCell> cells{{photo.image, source.label + ", " + years(from) + (estimator ? " (estimated)" : "")}};
            for (const int later : kYearsLater) {
                Result<ProgressionResult> progressed = progressor.progress(photo, {from + later, sex, 0.3});
                if (!progressed) return fail(progressed.error());
                std::string label = "age " + years(from + later);
                if (progressed.value().foldedTriangles > 0) label += " (mesh folded)";
                cells.push_back({progressed.value().image, label});
            }
            sheet.addRow(std::move(cells));
            ++rows;
            std::cerr << "  row " << rows << ": " << source.path.filename().string() << "\n";
            break;
        }
    }
    if (rows == 0) return fail(makeError(ErrorCode::NoFace, "no photo with a frontal detected face"));

    std::error_code ec;
    if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path(), ec);
    ProgressionRecord record;
    record.sourceAge = std::max(0.0, *age);
    record.targetAge = std::max(0.0, *age) + kYearsLater.back();
    record.sex = sex;
    record.modelId = model.value().id();
    record.modelVersion = model.value().version();
    std::vector<PngTextEntry> metadata = progressionMetadata(record);
    std::string later;
    for (const int step : kYearsLater) later += (later.empty() ? "+" : ",+") + std::to_string(step);
    metadata.push_back({"Reunite-YearsLater", later});
    if (!samples) metadata.push_back({"Reunite-Research-Data", "LAG (Bianco 2017), academic non-commercial: do not commit or distribute"});
    if (Status written = writePngWithText(out, sheet.render(), metadata); !written) return fail(written.error());
    std::cout << out.string() << "\n";
    return ExitOk;
}

}  // namespace reunite::cli
