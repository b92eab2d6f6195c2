#include "core/models/ModelManifest.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace reunite {

Result<ModelManifest> ModelManifest::parse(const std::string& text) {
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::ModelCorrupt, std::string("model manifest is not valid JSON: ") + e.what());
    }
    if (!json.is_object() || !json.contains("models") || !json["models"].is_array()) {
        return makeError(ErrorCode::ModelCorrupt, "model manifest has no \"models\" list");
    }
    ModelManifest manifest;
    for (const nlohmann::json& item : json["models"]) {
        try {
            ModelEntry entry;
            entry.name = item.at("name").get<std::string>();
            entry.file = item.at("file").get<std::string>();
            entry.sha256 = item.at("sha256").get<std::string>();
            entry.sourcePackage = item.at("source_package").get<std::string>();
            entry.sourceVersion = item.at("source_version").get<std::string>();
            entry.licence = item.at("licence").get<std::string>();
            entry.inputSize = item.value("input_size", 0);
            entry.dimensions = item.value("dimensions", 0);
            entry.distanceThreshold = item.value("distance_threshold", 0.0);
            if (entry.name.empty() || entry.file.empty() || entry.sha256.size() != 64) {
                return makeError(ErrorCode::ModelCorrupt, "model manifest entry \"" + entry.name +
                                                              "\" needs a name, a file and a 64-digit sha256");
            }
            manifest.entries_.push_back(std::move(entry));
        } catch (const std::exception& e) {
            return makeError(ErrorCode::ModelCorrupt, std::string("model manifest entry is incomplete: ") + e.what());
        }
    }
    return manifest;
}

Result<ModelManifest> ModelManifest::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return makeError(ErrorCode::ModelMissing, "model manifest not found: " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    Result<ModelManifest> parsed = parse(text.str());
    if (!parsed) return makeError(parsed.error().code, file.string() + ": " + parsed.error().message);
    return parsed;
}

const ModelEntry* ModelManifest::find(const std::string& name) const {
    for (const ModelEntry& entry : entries_) {
        if (entry.name == name) return &entry;
    }
    return nullptr;
}

}  // namespace reunite
