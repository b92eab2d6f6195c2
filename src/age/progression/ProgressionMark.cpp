#include "age/progression/ProgressionMark.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <opencv2/imgproc.hpp>

#include "age/geometry/internal/MatViews.h"

namespace reunite {
namespace {

const cv::Scalar kBandColour(170, 0, 0);  // RGB dark red
const cv::Scalar kTextColour(255, 255, 255);
constexpr const char* kPrefix = "Reunite-";

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

// Largest font scale at which the text fits the box.
double fittingScale(const std::string& text, int thicknessAtScale1, double maxWidth, double maxHeight) {
    int baseline = 0;
    const cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, 1.0, thicknessAtScale1, &baseline);
    return std::min(maxWidth / size.width, maxHeight / (size.height + baseline));
}

void centredText(cv::Mat& canvas, const std::string& text, int top, int height, double scale) {
    const int thickness = std::max(1, static_cast<int>(std::lround(scale * 1.6)));
    int baseline = 0;
    const cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline);
    const cv::Point origin((canvas.cols - size.width) / 2, top + (height + size.height) / 2);
    cv::putText(canvas, text, origin, cv::FONT_HERSHEY_SIMPLEX, scale, kTextColour, thickness, cv::LINE_AA);
}

}  // namespace

Image stampInvestigativeAidMark(const Image& image, const std::string& detailLine) {
    if (image.empty()) return image;
    cv::Mat picture = internal::viewAsMat(image).clone();
    if (picture.cols < kMinMarkedWidth) {
        const int factor = (kMinMarkedWidth + picture.cols - 1) / picture.cols;
        cv::resize(picture, picture, cv::Size(), factor, factor, cv::INTER_CUBIC);
    }
    const int width = picture.cols;
    const int markHeight = std::max(24, width / 14);
    const int detailHeight = detailLine.empty() ? 0 : std::max(16, width / 26);
    const int bandHeight = markHeight + detailHeight + 6;
    cv::Mat canvas(picture.rows + bandHeight, width, CV_8UC3, kBandColour);
    picture.copyTo(canvas(cv::Rect(0, 0, width, picture.rows)));
    const int frame = std::max(2, width / 200);
    cv::rectangle(canvas, cv::Rect(0, 0, width, picture.rows), kBandColour, frame);

    const double markScale = fittingScale(kAgeProgressedMark, 2, width * 0.94, markHeight * 0.8);
    centredText(canvas, kAgeProgressedMark, picture.rows + 3, markHeight, markScale);
    if (!detailLine.empty()) {
        const double detailScale = std::min(markScale * 0.7, fittingScale(detailLine, 1, width * 0.94, detailHeight * 0.85));
        centredText(canvas, detailLine, picture.rows + 3 + markHeight, detailHeight, detailScale);
    }
    return internal::imageFromMat(canvas);
}

std::vector<PngTextEntry> progressionMetadata(const ProgressionRecord& record) {
    std::vector<PngTextEntry> entries{
        {"Title", "Age-progressed image - investigative aid"},
        {"Description", std::string(kAgeProgressedMark) +
                            ". A computer-generated estimate of appearance at another age from an age model of "
                            "population averages: not a photograph and not an identification."},
        {"Software", "Reunite"},
        {std::string(kPrefix) + "SourceAge", number(record.sourceAge)},
        {std::string(kPrefix) + "TargetAge", number(record.targetAge)},
        {std::string(kPrefix) + "Sex", sexName(record.sex)},
        {std::string(kPrefix) + "ParentUsed", record.parentUsed ? "yes" : "no"},
        {std::string(kPrefix) + "ParentWeight", number(record.parentWeight)},
        {std::string(kPrefix) + "ParentAge", number(record.parentAge)},
        {std::string(kPrefix) + "AgeModel", record.modelId},
        {std::string(kPrefix) + "AgeModelVersion", std::to_string(record.modelVersion)},
    };
    return entries;
}

Result<ProgressionRecord> progressionRecordFromMetadata(const std::vector<PngTextEntry>& entries) {
    std::map<std::string, std::string> values;
    for (const PngTextEntry& entry : entries) values[entry.keyword] = entry.text;
    auto get = [&](const char* name) -> const std::string* {
        const auto found = values.find(std::string(kPrefix) + name);
        return found == values.end() ? nullptr : &found->second;
    };
    for (const char* name : {"SourceAge", "TargetAge", "Sex", "ParentUsed", "ParentWeight", "ParentAge", "AgeModel", "AgeModelVersion"}) {
        if (!get(name)) return makeError(ErrorCode::NotFound, std::string("no ") + kPrefix + name + " entry: not an image written by Reunite's age progression");
    }
    ProgressionRecord record;
    try {
        record.sourceAge = std::stod(*get("SourceAge"));
        record.targetAge = std::stod(*get("TargetAge"));
        record.parentWeight = std::stod(*get("ParentWeight"));
        record.parentAge = std::stod(*get("ParentAge"));
        record.modelVersion = std::stoi(*get("AgeModelVersion"));
    } catch (const std::exception&) {
        return makeError(ErrorCode::CorruptData, "progression metadata holds a malformed number");
    }
    const std::optional<Sex> sex = parseSex(*get("Sex"));
    if (!sex) return makeError(ErrorCode::CorruptData, "progression metadata holds an unknown sex");
    record.sex = *sex;
    record.parentUsed = *get("ParentUsed") == "yes";
    record.modelId = *get("AgeModel");
    return record;
}

std::string progressionSummary(const ProgressionRecord& record) {
    std::string text = "from age " + number(record.sourceAge) + " to " + number(record.targetAge) + ", sex " +
                       sexName(record.sex);
    if (record.parentUsed) text += ", parent weight " + number(record.parentWeight);
    return text;
}

Status writeProgressedPng(const std::filesystem::path& path, const Image& image, const ProgressionRecord& record) {
    return writePngWithText(path, stampInvestigativeAidMark(image, progressionSummary(record)), progressionMetadata(record));
}

}  // namespace reunite
