#include "age/model/AgeModelFiles.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "age/geometry/internal/MatViews.h"

namespace reunite {
namespace {

using Json = nlohmann::ordered_json;

double rounded(double value) { return std::round(value * 1e6) / 1e6; }

Json shapeToJson(const Landmarks& shape) {
    Json points = Json::array();
    for (const PointF& p : shape) points.push_back(Json::array({rounded(p.x), rounded(p.y)}));
    return points;
}

std::string detailFileName(const AgeModelEntry& entry) {
    char name[64];
    std::snprintf(name, sizeof name, "detail_%02d-%02d_%s.png", entry.band.minAge, entry.band.maxAge,
                  entry.sex == Sex::Male ? "male" : "female");
    return name;
}

// A frame-sized RGB image of the model folder named by the JSON (throws with what is wrong).
Image readFrameImage(const std::filesystem::path& folder, const std::string& name, const std::string& what, const std::string& where,
                     int size) {
    if (name.find('/') != std::string::npos || name.find("..") != std::string::npos) {
        throw std::runtime_error(where + " names a " + what + " outside the model folder");
    }
    const std::filesystem::path path = folder / name;
    std::error_code missing;
    if (!std::filesystem::is_regular_file(path, missing)) throw std::runtime_error(what + " " + path.string() + " is missing");
    const cv::Mat bgr = cv::imread(path.string(), cv::IMREAD_COLOR);
    if (bgr.empty()) throw std::runtime_error(what + " " + path.string() + " is missing or unreadable");
    if (bgr.cols != size || bgr.rows != size) {
        throw std::runtime_error(what + " " + path.string() + " is not " + std::to_string(size) + " px square");
    }
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return internal::imageFromMat(rgb);
}

std::string textureFileName(const AgeModelEntry& entry) {
    char name[64];
    std::snprintf(name, sizeof name, "texture_%02d-%02d_%s.png", entry.band.minAge, entry.band.maxAge,
                  sexName(entry.sex));
    return name;
}

// nlohmann puts every array element on its own line; keep innermost arrays of numbers (the
// [x, y] points) on one line each.
std::string compactNumberArrays(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size()) out += text[++i];
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') inString = true;
        if (c != '[') {
            out += c;
            continue;
        }
        std::size_t end = i + 1;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || std::strchr("-+.eE,", text[end]) ||
                                     std::isspace(static_cast<unsigned char>(text[end])))) {
            ++end;
        }
        if (end >= text.size() || text[end] != ']') {
            out += c;
            continue;
        }
        for (std::size_t k = i; k <= end; ++k) {
            if (!std::isspace(static_cast<unsigned char>(text[k]))) out += text[k];
        }
        i = end;
    }
    return out;
}

