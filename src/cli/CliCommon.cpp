#include "cli/CliCommon.h"

#include <algorithm>
#include <charconv>
#include <sstream>
#include <cmath>
#include <iostream>

namespace reunite::cli {

int exitCodeFor(const Error& error) {
    switch (error.code) {
    case ErrorCode::NotFound:
    case ErrorCode::NotAFile:
    case ErrorCode::Unreadable:
    case ErrorCode::EmptyFile:
    case ErrorCode::UnsupportedFormat:
    case ErrorCode::CorruptData:
    case ErrorCode::TooLarge:
    case ErrorCode::TooSmall: return ExitBadInput;
    case ErrorCode::NoFace: return ExitNoFace;
    case ErrorCode::ModelMissing:
    case ErrorCode::ModelCorrupt: return ExitModel;
    case ErrorCode::InvalidArgument: return ExitUsage;
    case ErrorCode::Cancelled: return ExitCancelled;
    case ErrorCode::Database: return ExitDatabase;
    case ErrorCode::StorageFull: return ExitStorage;
    case ErrorCode::AccessDenied: return ExitDenied;
    case ErrorCode::Internal: return ExitInternal;
    }
    return ExitInternal;
}

int fail(const Error& error) {
    std::cerr << "reunite-cli: error: " << error.message << "\n";
    return exitCodeFor(error);
}

int usageError(const std::string& message) {
    std::cerr << "reunite-cli: " << message << "\n(see reunite-cli --help)\n";
    return ExitUsage;
}

Arguments::Arguments(const std::vector<std::string>& args, const std::vector<std::string>& flagNames,
                     const std::vector<std::string>& valueNames) {
    auto contains = [](const std::vector<std::string>& list, const std::string& s) {
        return std::find(list.begin(), list.end(), s) != list.end();
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            positional_.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (contains(flagNames, name) && !inlineValue) {
            flags_.push_back(name);
        } else if (contains(valueNames, name)) {
            if (inlineValue) {
                values_[name] = *inlineValue;
            } else if (i + 1 < args.size()) {
                values_[name] = args[++i];
            } else {
                error_ = "option --" + name + " needs a value";
            }
        } else {
            error_ = "unknown option --" + name;
        }
    }
}

bool Arguments::flag(const std::string& name) const {
    return std::find(flags_.begin(), flags_.end(), name) != flags_.end();
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

Result<std::optional<std::int64_t>> Arguments::integer(const std::string& name, std::int64_t min, std::int64_t max) const {
    const std::optional<std::string> text = value(name);
    if (!text) return std::optional<std::int64_t>();
    std::int64_t parsed = 0;
    const char* begin = text->data();
    const char* end = begin + text->size();
    const auto [stop, error] = std::from_chars(begin, end, parsed);
    if (text->empty() || error != std::errc() || stop != end || parsed < min || parsed > max) {
        return makeError(ErrorCode::InvalidArgument, "--" + name + " must be a whole number from " + std::to_string(min) +
                                                         " to " + std::to_string(max) + ", not '" + *text + "'");
    }
    return std::optional<std::int64_t>(parsed);
}

Result<std::optional<double>> Arguments::number(const std::string& name, double min, double max) const {
    const std::optional<std::string> text = value(name);
    if (!text) return std::optional<double>();
    const std::optional<double> parsed = parseNumber(text);
    if (!parsed || *parsed < min || *parsed > max) {
        std::ostringstream range;
        range << min << " to " << max;
        return makeError(ErrorCode::InvalidArgument, "--" + name + " must be a number from " + range.str() + ", not '" + *text + "'");
    }
    return parsed;
}

nlohmann::json faceToJson(const FaceRecord& face, bool withEmbedding, bool withLandmarks) {
    nlohmann::json j;
    const RectF& b = face.detection.box;
    j["box"] = {{"x", b.x}, {"y", b.y}, {"width", b.width}, {"height", b.height}};
    j["detector_score"] = face.detection.score;
    j["upsample_level"] = face.detection.upsampleLevel;
    j["fallback_box"] = face.detection.fallback;
    j["quality"] = {{"face_size_px", face.quality.faceSizePx},
                    {"sharpness", face.quality.sharpness},
                    {"yaw_degrees", face.quality.yawDegrees},
                    {"child_likelihood", face.quality.childLikelihood},
                    {"flags", qualityFlagNames(face.quality.flags)}};
    if (withLandmarks) {
        nlohmann::json points = nlohmann::json::array();
        for (const PointF& p : face.landmarks) points.push_back({p.x, p.y});
        j["landmarks"] = points;
    }
    if (withEmbedding) j["embedding"] = face.embedding;
    return j;
}

std::optional<double> parseNumber(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    try {
        std::size_t used = 0;
        const double value = std::stod(*text, &used);
        if (used != text->size() || !std::isfinite(value)) return std::nullopt;
        return value;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace reunite::cli
