#include "core/detection/BoxTransform.h"

#include <algorithm>
#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

namespace reunite {
namespace {

double median(std::vector<double> values) {
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

bool plausible(const BoxTransform& t) {
    return std::abs(t.centerShiftX) < 1 && std::abs(t.centerShiftY) < 1 && t.widthScale > 0.2 && t.widthScale < 5 &&
           t.heightScale > 0.2 && t.heightScale < 5;
}

}  // namespace

RectF BoxTransform::apply(const RectF& source) const {
    const double centreX = source.x + source.width * (0.5 + centerShiftX);
    const double centreY = source.y + source.height * (0.5 + centerShiftY);
    const double width = source.width * widthScale;
    const double height = source.height * heightScale;
    return RectF{centreX - width / 2, centreY - height / 2, width, height};
}

double intersectionOverUnion(const RectF& a, const RectF& b) {
    const double left = std::max(a.x, b.x);
    const double top = std::max(a.y, b.y);
    const double right = std::min(a.x + a.width, b.x + b.width);
    const double bottom = std::min(a.y + a.height, b.y + b.height);
    const double inner = std::max(0.0, right - left) * std::max(0.0, bottom - top);
    const double total = a.width * a.height + b.width * b.height - inner;
    return total > 0 ? inner / total : 0;
}

std::vector<BoxPair> pairSameFaces(const std::vector<RectF>& sources, const std::vector<RectF>& targets, double minOverlap) {
    std::vector<BoxPair> pairs;
    std::vector<bool> used(sources.size(), false);
    for (const RectF& target : targets) {
        std::size_t best = sources.size();
        double bestOverlap = minOverlap;
        for (std::size_t i = 0; i < sources.size(); ++i) {
            const double overlap = intersectionOverUnion(sources[i], target);
            if (!used[i] && overlap >= bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        if (best == sources.size()) continue;
        used[best] = true;
        pairs.push_back(BoxPair{sources[best], target});
    }
    return pairs;
}

Result<BoxTransform> fitBoxTransform(const std::vector<BoxPair>& pairs) {
    if (pairs.size() < 10) {
        return makeError(ErrorCode::InvalidArgument,
                         "a box transform needs at least 10 faces found by both detectors, got " + std::to_string(pairs.size()));
    }
    std::vector<double> shiftX, shiftY, scaleW, scaleH;
    for (const BoxPair& pair : pairs) {
        const RectF& s = pair.source;
        const RectF& t = pair.target;
        if (s.width <= 0 || s.height <= 0) continue;
        shiftX.push_back((t.x + t.width / 2 - (s.x + s.width / 2)) / s.width);
        shiftY.push_back((t.y + t.height / 2 - (s.y + s.height / 2)) / s.height);
        scaleW.push_back(t.width / s.width);
        scaleH.push_back(t.height / s.height);
    }
    if (shiftX.size() < 10) return makeError(ErrorCode::InvalidArgument, "too few non-empty boxes to fit a box transform");
    return BoxTransform{median(shiftX), median(shiftY), median(scaleW), median(scaleH)};
}

Result<BoxTransformFile> loadBoxTransform(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) return makeError(ErrorCode::NotFound, "box transform not found: " + file.string());
    try {
        const nlohmann::json j = nlohmann::json::parse(in);
        if (j.at("schema").get<int>() != 1) {
            return makeError(ErrorCode::CorruptData, "box transform " + file.string() + " has an unknown schema");
        }
        BoxTransformFile content;
        content.transform = BoxTransform{j.at("center_shift_x").get<double>(), j.at("center_shift_y").get<double>(),
                                         j.at("width_scale").get<double>(), j.at("height_scale").get<double>()};
        content.sourceModelSha256 = j.at("source_model_sha256").get<std::string>();
        content.pairs = j.value("pairs", 0);
        content.fittedOn = j.value("fitted_on", std::string());
        content.rebuildCommand = j.value("rebuild", std::string());
        if (!plausible(content.transform)) {
            return makeError(ErrorCode::CorruptData, "box transform " + file.string() + " holds implausible numbers");
        }
        return content;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::CorruptData, "box transform " + file.string() + " is damaged: " + e.what());
    }
}

Status saveBoxTransform(const std::filesystem::path& file, const BoxTransformFile& content) {
    nlohmann::ordered_json j;
    j["schema"] = 1;
    j["center_shift_x"] = content.transform.centerShiftX;
    j["center_shift_y"] = content.transform.centerShiftY;
    j["width_scale"] = content.transform.widthScale;
    j["height_scale"] = content.transform.heightScale;
    j["source_model_sha256"] = content.sourceModelSha256;
    j["pairs"] = content.pairs;
    j["fitted_on"] = content.fittedOn;
    j["rebuild"] = content.rebuildCommand;
    std::ofstream out(file);
    out << j.dump(2) << "\n";
    out.close();
    if (!out) return makeError(ErrorCode::Unreadable, "cannot write " + file.string());
    return Ok{};
}

}  // namespace reunite