std::string hex64(std::uint64_t value) {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t hash = 1469598103934665603ull;
    for (const unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

Error damaged(const std::filesystem::path& file, const std::string& problem) {
    return makeError(ErrorCode::CorruptData, "age model file " + file.string() + " is damaged: " + problem +
                                                 "; rebuild it with: reunite-cli build-age-model");
}

// Throws std::runtime_error with a readable message; the caller turns it into CorruptData.
Landmarks shapeFromJson(const Json& value, const std::string& what) {
    if (!value.is_array() || value.size() != kLandmarkCount) {
        throw std::runtime_error(what + " must be an array of " + std::to_string(kLandmarkCount) + " [x, y] points");
    }
    Landmarks shape;
    for (int i = 0; i < kLandmarkCount; ++i) {
        const Json& point = value[i];
        if (!point.is_array() || point.size() != 2 || !point[0].is_number() || !point[1].is_number()) {
            throw std::runtime_error(what + " point " + std::to_string(i) + " is not an [x, y] pair of numbers");
        }
        shape[i] = {point[0].get<double>(), point[1].get<double>()};
        if (!std::isfinite(shape[i].x) || !std::isfinite(shape[i].y) || std::abs(shape[i].x) > 100 ||
            std::abs(shape[i].y) > 100) {
            throw std::runtime_error(what + " point " + std::to_string(i) + " is out of range");
        }
    }
    return shape;
}

const Json& field(const Json& object, const char* name, const std::string& where) {
    if (!object.is_object() || !object.contains(name)) throw std::runtime_error(where + " lacks \"" + name + "\"");
    return object.at(name);
}

}  // namespace

Status writeAgeModelFiles(const AgeModelData& model, const std::filesystem::path& folder) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) return makeError(ErrorCode::Unreadable, "cannot create " + folder.string() + ": " + ec.message());

    Json root;
    root["format"] = kAgeModelFormat;
    root["version"] = model.version;
    root["description"] = model.description;
    root["landmarkScheme"] = "iBUG 68-point";
    root["shapeFrame"] = "similarity (Procrustes) normalised: centroid 0, RMS radius 1, eye line horizontal, y down";
    Json sources = Json::array();
    for (const AgeDataSource& source : model.sources) {
        sources.push_back({{"name", source.name},
                           {"description", source.description},
                           {"photosListed", source.photosListed},
                           {"photosUsed", source.photosUsed}});
    }
    root["sources"] = sources;
    root["textureFrame"] = {{"size", model.frame.size},
                            {"scale", rounded(model.frame.scale)},
                            {"offsetX", rounded(model.frame.offsetX)},
                            {"offsetY", rounded(model.frame.offsetY)}};
    root["referenceShape"] = shapeToJson(model.referenceShape);

    Json bands = Json::array();
    for (const AgeModelEntry& entry : model.entries) {
        if (bands.empty() || bands.back()["minAge"] != entry.band.minAge) {
            bands.push_back({{"label", entry.band.label()},
                             {"minAge", entry.band.minAge},
                             {"maxAge", entry.band.maxAge},
                             {"entries", Json::array()}});
        }
        Json item{{"sex", sexName(entry.sex)}, {"count", entry.count}, {"meanAge", rounded(entry.meanAge)}};
        if (entry.count > 0) {
            if (entry.meanTexture.width != model.frame.size || entry.meanTexture.height != model.frame.size) {
                return makeError(ErrorCode::InvalidArgument, "texture of band " + entry.band.label() + " has the wrong size");
            }
            const std::string name = textureFileName(entry);
            cv::Mat bgr;
            cv::cvtColor(internal::viewAsMat(entry.meanTexture), bgr, cv::COLOR_RGB2BGR);
            if (!cv::imwrite((folder / name).string(), bgr, {cv::IMWRITE_PNG_COMPRESSION, 9})) {
                return makeError(ErrorCode::Unreadable, "cannot write " + (folder / name).string());
            }
            item["shape"] = shapeToJson(entry.meanShape);
            item["texture"] = name;
            if (entry.detailEnergy.width == model.frame.size && entry.detailEnergy.height == model.frame.size) {
                const std::string detail = detailFileName(entry);
                cv::Mat detailBgr;
                cv::cvtColor(internal::viewAsMat(entry.detailEnergy), detailBgr, cv::COLOR_RGB2BGR);
                if (!cv::imwrite((folder / detail).string(), detailBgr, {cv::IMWRITE_PNG_COMPRESSION, 9})) {
                    return makeError(ErrorCode::Unreadable, "cannot write " + (folder / detail).string());
                }
                item["detail"] = detail;
            }
        } else {
            item["shape"] = nullptr;
            item["texture"] = nullptr;
        }
        bands.back()["entries"].push_back(item);
    }
    root["bands"] = bands;

    const std::string text = compactNumberArrays(root.dump(2)) + "\n";
    std::ofstream out(folder / kAgeModelJsonName, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) return makeError(ErrorCode::Unreadable, "cannot write " + (folder / kAgeModelJsonName).string());
    return Ok{};
}

