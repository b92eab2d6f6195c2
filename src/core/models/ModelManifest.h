#pragma once
// ModelManifest: the list of model files the engine needs (models/manifest.json), with their
// expected sha256, provenance, licence, input size, output dimensions and distance threshold.
// Thread safety: immutable after parse; safe to share.
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite {

struct ModelEntry {
    std::string name;            // "face_recognition", "landmarks_68"
    std::string file;            // file name inside the models folder
    std::string sha256;
    std::string sourcePackage;   // e.g. "npm:@vladmandic/face-api"
    std::string sourceVersion;
    std::string licence;
    int inputSize = 0;           // pixels per side of the network input, 0 if not applicable
    int dimensions = 0;          // output dimensions
    double distanceThreshold = 0;  // same-person threshold for metric models, 0 otherwise
};

class ModelManifest {
public:
    static Result<ModelManifest> parse(const std::string& json);
    static Result<ModelManifest> load(const std::filesystem::path& file);

    const std::vector<ModelEntry>& entries() const { return entries_; }
    const ModelEntry* find(const std::string& name) const;

private:
    std::vector<ModelEntry> entries_;
};

}  // namespace reunite