Result<AgeModelData> readAgeModelFiles(const std::filesystem::path& folder) {
    const std::filesystem::path jsonPath = folder / kAgeModelJsonName;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(jsonPath, ec)) {
        return makeError(ErrorCode::NotFound, "no age model at " + jsonPath.string() +
                                                  "; build it with: reunite-cli build-age-model");
    }
    std::ifstream in(jsonPath, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();

    Json root;
    try {
        root = Json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return damaged(jsonPath, std::string("not valid JSON (") + e.what() + ")");
    }

    AgeModelData model;
    try {
        if (field(root, "format", "the model").get<std::string>() != kAgeModelFormat) {
            throw std::runtime_error("\"format\" is not \"" + std::string(kAgeModelFormat) + "\"");
        }
        model.version = field(root, "version", "the model").get<int>();
        if (model.version != kAgeModelVersion) {
            throw std::runtime_error("version " + std::to_string(model.version) + " is not supported (expected " +
                                     std::to_string(kAgeModelVersion) + ")");
        }
        model.description = field(root, "description", "the model").get<std::string>();
        for (const Json& source : field(root, "sources", "the model")) {
            model.sources.push_back({field(source, "name", "a source").get<std::string>(),
                                     field(source, "description", "a source").get<std::string>(),
                                     field(source, "photosListed", "a source").get<int>(),
                                     field(source, "photosUsed", "a source").get<int>()});
        }
        const Json& frame = field(root, "textureFrame", "the model");
        model.frame.size = field(frame, "size", "textureFrame").get<int>();
        model.frame.scale = field(frame, "scale", "textureFrame").get<double>();
        model.frame.offsetX = field(frame, "offsetX", "textureFrame").get<double>();
        model.frame.offsetY = field(frame, "offsetY", "textureFrame").get<double>();
        if (model.frame.size < 16 || model.frame.size > 1024 || !(model.frame.scale > 0)) {
            throw std::runtime_error("textureFrame size or scale out of range");
        }
        model.referenceShape = shapeFromJson(field(root, "referenceShape", "the model"), "referenceShape");

        const Json& bands = field(root, "bands", "the model");
        if (!bands.is_array() || bands.empty()) throw std::runtime_error("\"bands\" must be a non-empty array");
        int previousMax = -1;
        for (const Json& band : bands) {
            AgeBand range{field(band, "minAge", "a band").get<int>(), field(band, "maxAge", "a band").get<int>()};
            const std::string where = "band " + range.label();
            if (range.minAge < 0 || range.maxAge < range.minAge || range.maxAge > 130 || range.minAge <= previousMax) {
                throw std::runtime_error(where + " has bad or overlapping ages");
            }
            previousMax = range.maxAge;
            bool seen[2] = {false, false};
            for (const Json& item : field(band, "entries", where)) {
                AgeModelEntry entry;
                entry.band = range;
                const std::optional<Sex> sex = parseSex(field(item, "sex", where).get<std::string>());
                if (!sex || *sex == Sex::Unknown) throw std::runtime_error(where + " has an entry with a bad sex");
                entry.sex = *sex;
                const int slot = entry.sex == Sex::Female ? 0 : 1;
                if (seen[slot]) throw std::runtime_error(where + " lists " + sexName(entry.sex) + " twice");
                seen[slot] = true;
                entry.count = field(item, "count", where).get<int>();
                entry.meanAge = field(item, "meanAge", where).get<double>();
                if (entry.count < 0) throw std::runtime_error(where + " has a negative count");
                if (entry.count > 0) {
                    if (!range.contains(entry.meanAge)) throw std::runtime_error(where + " has a mean age outside the band");
                    entry.meanShape = shapeFromJson(field(item, "shape", where), where + " shape");
                    entry.meanTexture = readFrameImage(folder, field(item, "texture", where).get<std::string>(), "texture", where,
                                                       model.frame.size);
                    if (item.contains("detail")) {
                        entry.detailEnergy = readFrameImage(folder, field(item, "detail", where).get<std::string>(), "detail energy",
                                                            where, model.frame.size);
                    }
                }
                model.entries.push_back(std::move(entry));
            }
        }
    } catch (const nlohmann::json::exception& e) {
        return damaged(jsonPath, std::string("unexpected content (") + e.what() + ")");
    } catch (const std::runtime_error& e) {
        return damaged(jsonPath, e.what());
    }
    model.id = "age-model-v" + std::to_string(model.version) + "-" + hex64(fnv1a(text)).substr(0, 12);
    return model;
}

}  // namespace reunite
